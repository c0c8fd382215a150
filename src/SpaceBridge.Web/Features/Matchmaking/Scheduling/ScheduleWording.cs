using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Shared;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// A run's phase and the reasons the scheduler gives (why a request stayed unscheduled, why a repair moved a meeting)
/// are stored as the scheduler library writes them: a small fixed vocabulary in English, shared with its command-line
/// tool. Pages show them in the reader's language; a phrase not in the vocabulary is shown as written, marked lang="en".
/// </summary>
public static class ScheduleWording
{
    private const string UnscheduledAfter = "; unscheduled: ";

    private static readonly Dictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        // Phases of the run pipeline (ScheduleRuns, ScheduleRunWorker, ScheduleRunExecutor) and of the solvers.
        ["Queued"] = "Matchmaking.Phase.Queued",
        ["Starting"] = "Matchmaking.Phase.Starting",
        ["Reading requests"] = "Matchmaking.Phase.Reading",
        ["Repairing the published schedule"] = "Matchmaking.Phase.Repairing",
        ["Failed"] = "Matchmaking.Phase.Failed",
        ["Done"] = "Matchmaking.Phase.Done",
        ["construction"] = "Matchmaking.Phase.Construction",
        ["insertion"] = "Matchmaking.Phase.Insertion",
        ["sideways"] = "Matchmaking.Phase.Sideways",
        ["breaks"] = "Matchmaking.Phase.Breaks",
        ["restricted"] = "Matchmaking.Phase.Restricted",
        ["lns"] = "Matchmaking.Phase.Lns",
        ["cp-sat"] = "Matchmaking.Phase.CpSat",
        // Why a request stayed unscheduled.
        ["no common free slot"] = "Matchmaking.Reason.NoCommonSlot",
        ["pinned slot unavailable"] = "Matchmaking.Reason.PinnedSlot",
        ["no table free"] = "Matchmaking.Reason.NoTable",
        ["no free table"] = "Matchmaking.Reason.NoTable",
        ["no location left in its slot"] = "Matchmaking.Reason.NoTable",
        ["precedence cannot be met"] = "Matchmaking.Reason.Precedence",
        ["infeasible"] = "Matchmaking.Reason.Infeasible",
        ["no schedule found within the time limit"] = "Matchmaking.Reason.TimeLimit",
        ["does not fit"] = "Matchmaking.Reason.DoesNotFit",
        [Interpreters.InterpreterUse.NoPool] = "Interpreters.Reason.NoPool",
        [Interpreters.InterpreterUse.NoneFree] = "Interpreters.Reason.NoneFree",
        // Why a repair moved a published meeting.
        ["published slot no longer exists"] = "Matchmaking.Reason.SlotGone",
        ["session restriction changed"] = "Matchmaking.Reason.SessionChanged",
        ["no table free or precedence not met"] = "Matchmaking.Reason.NoTableOrPrecedence",
        ["cancelled"] = "Matchmaking.Reason.Cancelled",
        ["new request"] = "Matchmaking.Reason.NewRequest",
        ["placed in room freed by the changes"] = "Matchmaking.Reason.FreedRoom",
        ["table reassigned"] = "Matchmaking.Reason.TableReassigned",
        ["moved to let a new request in"] = "Matchmaking.Reason.MadeRoom",
    };

    /// <summary>Every phrase of the vocabulary with its text in the reader's language, for the progress script.</summary>
    public static Dictionary<string, string> Phases(IStringLocalizer localizer) =>
        Keys.Where(k => k.Value.StartsWith("Matchmaking.Phase.", StringComparison.Ordinal))
            .ToDictionary(k => k.Key, k => localizer[k.Value].Value);

    public static IHtmlContent Show(IStringLocalizer localizer, string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return HtmlString.Empty;
        }
        // A repair that could not keep a meeting: "{why}; unscheduled: {reason}".
        if (phrase.IndexOf(UnscheduledAfter, StringComparison.Ordinal) is var at and > 0)
        {
            var builder = new HtmlContentBuilder();
            return builder.AppendHtml(Show(localizer, phrase[..at]))
                .Append(localizer["Matchmaking.Reason.ThenUnscheduled"].Value)
                .AppendHtml(Show(localizer, phrase[(at + UnscheduledAfter.Length)..]));
        }
        return Keys.TryGetValue(phrase.Trim(), out var key) ? new HtmlContentBuilder().Append(localizer[key].Value) : UserText.Of(phrase);
    }
}
