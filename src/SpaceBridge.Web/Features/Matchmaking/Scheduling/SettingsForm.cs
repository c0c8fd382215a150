using System.Globalization;
using System.Text.RegularExpressions;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Shared.Forms;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>The settings form; blocks are typed one per line as "yyyy-MM-dd HH:mm-HH:mm" in event-local time.</summary>
public sealed partial class SettingsForm
{
    [RequiredInForm] public int SlotMinutes { get; set; } = 20;
    [RequiredInForm] public string Blocks { get; set; } = "";
    [RequiredInForm] public int Tables { get; set; } = 10;
    public DateTime? RequestsOpen { get; set; }
    public DateTime? RequestsClose { get; set; }
    [RequiredInForm] public int MaxRequestsPerParticipant { get; set; } = 20;
    [RequiredInForm] public int RequestExpiryDays { get; set; } = 7;

    public static SettingsForm From(MatchmakingSettings? settings, int tables, Event ev) => settings is null
        ? new SettingsForm { Tables = tables }
        : new SettingsForm
        {
            SlotMinutes = settings.SlotMinutes,
            Blocks = string.Join("\n", settings.Blocks.Select(b =>
                $"{b.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {b.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{b.End.ToString("HH:mm", CultureInfo.InvariantCulture)}")),
            Tables = tables,
            RequestsOpen = settings.RequestsOpenUtc is { } open ? ev.ToLocal(open).DateTime : null,
            RequestsClose = settings.RequestsCloseUtc is { } close ? ev.ToLocal(close).DateTime : null,
            MaxRequestsPerParticipant = settings.MaxRequestsPerParticipant,
            RequestExpiryDays = settings.RequestExpiryDays,
        };

    /// <summary>The input for the editor; a line that is not a block throws with the line named.</summary>
    public MatchmakingSettingsInput ToInput()
    {
        var blocks = new List<MeetingBlock>();
        foreach (var line in Blocks.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = BlockLine().Match(line);
            if (!match.Success
                || !DateOnly.TryParseExact(match.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || !TimeOnly.TryParseExact(match.Groups["start"].Value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !TimeOnly.TryParseExact(match.Groups["end"].Value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            {
                throw new DomainValidationException("Blocks", $"\"{line}\" is not a block: write one per line as 2023-11-08 13:30-17:00.");
            }
            blocks.Add(new MeetingBlock(day, start, end));
        }
        if (blocks.Count == 0)
        {
            throw new DomainValidationException("Blocks", "Give at least one meeting block.");
        }
        return new MatchmakingSettingsInput(SlotMinutes, blocks, Tables, RequestsOpen, RequestsClose, MaxRequestsPerParticipant, RequestExpiryDays);
    }

    [GeneratedRegex(@"^(?<day>\d{4}-\d{2}-\d{2})\s+(?<start>\d{1,2}:\d{2})\s*-\s*(?<end>\d{1,2}:\d{2})$")]
    private static partial Regex BlockLine();
}
