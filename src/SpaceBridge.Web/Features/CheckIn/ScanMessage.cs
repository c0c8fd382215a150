using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Shared;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>What a desk or door page says about one scan, and how loudly (ok, warning, error).</summary>
public sealed record ScanMessage(string Text, string Kind)
{
    public static ScanMessage For(ScanOutcome outcome, IStringLocalizer l, bool sessionDoor)
    {
        var name = outcome.Attendee is { } a ? a.HangulName is { Length: > 0 } h ? $"{h} ({a.RomanizedName})" : a.RomanizedName : "";
        return outcome.Result switch
        {
            ScanResult.Recorded => new(l[sessionDoor ? "SessionDoor.Result.Recorded" : "CheckIn.Result.Recorded", name], "ok"),
            ScanResult.AlreadyRecorded => new(Already(outcome.First!, name, l, sessionDoor), "warning"),
            ScanResult.NotApproved => new(l["CheckIn.Result.NotApproved", name, l[$"RegistrationStatus.{outcome.Attendee!.Status}"]], "error"),
            ScanResult.OtherEvent => new(l["CheckIn.Result.OtherEvent"], "error"),
            ScanResult.UnknownBadge => new(l["CheckIn.Result.Unknown"], "error"),
            _ => new(l["CheckIn.Result.Invalid"], "error"),
        };
    }

    private static string Already(FirstScan first, string name, IStringLocalizer l, bool sessionDoor)
    {
        var time = DisplayFormat.Time(first.At);
        if (sessionDoor)
        {
            return l["SessionDoor.Result.Already", name, time, first.TimeZoneId, first.ByName];
        }
        return first.Desk is null
            ? l["CheckIn.Result.Already", name, time, first.TimeZoneId, first.ByName]
            : l["CheckIn.Result.AlreadyAtDesk", name, time, first.TimeZoneId, first.ByName, first.Desk];
    }
}
