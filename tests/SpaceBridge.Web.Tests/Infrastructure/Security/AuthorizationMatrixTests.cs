using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Infrastructure.Security.AccessOutcome;
using static SpaceBridge.Web.Tests.Infrastructure.Security.AccessRule;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>
/// Every endpoint the app maps (read from its own EndpointDataSource), for every kind of caller, against an
/// explicit table. A new endpoint without a row here fails the test; so does any 5xx. Pages are tried with GET
/// and with a bodiless POST that carries no antiforgery token.
/// </summary>
public sealed class AuthorizationMatrixTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    /// <summary>Signed-in callers without an approved registration for the event (every matrix caller) are refused.</summary>
    private static readonly AccessRule NonParticipantsRefused = new(SignIn, Denied, Denied, Denied, Denied);

    /// <summary>The exhibitor's staff (none of the matrix callers) and administrators.</summary>
    private static readonly AccessRule ExhibitorStaff = new(SignIn, Denied, Denied, Denied, Ok);

    /// <summary>Keyed by "METHOD /route/pattern" exactly as the endpoint declares it (leading slash added, trailing slash removed).</summary>
    private static readonly Dictionary<string, AccessRule> Expected = new()
    {
        // Public pages
        ["GET /"] = Public,
        ["POST /"] = PostRefused,
        ["GET /Index"] = Public,
        ["POST /Index"] = PostRefused,
        ["GET /about"] = Public,
        ["POST /about"] = PostRefused,
        ["GET /language"] = Everyone(Redirect),
        ["POST /language"] = PostRefused,
        ["GET /status/{code:int}"] = Everyone(NotFound),
        ["POST /status/{code:int}"] = PostRefused,
        ["GET /events/{id:int}"] = Public,
        ["POST /events/{id:int}"] = PostRefused,
        ["GET /events/{id:int}/agenda"] = Public,
        ["POST /events/{id:int}/agenda"] = PostRefused,
        ["GET /events/{id:int}/speakers"] = Public,
        ["POST /events/{id:int}/speakers"] = PostRefused,
        ["GET /events/{id:int}/organizations"] = Public,
        ["POST /events/{id:int}/organizations"] = PostRefused,
        ["GET /sessions/{id:int}"] = Public,
        ["POST /sessions/{id:int}"] = PostRefused,

        // Account pages: open to all; my account only when signed in
        ["GET /account/sign-in"] = Public,
        ["POST /account/sign-in"] = PostRefused,
        ["GET /account/sign-up"] = Public,
        ["POST /account/sign-up"] = PostRefused,
        ["GET /account/sign-out"] = Public,
        ["POST /account/sign-out"] = PostRefused,
        ["GET /account/check-email"] = Public,
        ["POST /account/check-email"] = PostRefused,
        ["GET /account/confirm-email"] = Public,
        ["POST /account/confirm-email"] = PostRefused,
        ["GET /account/forgot-password"] = Public,
        ["POST /account/forgot-password"] = PostRefused,
        ["GET /account/reset-password"] = Public,
        ["POST /account/reset-password"] = PostRefused,
        ["GET /account/access-denied"] = Public,
        ["POST /account/access-denied"] = PostRefused,
        ["GET /account"] = SignedIn,
        ["POST /account"] = PostRefusedSignIn,

        // Forum roles: administrators and organizers (each of their own forum); participants refused
        ["GET /admin/roles"] = new(SignIn, Denied, Ok, Ok, Ok),
        ["POST /admin/roles"] = PostRefusedSignIn,

        // Infrastructure
        ["GET /health/live"] = Public,
        ["GET /health/ready"] = Public,
        ["GET /openapi/{documentName}.json"] = Public,
        ["GET /api/docs/{documentName?}"] = Public,
        ["GET /api/docs/scalar.js"] = Public,
        ["GET /api/docs/scalar.aspnetcore.js"] = Public,
        ["GET /api/docs/favicon.svg"] = Public,

        // Calendar feeds
        ["GET /forums/{id:int}/agenda.ics"] = Public,
        ["GET /events/{id:int}/agenda.ics"] = Public,
        ["GET /sessions/{id:int}.ics"] = Public,

        // API v1, read side
        ["GET /api/v1/forums"] = Public,
        ["GET /api/v1/forums/{id:int}"] = Public,
        ["GET /api/v1/events"] = Public,
        ["GET /api/v1/events/{id:int}"] = Public,
        ["GET /api/v1/events/{eventId:int}/sessions"] = Public,
        ["GET /api/v1/sessions/{id:int}"] = Public,
        ["GET /api/v1/people"] = Public,
        ["GET /api/v1/people/{id:int}"] = Public,
        ["GET /api/v1/organizations"] = Public,
        ["GET /api/v1/organizations/{id:int}"] = Public,

        // API v1, write side (organizer workspace): forums by platform administrators, the rest by the forum's organizers.
        // Bodiless writes are refused (400/415) once the caller passes; DELETE carries no body and is refused for want of If-Match.
        ["POST /api/v1/forums"] = PostRefusedAdministrators,
        ["PUT /api/v1/forums/{id:int}"] = PostRefusedOrganizers,
        ["POST /api/v1/forums/{forumId:int}/events"] = PostRefusedOrganizers,
        ["PUT /api/v1/events/{id:int}"] = PostRefusedOrganizers,
        ["POST /api/v1/events/{eventId:int}/rooms"] = PostRefusedOrganizers,
        ["POST /api/v1/events/{eventId:int}/sessions"] = PostRefusedOrganizers,
        ["PUT /api/v1/sessions/{id:int}"] = PostRefusedOrganizers,
        ["DELETE /api/v1/sessions/{id:int}"] = new(SignIn, Denied, Denied, PreconditionRequired, PreconditionRequired),
        ["POST /api/v1/events/{eventId:int}/sessions/import"] = PostRefusedOrganizers,
        ["GET /api/v1/events/{eventId:int}/sessions/import/template"] = DemoForumOrganizers,
        ["POST /api/v1/forums/{forumId:int}/people"] = PostRefusedOrganizers,
        ["PUT /api/v1/people/{id:int}"] = PostRefusedOrganizers,
        ["POST /api/v1/forums/{forumId:int}/organizations"] = PostRefusedOrganizers,
        ["PUT /api/v1/organizations/{id:int}"] = PostRefusedOrganizers,

        // Accounts API
        ["POST /api/v1/auth/token"] = PostRefused,
        ["GET /api/v1/me"] = SignedIn,

        // Registrations
        ["GET /api/v1/me/registrations"] = SignedIn,
        ["POST /api/v1/events/{id:int}/registrations"] = PostRefusedSignIn,
        ["GET /api/v1/events/{id:int}/registrations"] = DemoForumOrganizers,
        // The organizer policy refuses review and import (403) before the body is read; organizers get 400 or 415 for the empty body.
        ["POST /api/v1/events/{id:int}/registrations/review"] = PostRefusedSignIn,
        ["POST /api/v1/events/{id:int}/registrations/import"] = PostRefusedOrganizers,
        ["GET /api/v1/events/{id:int}/registrations/export"] = DemoForumOrganizers,
        ["GET /organizer/events/{id:int}/registrations/export"] = DemoForumOrganizers,
        ["GET /events/{id:int}/register"] = SignedIn,
        ["POST /events/{id:int}/register"] = PostRefusedSignIn,
        ["GET /me/registrations"] = SignedIn,
        ["POST /me/registrations"] = PostRefusedSignIn,
        // Changing a registration: only its owner (the matrix callers own none, so 404).
        ["GET /me/registrations/{registrationId:int}/edit"] = new(SignIn, NotFound, NotFound, NotFound, NotFound),
        ["POST /me/registrations/{registrationId:int}/edit"] = PostRefusedSignIn,
        ["GET /events/{id:int}/delegation"] = SignedIn,
        ["POST /events/{id:int}/delegation"] = PostRefusedSignIn,
        // The directory: participants with an approved registration (none in the matrix) and organizers of the forum.
        ["GET /events/{id:int}/participants"] = DemoForumOrganizers,
        ["POST /events/{id:int}/participants"] = PostRefusedSignIn,
        ["GET /organizer/events/{id:int}/registrations"] = DemoForumOrganizers,
        ["POST /organizer/events/{id:int}/registrations"] = PostRefusedSignIn,
        ["GET /organizer/events/{id:int}/import"] = DemoForumOrganizers,
        ["POST /organizer/events/{id:int}/import"] = PostRefusedSignIn,
        // Organization proposals: any signed-in registrant proposes; the event's organizers list and decide (none exist: 404).
        ["POST /api/v1/events/{eventId:int}/organization-proposals"] = PostRefusedSignIn,
        ["GET /api/v1/events/{eventId:int}/organization-proposals"] = DemoForumOrganizers,
        ["GET /api/v1/events/{eventId:int}/organization-proposals/{id:int}"] = new(SignIn, Denied, Denied, NotFound, NotFound),
        ["POST /api/v1/events/{eventId:int}/organization-proposals/{id:int}/approve"] = PostRefusedOrganizers,
        ["POST /api/v1/events/{eventId:int}/organization-proposals/{id:int}/merge"] = PostRefusedOrganizers,
        ["GET /organizer/events/{id:int}/organization-proposals"] = DemoForumOrganizers,
        ["POST /organizer/events/{id:int}/organization-proposals"] = PostRefusedSignIn,

        // Organizer workspace pages: a new forum for platform administrators; the rest for the forum's organizers.
        ["GET /organizer/forums/new"] = new(SignIn, Denied, Denied, Denied, Ok),
        ["POST /organizer/forums/new"] = new(SignIn, Denied, Denied, Denied, Refused),
        ["GET /organizer/forums/{forumId:int}"] = DemoForumOrganizers,
        ["POST /organizer/forums/{forumId:int}"] = PostRefusedSignIn,
        ["GET /organizer/forums/{forumId:int}/edit"] = DemoForumOrganizers,
        ["POST /organizer/forums/{forumId:int}/edit"] = PostRefusedSignIn,
        ["GET /organizer/forums/{forumId:int}/events/new"] = DemoForumOrganizers,
        ["POST /organizer/forums/{forumId:int}/events/new"] = PostRefusedSignIn,
        ["GET /organizer/events/{eventId:int}/edit"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/edit"] = PostRefusedSignIn,
        ["GET /organizer/events/{eventId:int}/sessions"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/sessions"] = PostRefusedSignIn,
        ["GET /organizer/events/{eventId:int}/sessions/new"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/sessions/new"] = PostRefusedSignIn,
        ["GET /organizer/events/{eventId:int}/sessions/import"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/sessions/import"] = PostRefusedSignIn,
        ["GET /organizer/events/{eventId:int}/timetable"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/timetable"] = PostRefusedSignIn,
        ["GET /organizer/sessions/{sessionId:int}/edit"] = DemoForumOrganizers,
        ["POST /organizer/sessions/{sessionId:int}/edit"] = PostRefusedSignIn,
        ["GET /organizer/forums/{forumId:int}/people"] = DemoForumOrganizers,
        ["POST /organizer/forums/{forumId:int}/people"] = PostRefusedSignIn,
        ["GET /organizer/forums/{forumId:int}/people/edit/{personId:int?}"] = DemoForumOrganizers,
        ["POST /organizer/forums/{forumId:int}/people/edit/{personId:int?}"] = PostRefusedSignIn,
        ["GET /organizer/forums/{forumId:int}/organizations"] = DemoForumOrganizers,
        ["POST /organizer/forums/{forumId:int}/organizations"] = PostRefusedSignIn,
        ["GET /organizer/forums/{forumId:int}/organizations/edit/{organizationId:int?}"] = DemoForumOrganizers,
        ["POST /organizer/forums/{forumId:int}/organizations/edit/{organizationId:int?}"] = PostRefusedSignIn,

        // Matchmaking schedule: organizers of the event's forum; the matrix asks for a run that does not exist (404).
        ["GET /organizer/events/{eventId:int}/matchmaking"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/matchmaking"] = PostRefusedSignIn,
        ["GET /organizer/events/{eventId:int}/matchmaking/runs/{runId:int}"] = new(SignIn, Denied, Denied, NotFound, NotFound),
        ["POST /organizer/events/{eventId:int}/matchmaking/runs/{runId:int}"] = PostRefusedSignIn,
        // Queueing checks the caller first, then refuses an event without meeting slots (400).
        ["POST /api/v1/events/{eventId:int}/schedule-runs"] = PostRefusedOrganizers,
        ["GET /api/v1/events/{eventId:int}/schedule-runs/{runId:int}"] = new(SignIn, Denied, Denied, NotFound, NotFound),
        ["POST /api/v1/events/{eventId:int}/schedule-runs/{runId:int}/publish"] = PostRefusedOrganizers,
        ["GET /api/v1/events/{eventId:int}/schedule-runs/locks"] = new(SignIn, Denied, Denied, Ok, Ok),
        ["POST /api/v1/events/{eventId:int}/schedule-runs/{runId:int}/locks"] = PostRefusedOrganizers,
        ["DELETE /api/v1/events/{eventId:int}/schedule-runs/locks/{requestId:int}"] = new(SignIn, Denied, Denied, PreconditionRequired, PreconditionRequired),
        ["GET /organizer/events/{eventId:int}/matchmaking/interpreters"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/matchmaking/interpreters"] = PostRefusedSignIn,
        ["GET /api/v1/events/{eventId:int}/interpreter-pools"] = DemoForumOrganizers,
        ["POST /api/v1/events/{eventId:int}/interpreter-pools"] = PostRefusedOrganizers,
        ["GET /api/v1/events/{eventId:int}/interpreter-pools/{poolId:int}"] = new(SignIn, Denied, Denied, NotFound, NotFound),
        ["PUT /api/v1/events/{eventId:int}/interpreter-pools/{poolId:int}"] = PostRefusedOrganizers,
        ["DELETE /api/v1/events/{eventId:int}/interpreter-pools/{poolId:int}"] = new(SignIn, Denied, Denied, PreconditionRequired, PreconditionRequired),

        // Badges: one's own (organizers of the event too; anyone else is told it does not exist), the event's for organizers
        ["GET /registrations/{id:int}/badge.pdf"] = new(SignIn, NotFound, NotFound, Ok, Ok),
        ["GET /organizer/events/{eventId:int}/badges.pdf"] = DemoForumOrganizers,

        // Check-in desk, session door and attendance: organizers of the event's forum
        ["POST /api/v1/events/{id:int}/check-ins"] = PostRefusedOrganizers,
        ["GET /api/v1/events/{id:int}/attendance"] = DemoForumOrganizers,
        ["POST /api/v1/sessions/{id:int}/attendance"] = PostRefusedOrganizers,
        ["GET /organizer"] = new(SignIn, Denied, Ok, Ok, Ok),
        ["POST /organizer"] = PostRefusedSignIn,
        ["GET /organizer/events/{eventId:int}/check-in"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/check-in"] = PostRefusedOrganizers,
        ["GET /organizer/events/{eventId:int}/attendance"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/attendance"] = PostRefusedOrganizers,
        ["GET /organizer/sessions/{sessionId:int}/door"] = DemoForumOrganizers,
        ["POST /organizer/sessions/{sessionId:int}/door"] = PostRefusedSignIn,

        // Meeting requests and personal agenda: participants with an approved registration (none in the matrix: 403);
        // requests and meetings of others do not exist for the caller (404).
        ["GET /api/v1/events/{eventId:int}/meeting-requests"] = NonParticipantsRefused,
        ["POST /api/v1/events/{eventId:int}/meeting-requests"] = PostRefusedSignIn,
        ["POST /api/v1/meeting-requests/{id:int}/accept"] = PostRefusedSignIn,
        ["POST /api/v1/meeting-requests/{id:int}/decline"] = PostRefusedSignIn,
        ["POST /api/v1/meeting-requests/{id:int}/cancel"] = PostRefusedSignIn,
        ["GET /api/v1/events/{eventId:int}/my-agenda"] = NonParticipantsRefused,
        ["POST /api/v1/scheduled-meetings/{id:int}/feedback"] = PostRefusedSignIn,
        // The secret token is the credential; an unknown one is not found for everyone.
        ["GET /feeds/agenda/{token}.ics"] = Everyone(NotFound),
        // Meeting pages explain themselves to callers without an approved registration; feedback of a meeting that is not
        // one's own does not exist; the feedback summary is for the event's organizers.
        ["GET /events/{eventId:int}/meetings"] = SignedIn,
        ["POST /events/{eventId:int}/meetings"] = PostRefusedSignIn,
        ["GET /events/{eventId:int}/meetings/request"] = SignedIn,
        ["POST /events/{eventId:int}/meetings/request"] = PostRefusedSignIn,
        ["GET /events/{eventId:int}/meetings/availability"] = SignedIn,
        ["POST /events/{eventId:int}/meetings/availability"] = PostRefusedSignIn,
        ["GET /events/{eventId:int}/my-agenda"] = SignedIn,
        ["POST /events/{eventId:int}/my-agenda"] = PostRefusedSignIn,
        ["GET /events/{eventId:int}/meetings/{meetingId:int}/feedback"] = new(SignIn, NotFound, NotFound, NotFound, NotFound),
        ["POST /events/{eventId:int}/meetings/{meetingId:int}/feedback"] = PostRefusedSignIn,
        ["GET /organizer/events/{eventId:int}/meetings/feedback"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/meetings/feedback"] = PostRefusedSignIn,

        // Matchmaking discovery: profiles for signed-in users; recommendations for the caller's own approved registration
        // (the page explains itself to others, the API refuses them: none of the matrix callers is a participant).
        ["GET /forums/{forumId:int}/organizations/{organizationId:int}/profile"] = SignedIn,
        ["POST /forums/{forumId:int}/organizations/{organizationId:int}/profile"] = PostRefusedSignIn,
        ["GET /events/{eventId:int}/recommendations"] = SignedIn,
        ["POST /events/{eventId:int}/recommendations"] = PostRefusedSignIn,
        ["GET /api/v1/events/{eventId:int}/recommendations"] = new(SignIn, Denied, Denied, Denied, Denied),

        // Opportunities: search for signed-in users; writing a profile or an opportunity for an organization's approved
        // participants (none in the matrix) and the forum's organizers; an opportunity that does not exist is not found.
        ["GET /forums/{forumId:int}/opportunities"] = SignedIn,
        ["POST /forums/{forumId:int}/opportunities"] = PostRefusedSignIn,
        ["GET /api/v1/forums/{forumId:int}/opportunities"] = SignedIn,
        ["GET /forums/{forumId:int}/organizations/{organizationId:int}/opportunities/new"] = DemoForumOrganizers,
        ["POST /forums/{forumId:int}/organizations/{organizationId:int}/opportunities/new"] = PostRefusedSignIn,
        ["GET /forums/{forumId:int}/opportunities/{opportunityId:int}/edit"] = new(SignIn, NotFound, NotFound, NotFound, NotFound),
        ["POST /forums/{forumId:int}/opportunities/{opportunityId:int}/edit"] = PostRefusedSignIn,
        ["GET /forums/{forumId:int}/organizations/{organizationId:int}/profile/edit"] = DemoForumOrganizers,
        ["POST /forums/{forumId:int}/organizations/{organizationId:int}/profile/edit"] = PostRefusedSignIn,

        // Exhibition: the hall plan and exhibitor list are public; the editor is for the event's organizers; leads are
        // the exhibitor's staff's only (none of the matrix callers is on a staff; administrators may act for any).
        ["GET /events/{eventId:int}/exhibition"] = Public,
        ["POST /events/{eventId:int}/exhibition"] = PostRefused,
        ["GET /api/v1/events/{eventId:int}/exhibitors"] = Public,
        ["GET /organizer/events/{eventId:int}/exhibition"] = DemoForumOrganizers,
        ["POST /organizer/events/{eventId:int}/exhibition"] = PostRefusedOrganizers,
        ["GET /exhibitors/mine"] = SignedIn,
        ["POST /exhibitors/mine"] = PostRefusedSignIn,
        ["GET /exhibitors/{exhibitorId:int}/scan"] = ExhibitorStaff,
        ["POST /exhibitors/{exhibitorId:int}/scan"] = PostRefusedSignIn,
        ["GET /exhibitors/{exhibitorId:int}/leads"] = ExhibitorStaff,
        ["POST /exhibitors/{exhibitorId:int}/leads"] = PostRefusedSignIn,
        ["GET /exhibitors/{exhibitorId:int}/leads/export"] = ExhibitorStaff,
        ["GET /api/v1/exhibitors/{exhibitorId:int}/leads"] = ExhibitorStaff,
        ["GET /api/v1/exhibitors/{exhibitorId:int}/leads/export"] = ExhibitorStaff,
        // The body is read before the caller's staff membership is checked: a bodiless POST is a 400 for everyone signed in.
        ["POST /api/v1/exhibitors/{exhibitorId:int}/leads"] = PostRefusedSignIn,
        ["POST /api/v1/exhibitors/{exhibitorId:int}/leads/batch"] = PostRefusedSignIn,
        // Joint statements: the list and the API read side are public (drafts only for organizers; the matrix asks for a
        // statement that does not exist); drafting pages for organizers of the forum; API writes for signed-in callers,
        // refused by the drafting service unless they organize the statement's forum.
        ["GET /forums/{forumId:int}/statements"] = Public,
        ["POST /forums/{forumId:int}/statements"] = PostRefused,
        ["GET /forums/{forumId:int}/statements/{statementId:int}/edit"] = new(SignIn, Denied, Denied, NotFound, NotFound),
        ["POST /forums/{forumId:int}/statements/{statementId:int}/edit"] = PostRefusedOrganizers,
        ["GET /forums/{forumId:int}/statements/{statementId:int}/compare"] = new(SignIn, Denied, Denied, NotFound, NotFound),
        ["POST /forums/{forumId:int}/statements/{statementId:int}/compare"] = PostRefusedOrganizers,
        ["GET /api/v1/forums/{forumId:int}/statements"] = Public,
        ["GET /api/v1/statements/{id:int}"] = Everyone(NotFound),
        ["POST /api/v1/forums/{forumId:int}/statements"] = PostRefusedSignIn,
        ["POST /api/v1/statements/{id:int}/clauses"] = PostRefusedSignIn,
        ["PUT /api/v1/statements/{id:int}/clauses/{clauseId:int}"] = PostRefusedSignIn,
        ["DELETE /api/v1/statements/{id:int}/clauses/{clauseId:int}"] = new(SignIn, NotFound, NotFound, NotFound, NotFound),
        ["POST /api/v1/statements/{id:int}/clauses/{clauseId:int}/comments"] = PostRefusedSignIn,
        ["POST /api/v1/statements/{id:int}/approvals"] = PostRefusedSignIn,
        ["DELETE /api/v1/statements/{id:int}/approvals/{organizationId:int}"] = new(SignIn, NotFound, NotFound, NotFound, NotFound),
        // Publication: adopted statements only; anything else does not exist there.
        ["GET /statements/{id:int}"] = Everyone(NotFound),
        ["POST /statements/{id:int}"] = PostRefused,
        ["GET /statements/{id:int}.pdf"] = Everyone(NotFound),
        ["GET /statements/{id:int}.akn.xml"] = Everyone(NotFound),
        // Press room: published news for everyone, writing for organizers of the forum; an unknown attachment is not found.
        ["GET /forums/{forumId:int}/news"] = Public,
        ["POST /forums/{forumId:int}/news"] = PostRefused,
        ["GET /forums/{forumId:int}/news/{itemId:int}"] = Everyone(NotFound),
        ["POST /forums/{forumId:int}/news/{itemId:int}"] = PostRefused,
        ["GET /forums/{forumId:int}/news/write/{itemId:int?}"] = new(SignIn, Denied, Denied, NotFound, NotFound),
        ["POST /forums/{forumId:int}/news/write/{itemId:int?}"] = PostRefusedOrganizers,
        ["GET /forums/{forumId:int}/news.atom"] = Public,
        ["GET /news/attachments/{id:int}"] = Everyone(NotFound),
        ["GET /api/v1/forums/{forumId:int}/news"] = Public,
        ["GET /api/v1/news/{id:int}"] = Everyone(NotFound),
        ["POST /api/v1/forums/{forumId:int}/news"] = PostRefusedSignIn,
        ["PUT /api/v1/news/{id:int}"] = PostRefusedSignIn,
        // Cooperation pipeline: public initiatives to anyone, the rest to parties' members and organizers; the
        // organizers' pipeline view; the outcome survey behind its signed link (an unsigned token finds nothing)
        ["GET /forums/{forumId:int}/initiatives"] = Public,
        ["POST /forums/{forumId:int}/initiatives"] = PostRefused,
        ["GET /forums/{forumId:int}/initiatives/new"] = SignedIn,
        ["POST /forums/{forumId:int}/initiatives/new"] = PostRefusedSignIn,
        ["GET /forums/{forumId:int}/initiatives/{id:int}"] = Everyone(NotFound),
        ["POST /forums/{forumId:int}/initiatives/{id:int}"] = PostRefused,
        ["GET /forums/{forumId:int}/pipeline"] = DemoForumOrganizers,
        ["POST /forums/{forumId:int}/pipeline"] = PostRefusedOrganizers,
        // Follow-up e-mail: the forum's organizers compose and follow their batches; no batch 2147480000 exists
        ["GET /forums/{forumId:int}/follow-up/compose"] = DemoForumOrganizers,
        ["POST /forums/{forumId:int}/follow-up/compose"] = PostRefusedOrganizers,
        ["GET /forums/{forumId:int}/follow-up/batches/{batchId:int}"] = new(SignIn, Denied, Denied, NotFound, NotFound),
        ["POST /forums/{forumId:int}/follow-up/batches/{batchId:int}"] = PostRefusedOrganizers,
        ["GET /surveys/outcome/{token}"] = Everyone(NotFound),
        ["POST /surveys/outcome/{token}"] = PostRefused,
        // Supply-chain map: any signed-in reader (dependencies aggregated for non-organizers); the taxonomy for organizers;
        // an organization's declarations for its approved delegates and the forum's organizers (the matrix callers represent none).
        ["GET /forums/{forumId:int}/supply-chain"] = SignedIn,
        ["POST /forums/{forumId:int}/supply-chain"] = PostRefusedSignIn,
        ["GET /forums/{forumId:int}/supply-chain/capabilities"] = DemoForumOrganizers,
        ["POST /forums/{forumId:int}/supply-chain/capabilities"] = PostRefusedSignIn,
        ["GET /forums/{forumId:int}/organizations/{organizationId:int}/supply-chain"] = new(SignIn, Denied, Denied, Ok, Ok),
        ["POST /forums/{forumId:int}/organizations/{organizationId:int}/supply-chain"] = PostRefusedSignIn,
        ["GET /api/v1/forums/{forumId:int}/supply-chain"] = SignedIn,
        // Reports: the live dashboard for organizers; the report page and its figures for any signed-in reader (aggregates
        // for non-organizers); the PDF for organizers (none built in the matrix: sent to the report page to build it).
        ["GET /forums/{forumId:int}/dashboard"] = DemoForumOrganizers,
        ["POST /forums/{forumId:int}/dashboard"] = PostRefusedOrganizers,
        ["GET /forums/{forumId:int}/report"] = SignedIn,
        ["POST /forums/{forumId:int}/report"] = PostRefusedSignIn,
        ["GET /forums/{forumId:int}/report.pdf"] = new(SignIn, Denied, Denied, Redirect, Redirect),
        ["GET /api/v1/forums/{forumId:int}/report"] = SignedIn,
        ["GET /api/v1/forums/{forumId:int}/initiatives"] = Public,
        ["POST /api/v1/forums/{forumId:int}/initiatives"] = PostRefusedSignIn,
        ["GET /api/v1/forums/{forumId:int}/initiatives/{id:int}"] = Everyone(NotFound),
        ["PUT /api/v1/forums/{forumId:int}/initiatives/{id:int}"] = PostRefusedSignIn,
    };


    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_the_table_says_and_never_with_a_server_error()
    {
        var endpoints = MatrixEndpoints.Discover(factory.Services.GetRequiredService<EndpointDataSource>());
        var missing = endpoints.Select(e => e.Key).Where(k => !Expected.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in the authorization matrix:\n  " + string.Join("\n  ", missing));
        var stale = Expected.Keys.Except(endpoints.Select(e => e.Key)).ToList();
        Assert.True(stale.Count == 0, "Rows for endpoints that no longer exist:\n  " + string.Join("\n  ", stale));

        var values = await RouteValues.LoadAsync(factory);
        var clients = await CallersAsync(values);
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var url = values.Fill(endpoint);
            foreach (var (caller, client) in clients)
            {
                var expected = Expected[endpoint.Key].For(caller);
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
                if (endpoint.Method is "POST" or "PUT")
                {
                    request.Content = new ByteArrayContent([]);
                }
                using var response = await client.SendAsync(request);
                var verdict = MatrixEndpoints.Judge(response, expected, endpoint.IsApi);
                if (verdict is not null)
                {
                    failures.Add($"{endpoint.Key} ({url}) as {caller}: expected {expected}, got {verdict}");
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} unexpected answers:\n  " + string.Join("\n  ", failures));
    }

    /// <summary>One signed-in client per caller; the other forum's organizer acts for a host of a second forum.</summary>
    private async Task<List<(Caller, HttpClient)>> CallersAsync(RouteValues values)
    {
        var otherForum = new TestForumRole(ForumRole.Organizer, "UAH", values.OtherForumId);
        return
        [
            (Caller.Anonymous, factory.CreateBrowserClient()),
            (Caller.Delegate, await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Delegate)))),
            (Caller.Exhibitor, await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Exhibitor)))),
            (Caller.Press, await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Press)))),
            (Caller.OtherForumOrganizer, await factory.SignInAsync(await factory.CreateUserAsync(otherForum))),
            (Caller.Organizer, await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")))),
            (Caller.Administrator, await factory.SignInAsync(await factory.CreateAdministratorAsync())),
        ];
    }
}
