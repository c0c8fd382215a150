using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>
/// Starts an initiative. From a held meeting (<c>?meetingId=</c>) the parties are the caller's organization and the
/// other participant's; from an opportunity (<c>?opportunityId=</c>) the caller's and the opportunity's organization.
/// </summary>
[Authorize]
public sealed class NewModel(AppDbContext db, InitiativeService initiatives) : PageModel
{
    [BindProperty] public InitiativeForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? MeetingId { get; set; }
    [BindProperty(SupportsGet = true)] public int? OpportunityId { get; set; }
    public int ForumId { get; private set; }
    public List<Organization> Parties { get; private set; } = [];
    public string? OriginLabel { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct) => await PrepareAsync(forumId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int forumId, CancellationToken ct)
    {
        if (await PrepareAsync(forumId, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        try
        {
            var origin = MeetingId is not null ? InitiativeOriginKind.Meeting : OpportunityId is not null ? InitiativeOriginKind.Opportunity : (InitiativeOriginKind?)null;
            var created = await initiatives.CreateAsync(User, forumId,
                new NewInitiative(Input.ToFields(), Parties.Select(p => p.Id).ToList(), origin, MeetingId ?? OpportunityId), ct);
            return Redirect($"/forums/{forumId}/initiatives/{created.Id}");
        }
        catch (DomainValidationException ex)
        {
            InitiativeForm.AddErrors(ModelState, nameof(Input), ex);
            return Page();
        }
    }

    private async Task<IActionResult?> PrepareAsync(int forumId, CancellationToken ct)
    {
        if (!await db.Forums.AnyAsync(f => f.Id == forumId, ct)) return NotFound();
        ForumId = forumId;
        var userId = ForumAccess.UserId(User);
        var mine = await InitiativeMembers.OrganizationsOfAsync(db, userId, forumId, ct);
        var partyIds = new List<int>();
        if (MeetingId is { } meetingId)
        {
            var seats = await db.MeetingAttendances.AsNoTracking()
                .Where(a => a.ScheduledMeetingId == meetingId && a.ScheduledMeeting.IsPublished && a.Registration.Event.ForumId == forumId)
                .Select(a => new { a.Registration.UserId, a.Registration.OrganizationId, a.Registration.RomanizedName, a.Registration.OrganizationName })
                .ToListAsync(ct);
            var me = seats.FirstOrDefault(s => s.UserId == userId);
            if (me is null) return NotFound();
            var others = seats.Where(s => s.UserId != userId).ToList();
            partyIds.AddRange(seats.Where(s => s.OrganizationId is not null).Select(s => s.OrganizationId!.Value));
            OriginLabel = string.Join(", ", others.Select(o => $"{o.RomanizedName} ({o.OrganizationName})"));
        }
        else if (OpportunityId is { } opportunityId)
        {
            var opportunity = await db.Opportunities.AsNoTracking().FirstOrDefaultAsync(o => o.Id == opportunityId && o.ForumId == forumId, ct);
            if (opportunity is null) return NotFound();
            partyIds.Add(opportunity.OrganizationId);
            partyIds.AddRange(mine.Take(1));
            OriginLabel = opportunity.Title.Current;
            Input.TitleEn ??= opportunity.Title.En;
            Input.TitleKo ??= opportunity.Title.Ko;
        }
        else
        {
            partyIds.AddRange(mine);
        }
        var ids = partyIds.Distinct().ToList();
        Parties = await db.Organizations.AsNoTracking().Include(o => o.Country).Where(o => ids.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync(ct);
        return null;
    }
}
