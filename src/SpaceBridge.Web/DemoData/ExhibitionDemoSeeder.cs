using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Exhibition;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.DemoData;

/// <summary>
/// The exhibition of the demo symposium (8 Nov): the four U.S. companies the public record names as exhibitors, and
/// Korean exhibitors that are invented (the record does not name them) and say so, on a 40 × 24 m hall plan. The
/// Korean ones are the matchmaking demo's fictional exhibitors where that demo is loaded, else created here. Runs once
/// (skipped when the symposium already has a hall plan).
/// </summary>
public static class ExhibitionDemoSeeder
{
    public const int HallWidth = 40, HallHeight = 24;

    private static readonly string[] UsExhibitors = ["Kayhan Space", "LeoLabs", "COMSPOC", "Capella Space"];

    private static readonly (string En, string Ko)[] KoreanOnlyHere =
    [
        ("Hanul Antenna Works (fictional)", "한울 안테나웍스 (가상)"),
        ("Sejong Thermal Systems (fictional)", "세종 열제어시스템 (가상)"),
    ];

    public static async Task<bool> SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        var day1 = await db.Events.SingleOrDefaultAsync(e => e.Slug == DemoForumSeeder.Day1Slug && e.Forum.Slug == DemoForumSeeder.ForumSlug, ct);
        if (day1 is null || await db.HallPlans.AnyAsync(h => h.EventId == day1.Id, ct))
        {
            return false;
        }
        var us = await db.Organizations.Where(o => o.CountryCode == "US" && UsExhibitors.Contains(o.Name.En!)).ToListAsync(ct);
        var fictionalNames = FictionalOrganizations.All.Where(f => f.CountryCode == "KR" && f.Exhibitor).Select(f => f.NameEn).ToList();
        var korean = await db.Organizations.Where(o => o.CountryCode == "KR" && fictionalNames.Contains(o.Name.En!)).ToListAsync(ct);
        foreach (var (en, ko) in KoreanOnlyHere.Concat(FictionalOrganizations.All.Where(f => f.CountryCode == "KR" && f.Exhibitor && korean.All(k => k.Name.En != f.NameEn))
                     .Select(f => (f.NameEn, f.NameKo))))
        {
            var org = new Organization { Name = new(en, ko), CountryCode = "KR", Kind = OrganizationKind.Company };
            db.Organizations.Add(org);
            korean.Add(org);
        }

        var plan = new HallPlan { EventId = day1.Id, Width = HallWidth, Height = HallHeight, Version = 1 };
        db.HallPlans.Add(plan);
        // Row A along the top wall for the U.S. delegation's companies, row B across the aisle for the Korean ones,
        // and two booths left free in row C.
        var row = 0;
        foreach (var org in UsExhibitors.Select(name => us.FirstOrDefault(o => o.Name.En == name)).OfType<Organization>())
        {
            Place(db, plan, day1.Id, org, $"A{row + 1}", 2 + row * 9, 2, UsDescription(org.Name.En!));
            row++;
        }
        row = 0;
        foreach (var org in korean.OrderBy(o => o.Name.En, StringComparer.Ordinal))
        {
            Place(db, plan, day1.Id, org, $"B{row + 1}", 2 + row * 9, 10, KoreanDescription(org.Name));
            row++;
        }
        plan.Booths.Add(new Booth { Code = "C1", X = 2, Y = 18, Width = 6, Height = 4, Version = 1 });
        plan.Booths.Add(new Booth { Code = "C2", X = 11, Y = 18, Width = 6, Height = 4, Version = 1 });
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void Place(AppDbContext db, HallPlan plan, int eventId, Organization org, string code, int x, int y, BilingualText description)
    {
        var exhibitor = new Exhibitor { EventId = eventId, Organization = org, Description = description, Version = 1 };
        db.Exhibitors.Add(exhibitor);
        plan.Booths.Add(new Booth { Code = code, X = x, Y = y, Width = 6, Height = 4, Exhibitor = exhibitor, Version = 1 });
    }

    private static BilingualText UsDescription(string name) => new(
        $"{name} is one of the U.S. companies with a booth at the symposium's exhibition.",
        $"{name}은(는) 심포지엄 전시에 부스를 낸 미국 기업 중 하나입니다.");

    private static BilingualText KoreanDescription(BilingualText name) => new(
        $"{name.En} is an invented Korean company, made up for the SpaceBridge demo; it stands for no real exhibitor.",
        $"{name.Ko}은(는) SpaceBridge 시연을 위해 만든 가상의 한국 기업으로, 실제 전시업체가 아닙니다.");
}
