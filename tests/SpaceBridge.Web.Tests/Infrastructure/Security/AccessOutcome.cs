namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>What a role should meet at an endpoint, as a status class.</summary>
public enum AccessOutcome
{
    /// <summary>200 (or 204).</summary>
    Ok,
    /// <summary>A 3xx to somewhere other than the sign-in or access-denied page (e.g. the language switch).</summary>
    Redirect,
    /// <summary>Pages: 302 to /account/sign-in. API: 401.</summary>
    SignIn,
    /// <summary>Pages: 302 to /account/access-denied (or a plain 403). API: 403.</summary>
    Denied,
    /// <summary>404.</summary>
    NotFound,
    /// <summary>A bodiless POST: 400, 401, 403, 404 or 415, never processed.</summary>
    Refused,
    /// <summary>428: an unsafe write to an existing resource without If-Match, never processed.</summary>
    PreconditionRequired,
}

/// <summary>The seven callers of the matrix.</summary>
public enum Caller { Anonymous, Delegate, Exhibitor, Press, OtherForumOrganizer, Organizer, Administrator }

/// <summary>Expected outcome per caller for one endpoint and method.</summary>
public sealed record AccessRule(AccessOutcome Anonymous, AccessOutcome Participant, AccessOutcome OtherForumOrganizer, AccessOutcome Organizer, AccessOutcome Administrator)
{
    public AccessOutcome For(Caller caller) => caller switch
    {
        Caller.Anonymous => Anonymous,
        Caller.Delegate or Caller.Exhibitor or Caller.Press => Participant,
        Caller.OtherForumOrganizer => OtherForumOrganizer,
        Caller.Organizer => Organizer,
        _ => Administrator,
    };

    public static AccessRule Everyone(AccessOutcome outcome) => new(outcome, outcome, outcome, outcome, outcome);

    /// <summary>Open to anyone.</summary>
    public static readonly AccessRule Public = Everyone(AccessOutcome.Ok);

    /// <summary>Any signed-in user.</summary>
    public static readonly AccessRule SignedIn = new(AccessOutcome.SignIn, AccessOutcome.Ok, AccessOutcome.Ok, AccessOutcome.Ok, AccessOutcome.Ok);

    /// <summary>Organizers of the demo forum (and administrators); organizers of another forum are refused.</summary>
    public static readonly AccessRule DemoForumOrganizers = new(AccessOutcome.SignIn, AccessOutcome.Denied, AccessOutcome.Denied, AccessOutcome.Ok, AccessOutcome.Ok);

    /// <summary>A bodiless POST without antiforgery token: refused for everyone, anonymous callers asked to sign in where the endpoint needs it.</summary>
    public static readonly AccessRule PostRefused = Everyone(AccessOutcome.Refused);
    public static readonly AccessRule PostRefusedSignIn = new(AccessOutcome.SignIn, AccessOutcome.Refused, AccessOutcome.Refused, AccessOutcome.Refused, AccessOutcome.Refused);
    /// <summary>A bodiless POST to an organizer endpoint that checks the caller before reading the body.</summary>
    public static readonly AccessRule PostRefusedOrganizers = new(AccessOutcome.SignIn, AccessOutcome.Denied, AccessOutcome.Denied, AccessOutcome.Refused, AccessOutcome.Refused);
    /// <summary>A bodiless POST that only platform administrators may send (and they are refused for the missing body).</summary>
    public static readonly AccessRule PostRefusedAdministrators = new(AccessOutcome.SignIn, AccessOutcome.Denied, AccessOutcome.Denied, AccessOutcome.Denied, AccessOutcome.Refused);
}
