using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Exhibition;

/// <summary>The organizers' booth editor, as a browser without script sends it: booths that overlap or leave the hall are refused at their field.</summary>
public class HallEditorPageTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    [Theory]
    [InlineData("4", "3", "3", "3", "Booth.X", "overlaps booth A1")]
    [InlineData("37", "2", "6", "4", "Booth.X", "inside the hall")]
    [InlineData("30", "22", "3", "3", "Booth.Y", "inside the hall")]
    [InlineData("30", "16", "0", "3", "Booth.Width", "at least 1 m")]
    public async Task A_booth_that_overlaps_or_leaves_the_hall_is_refused_at_its_field_and_nothing_is_saved(
        string x, string y, string width, string height, string field, string message)
    {
        var eventId = await app.EventIdAsync();
        var organizer = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var before = await BoothsAsync(eventId);

        var response = await organizer.SubmitFormAsync($"/organizer/events/{eventId}/exhibition",
            new Dictionary<string, string> { ["Booth.Code"] = "Z9", ["Booth.X"] = x, ["Booth.Y"] = y, ["Booth.Width"] = width, ["Booth.Height"] = height },
            "form[data-booth-form]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var input = document.QuerySelector($"[name='{field}']")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var describedBy = input.GetAttribute("aria-describedby")!.Split(' ')[0];
        Assert.Contains(message, document.GetElementById(describedBy)!.TextContent);
        Assert.NotNull(document.GetElementById("error-summary"));
        Assert.Equal(before, await BoothsAsync(eventId));
    }

    [Fact]
    public async Task A_booth_that_fits_is_added_assigned_and_shown_on_the_public_plan()
    {
        var eventId = await app.EventIdAsync();
        var organizer = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var exhibitorId = await app.ExhibitorAsync(eventId, "Newcomer Aerospace");
        var before = await BoothsAsync(eventId);

        var added = await organizer.SubmitFormAsync($"/organizer/events/{eventId}/exhibition",
            new Dictionary<string, string> { ["Booth.Code"] = "C3", ["Booth.X"] = "20", ["Booth.Y"] = "18", ["Booth.Width"] = "6", ["Booth.Height"] = "4" },
            "form[data-booth-form]");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(before.Count + 1, (await BoothsAsync(eventId)).Count);
        var boothId = await app.WithDbAsync(db => db.Booths.Where(b => b.Code == "C3" && b.HallPlan.EventId == eventId).Select(b => b.Id).SingleAsync());

        var assigned = await organizer.SubmitFormAsync($"/organizer/events/{eventId}/exhibition",
            new Dictionary<string, string> { ["exhibitorId"] = exhibitorId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"form:has(input[name=boothId][value='{boothId}']):has(select)");
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        var page = await app.CreateBrowserClient().GetStringAsync($"/events/{eventId}/exhibition");
        Assert.Contains("Booth C3: Newcomer Aerospace", page);
        Assert.Contains("role=\"img\"", page);
    }

    private Task<List<string>> BoothsAsync(int eventId) => app.WithDbAsync(db =>
        db.Booths.Where(b => b.HallPlan.EventId == eventId).OrderBy(b => b.Id)
            .Select(b => $"{b.Code}@{b.X},{b.Y},{b.Width}x{b.Height}:{b.ExhibitorId}").ToListAsync());
}
