using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>Booth input of the organizer's editor: a rectangle of whole cells and a code.</summary>
public sealed record BoothInput(string? Code, int X, int Y, int Width, int Height);

/// <summary>
/// The organizers' side of the exhibition: the hall's size, booths on it (inside the hall, never overlapping),
/// exhibitors, which booth each has, and the staff accounts that scan for them. Every refusal is a field error and
/// leaves the database as it was; a stale form (version) is refused as a concurrency conflict.
/// </summary>
public sealed class HallPlanEditor(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    public Task<HallPlan?> PlanAsync(int eventId, CancellationToken ct = default) =>
        db.HallPlans.AsNoTracking().Include(h => h.Booths).ThenInclude(b => b.Exhibitor!).ThenInclude(e => e.Organization)
            .FirstOrDefaultAsync(h => h.EventId == eventId, ct);

    public async Task<HallPlan> SetSizeAsync(ClaimsPrincipal actor, int eventId, int width, int height, int? version, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (width is < 1 or > HallPlan.MaxSide)
        {
            errors["Width"] = [l["Exhibition.Error.Side", HallPlan.MaxSide]];
        }
        if (height is < 1 or > HallPlan.MaxSide)
        {
            errors["Height"] = [l["Exhibition.Error.Side", HallPlan.MaxSide]];
        }
        var plan = await db.HallPlans.Include(h => h.Booths).FirstOrDefaultAsync(h => h.EventId == eventId, ct);
        if (plan is not null && plan.Booths.FirstOrDefault(b => b.X + b.Width > width || b.Y + b.Height > height) is { } outside)
        {
            errors[plan.Booths.Any(b => b.X + b.Width > width) ? "Width" : "Height"] = [l["Exhibition.Error.ShrinkCutsBooth", outside.Code]];
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
        if (plan is null)
        {
            plan = new HallPlan { EventId = eventId };
            db.HallPlans.Add(plan);
        }
        else if (version is { } v)
        {
            db.Entry(plan).Property(h => h.Version).OriginalValue = v;
        }
        plan.Width = width;
        plan.Height = height;
        plan.Version++;
        audit.Record(actor, "exhibition.hall.sized", $"event:{eventId}", $"{width} x {height}", eventId: eventId);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>Adds a booth (no <paramref name="boothId"/>) or moves/resizes/renames one.</summary>
    public async Task<Booth> SaveBoothAsync(ClaimsPrincipal actor, int eventId, int? boothId, BoothInput input, int? version, CancellationToken ct = default)
    {
        var plan = await db.HallPlans.Include(h => h.Booths).FirstOrDefaultAsync(h => h.EventId == eventId, ct)
            ?? throw new DomainValidationException("Code", l["Exhibition.Error.NoHall"]);
        var booth = boothId is { } id ? plan.Booths.FirstOrDefault(b => b.Id == id) ?? throw ExhibitorRefused.NoSuchBooth() : null;
        var code = input.Code?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (code.Length is 0 or > Booth.CodeMaxLength)
        {
            errors["Code"] = [l["Exhibition.Error.Code", Booth.CodeMaxLength]];
        }
        else if (plan.Booths.Any(b => b != booth && string.Equals(b.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            errors["Code"] = [l["Exhibition.Error.CodeTaken", code]];
        }
        if (input.Width < 1)
        {
            errors["Width"] = [l["Exhibition.Error.BoothSize"]];
        }
        if (input.Height < 1)
        {
            errors["Height"] = [l["Exhibition.Error.BoothSize"]];
        }
        if (input.X < 0 || (input.Width >= 1 && (long)input.X + input.Width > plan.Width))
        {
            errors["X"] = [l["Exhibition.Error.OutsideWidth", plan.Width]];
        }
        if (input.Y < 0 || (input.Height >= 1 && (long)input.Y + input.Height > plan.Height))
        {
            errors["Y"] = [l["Exhibition.Error.OutsideHeight", plan.Height]];
        }
        if (errors.Count == 0 && plan.Booths.FirstOrDefault(b => b != booth && b.Overlaps(input.X, input.Y, input.Width, input.Height)) is { } other)
        {
            errors["X"] = [l["Exhibition.Error.Overlap", other.Code]];
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
        if (booth is null)
        {
            booth = new Booth { Code = code, HallPlanId = plan.Id };
            plan.Booths.Add(booth);
        }
        else if (version is { } v)
        {
            db.Entry(booth).Property(b => b.Version).OriginalValue = v;
        }
        booth.Code = code;
        (booth.X, booth.Y, booth.Width, booth.Height) = (input.X, input.Y, input.Width, input.Height);
        booth.Version++;
        audit.Record(actor, "exhibition.booth.saved", $"event:{eventId}", $"{code} at {input.X},{input.Y} size {input.Width}x{input.Height}", eventId: eventId);
        await db.SaveChangesAsync(ct);
        return booth;
    }

    public async Task DeleteBoothAsync(ClaimsPrincipal actor, int eventId, int boothId, CancellationToken ct = default)
    {
        var booth = await db.Booths.FirstOrDefaultAsync(b => b.Id == boothId && b.HallPlan.EventId == eventId, ct) ?? throw ExhibitorRefused.NoSuchBooth();
        db.Booths.Remove(booth);
        audit.Record(actor, "exhibition.booth.deleted", $"event:{eventId}", booth.Code, eventId: eventId);
        await db.SaveChangesAsync(ct);
    }

    public async Task AssignBoothAsync(ClaimsPrincipal actor, int eventId, int boothId, int? exhibitorId, int version, CancellationToken ct = default)
    {
        var booth = await db.Booths.FirstOrDefaultAsync(b => b.Id == boothId && b.HallPlan.EventId == eventId, ct) ?? throw ExhibitorRefused.NoSuchBooth();
        if (exhibitorId is { } id && !await db.Exhibitors.AnyAsync(e => e.Id == id && e.EventId == eventId, ct))
        {
            throw new DomainValidationException("ExhibitorId", l["Exhibition.Error.NoSuchExhibitor"]);
        }
        db.Entry(booth).Property(b => b.Version).OriginalValue = version;
        booth.ExhibitorId = exhibitorId;
        booth.Version++;
        audit.Record(actor, "exhibition.booth.assigned", $"event:{eventId}", $"{booth.Code} -> exhibitor {exhibitorId?.ToString() ?? "-"}", eventId: eventId);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Exhibitor> AddExhibitorAsync(ClaimsPrincipal actor, int eventId, int? organizationId, BilingualText description, CancellationToken ct = default)
    {
        ValidateDescription(description);
        if (organizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            throw new DomainValidationException("OrganizationId", l["Exhibition.Error.Organization"]);
        }
        if (await db.Exhibitors.AnyAsync(e => e.EventId == eventId && e.OrganizationId == orgId, ct))
        {
            throw new DomainValidationException("OrganizationId", l["Exhibition.Error.AlreadyExhibitor"]);
        }
        var exhibitor = new Exhibitor { EventId = eventId, OrganizationId = orgId, Description = Clean(description), Version = 1 };
        db.Exhibitors.Add(exhibitor);
        audit.Record(actor, "exhibition.exhibitor.added", $"event:{eventId}", $"organization {orgId}", eventId: eventId);
        await db.SaveChangesAsync(ct);
        return exhibitor;
    }

    public async Task UpdateDescriptionAsync(ClaimsPrincipal actor, int eventId, int exhibitorId, BilingualText description, int version, CancellationToken ct = default)
    {
        ValidateDescription(description);
        var exhibitor = await db.Exhibitors.FirstOrDefaultAsync(e => e.Id == exhibitorId && e.EventId == eventId, ct) ?? throw ExhibitorRefused.NoSuchExhibitor();
        db.Entry(exhibitor).Property(e => e.Version).OriginalValue = version;
        exhibitor.Description = Clean(description);
        exhibitor.Version++;
        audit.Record(actor, "exhibition.exhibitor.described", $"exhibitor:{exhibitorId}", null, eventId: eventId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Puts an existing account on the exhibitor's staff and gives it the forum's exhibitor role.</summary>
    public async Task AddStaffAsync(ClaimsPrincipal actor, int eventId, int exhibitorId, string? email, CancellationToken ct = default)
    {
        var exhibitor = await db.Exhibitors.Include(e => e.Event).FirstOrDefaultAsync(e => e.Id == exhibitorId && e.EventId == eventId, ct)
            ?? throw ExhibitorRefused.NoSuchExhibitor();
        var normalized = email?.Trim().ToUpperInvariant();
        var user = string.IsNullOrEmpty(normalized) ? null : await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null)
        {
            throw new DomainValidationException("StaffEmail", l["Exhibition.Error.NoAccount"]);
        }
        if (await db.ExhibitorStaff.AnyAsync(s => s.ExhibitorId == exhibitorId && s.UserId == user.Id, ct))
        {
            throw new DomainValidationException("StaffEmail", l["Exhibition.Error.AlreadyStaff"]);
        }
        db.ExhibitorStaff.Add(new ExhibitorStaff { ExhibitorId = exhibitorId, UserId = user.Id });
        var forumId = exhibitor.Event.ForumId;
        if (!await db.ForumRoles.AnyAsync(r => r.UserId == user.Id && r.ForumId == forumId && r.Role == ForumRole.Exhibitor, ct))
        {
            db.ForumRoles.Add(new ForumRoleAssignment { UserId = user.Id, ForumId = forumId, Role = ForumRole.Exhibitor, OrganizationId = exhibitor.OrganizationId });
        }
        audit.Record(actor, "exhibition.staff.added", $"exhibitor:{exhibitorId}", user.Email, forumId, eventId);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveStaffAsync(ClaimsPrincipal actor, int eventId, int exhibitorId, int staffId, CancellationToken ct = default)
    {
        var staff = await db.ExhibitorStaff.FirstOrDefaultAsync(s => s.Id == staffId && s.ExhibitorId == exhibitorId && s.Exhibitor.EventId == eventId, ct)
            ?? throw ExhibitorRefused.NoSuchExhibitor();
        db.ExhibitorStaff.Remove(staff);
        audit.Record(actor, "exhibition.staff.removed", $"exhibitor:{exhibitorId}", staff.UserId, eventId: eventId);
        await db.SaveChangesAsync(ct);
    }

    private void ValidateDescription(BilingualText description)
    {
        var errors = new Dictionary<string, string[]>();
        if (description.En?.Length > Exhibitor.DescriptionMaxLength)
        {
            errors["DescriptionEn"] = [l["Exhibition.Error.DescriptionTooLong", Exhibitor.DescriptionMaxLength]];
        }
        if (description.Ko?.Length > Exhibitor.DescriptionMaxLength)
        {
            errors["DescriptionKo"] = [l["Exhibition.Error.DescriptionTooLong", Exhibitor.DescriptionMaxLength]];
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    private static BilingualText Clean(BilingualText text) => new(
        string.IsNullOrWhiteSpace(text.En) ? null : text.En.Trim(),
        string.IsNullOrWhiteSpace(text.Ko) ? null : text.Ko.Trim());
}
