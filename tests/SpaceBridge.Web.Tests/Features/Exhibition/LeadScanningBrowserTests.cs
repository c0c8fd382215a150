using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.Playwright;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Exhibition;

/// <summary>
/// An exhibitor's staff at the booth in Chromium: badges scanned with a keyboard-wedge scanner, offline and online; the
/// leads page and its exports show a visitor who consented by name and one who did not only as a count.
/// </summary>
public class LeadScanningBrowserTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Scans_made_offline_sync_once_when_the_network_returns()
    {
        var eventId = await app.EventIdAsync();
        var staff = await app.CreateUserAsync();
        var exhibitorId = await app.ExhibitorAsync(eventId, "Offline Orbital", staff);
        var first = await app.RegisterAsync(eventId, "Offline First");
        var second = await app.RegisterAsync(eventId, "Offline Second");
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(staff.Email, staff.Password);
        var scanner = await LeadScannerPage.OpenFromMyBoothAsync(page, app.BaseAddress, exhibitorId);
        // The page is an installable app: a manifest, and a service worker that controls the scanner's scope.
        Assert.Equal("/exhibitors/lead-scanner.webmanifest", await page.Locator("link[rel=manifest]").GetAttributeAsync("href"));
        var scope = await page.EvaluateAsync<string>("() => navigator.serviceWorker.ready.then(r => new URL(r.scope).pathname)");
        Assert.Equal("/exhibitors/", scope);

        await context.SetOfflineAsync(true);
        await scanner.ScanAsync(app.SignedToken(first), notes: "Met at the booth while offline");
        await scanner.ScanAsync(app.SignedToken(second));
        await scanner.WaitForPendingAsync(2);
        await Assertions.Expect(scanner.Status).ToContainTextAsync("saved on this device");
        Assert.Empty(await app.LeadsAsync(exhibitorId));

        await context.SetOfflineAsync(false);
        await scanner.WaitForPendingAsync(0);
        var stored = await app.LeadsAsync(exhibitorId);
        Assert.Equal([first.Id, second.Id], stored.Select(l => l.RegistrationId).Order());
        Assert.Equal("Met at the booth while offline", stored.Single(l => l.RegistrationId == first.Id).Notes);

        // Reopening the scanner (which sends whatever the device still holds) adds nothing.
        await page.ReloadAsync();
        await scanner.WaitForPendingAsync(0);
        Assert.Equal(2, (await app.LeadsAsync(exhibitorId)).Count);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Staff_scan_two_badges_and_the_exports_name_one_and_count_the_other()
    {
        var eventId = await app.EventIdAsync();
        var staff = await app.CreateUserAsync();
        var exhibitorId = await app.ExhibitorAsync(eventId, "Export Orbital", staff);
        var consenting = await app.RegisterAsync(eventId, "CHOI Minji", "최민지", organization: "Hanbit Orbital Systems (fictional)");
        await app.SetConsentAsync(consenting.Id, true);
        var private_ = await app.RegisterAsync(eventId, "Private Visitor", "비공개", organization: "Quiet Institute");
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(staff.Email, staff.Password);
        var scanner = await LeadScannerPage.OpenFromMyBoothAsync(page, app.BaseAddress, exhibitorId);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);

        await scanner.ScanAsync(app.SignedToken(consenting), notes: "=HYPERLINK(\"x\") wants the SAR data sheet", rating: "5");
        await Assertions.Expect(scanner.Status).ToContainTextAsync("Lead recorded: CHOI Minji");
        await scanner.ScanAsync(app.SignedToken(private_), notes: "Asked about ground stations");
        await Assertions.Expect(scanner.Status).ToContainTextAsync("did not share contact details");
        await scanner.WaitForPendingAsync(0);
        await Screenshots.TakeAsync(page, "exhibition-lead-scanner");

        await page.Locator("main a[href$='/leads']").ClickAsync();
        await page.WaitForURLAsync($"**/exhibitors/{exhibitorId}/leads");
        await Assertions.Expect(page.Locator("#anonymous-count")).ToContainTextAsync(": 1");
        await Assertions.Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("CHOI Minji");
        Assert.DoesNotContain("Private Visitor", await page.Locator("main").InnerTextAsync());
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "exhibition-leads");

        var csv = await DownloadAsync(page, "#export-csv");
        var xlsx = await DownloadAsync(page, "#export-xlsx");

        var csvRows = ReadCsv(csv);
        var xlsxRows = ReadXlsx(xlsx);
        foreach (var rows in new[] { csvRows, xlsxRows })
        {
            Assert.Equal(2, rows.Count);
            var named = rows.Single(r => r["kind"] == "lead");
            Assert.Equal("CHOI Minji", named["romanized_name"]);
            Assert.Equal("최민지", named["hangul_name"]);
            Assert.Equal("5", named["rating"]);
            Assert.StartsWith("'=HYPERLINK", named["notes"]);
            var anonymous = rows.Single(r => r["kind"] == "anonymous");
            Assert.Equal("1", anonymous["visitors"]);
            Assert.Equal("", anonymous["romanized_name"]);
            Assert.DoesNotContain(rows.SelectMany(r => r.Values), v => v.Contains("Private Visitor") || v.Contains("ground stations") || v.Contains(private_.Email));
        }
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(selector).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var csv = CsvReader.Create(new MemoryStream(bytes[3..]), CsvReaderOptions.Default);
        csv.ReadHeader();
        var header = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((h, i) => (h, v: csv.GetString(i))).ToDictionary(x => x.h, x => x.v));
        }
        return rows;
    }

    private static List<Dictionary<string, string>> ReadXlsx(byte[] bytes)
    {
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(1);
        var header = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        return sheet.RowsUsed().Skip(1)
            .Select(row => header.Select((h, i) => (h, v: row.Cell(i + 1).GetString())).ToDictionary(x => x.h, x => x.v))
            .ToList();
    }
}
