using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>
/// An organizer writes a bilingual follow-up mail, previews it with its recipient count and sends it: the job engine
/// sends one mail to each recipient; sending the same form twice makes one batch; a preview gone stale sends nothing.
/// </summary>
public sealed class FollowUpComposeTests
{
    private static Dictionary<string, string> Message(int eventId) => new()
    {
        ["Input.Audience"] = "Registrants",
        ["Input.EventId"] = eventId.ToString(),
        ["Input.Status"] = "Waitlisted",
        ["Input.SubjectEn"] = "Seats opened for the dinner",
        ["Input.SubjectKo"] = "만찬 좌석 추가",
        ["Input.BodyEn"] = "Good news: **ten more seats**.<script>alert(1)</script>",
        ["Input.BodyKo"] = "좋은 소식입니다: **좌석 10석 추가**.",
    };

    [Fact]
    public async Task Composing_previewing_and_sending_reaches_every_recipient_once_and_a_double_submit_makes_one_batch()
    {
        await using var app = new SpaceBridgeFactory();
        var (forumId, eventId) = await app.WithDbAsync(async db => await db.Events.Where(e => e.Slug == DemoForumSeeder.Day2Slug)
            .Select(e => new { e.ForumId, e.Id }).SingleAsync() is var e ? (e.ForumId, e.Id) : default);
        var waitlisted = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var registration = await app.MemberAsync(eventId, $"Waitlisted {i}", "COMSPOC");
            await app.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RegistrationStatus.Waitlisted)));
            waitlisted.Add(registration.Email);
        }
        var expected = await app.WithDbAsync(db => db.Registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted)
            .Select(r => r.Email).Distinct().ToListAsync());
        var organizer = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var compose = $"/forums/{forumId}/follow-up/compose";

        // A message without its Korean subject is refused beside the field, and nothing is sent.
        var incomplete = Message(eventId);
        incomplete.Remove("Input.SubjectKo");
        var refused = await Parse(await organizer.SubmitFormAsync(compose, incomplete.Append(new("Input.SubjectKo", " ")).ToDictionary(), "form#compose"));
        Assert.NotNull(refused.QuerySelector("[aria-invalid=true][name='Input.SubjectKo']"));
        Assert.Null(refused.QuerySelector("form#send"));

        var preview = await Parse(await organizer.SubmitFormAsync(compose, Message(eventId), "form#compose"));
        Assert.Contains($"{expected.Count} recipients", preview.QuerySelector("#recipient-count")!.TextContent);
        var shown = preview.QuerySelectorAll(".mail-preview").Select(p => p.InnerHtml).ToList();
        Assert.Contains("<strong>ten more seats</strong>", shown[0]);
        Assert.DoesNotContain("<script", shown[0]);
        Assert.Contains("<strong>좌석 10석 추가</strong>", shown[1]);

        // Send, then send the same form again (a double click, a resubmit): one batch.
        var send = (IHtmlFormElement)preview.QuerySelector("form#send")!;
        var first = await organizer.SubmitAsync(send, compose, new Dictionary<string, string>());
        var second = await organizer.SubmitAsync(send, compose, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var batchId = int.Parse(first.Headers.Location!.ToString().Split('/').Last());
        Assert.Equal(1, await app.WithDbAsync(db => db.EmailBatches.CountAsync(b => b.Key.StartsWith($"compose:{forumId}:"))));

        // The job engine sends it: one mail per recipient, both languages, HTML sanitized.
        var progress = $"/forums/{forumId}/follow-up/batches/{batchId}";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement state;
        while (!(state = JsonDocument.Parse(await organizer.GetStringAsync(progress + "?handler=Progress")).RootElement).GetProperty("isFinished").GetBoolean())
        {
            Assert.True(DateTime.UtcNow < deadline, "the batch did not finish within a minute");
            await Task.Delay(200);
        }
        Assert.Equal((expected.Count, expected.Count, 0, 0), (state.GetProperty("total").GetInt32(), state.GetProperty("sent").GetInt32(),
            state.GetProperty("pending").GetInt32(), state.GetProperty("failed").GetInt32()));
        foreach (var email in expected)
        {
            var mail = Assert.Single(MailPickup.AllFor(app, email));
            Assert.Equal("Seats opened for the dinner / 만찬 좌석 추가", mail.Subject);
            Assert.Contains("좌석 10석 추가", mail.TextBody);
            Assert.Contains("<strong>ten more seats</strong>", mail.HtmlBody);
            Assert.DoesNotContain("<script", mail.HtmlBody);
        }
        Assert.Equal(expected.Count, Directory.GetFiles(MailPickup.Folder(app), $"batch-{batchId}-recipient-*.eml").Length);
        Assert.Superset(waitlisted.ToHashSet(), expected.ToHashSet());
        var page = await organizer.GetOkPageAsync(progress);
        Assert.Equal(expected.Count.ToString(), page.QuerySelector("[data-figure=sent]")!.TextContent);

        // A preview whose audience changed before sending sends nothing and shows the new count.
        var stalePreview = await Parse(await organizer.SubmitFormAsync(compose, Message(eventId), "form#compose"));
        var late = await app.MemberAsync(eventId, "Late waitlisted", "MSIT");
        await app.WithDbAsync(db => db.Registrations.Where(r => r.Id == late.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RegistrationStatus.Waitlisted)));
        var batches = await app.WithDbAsync(db => db.EmailBatches.CountAsync());
        var stale = await Parse(await organizer.SubmitAsync((IHtmlFormElement)stalePreview.QuerySelector("form#send")!, compose, new Dictionary<string, string>()));
        Assert.Contains($"{expected.Count + 1} recipients", stale.QuerySelector("#recipient-count")!.TextContent);
        Assert.Equal(batches, await app.WithDbAsync(db => db.EmailBatches.CountAsync()));
    }

    [Fact]
    public async Task Delegates_cannot_open_the_compose_page_and_organizers_reach_it_from_the_workspace()
    {
        await using var app = new SpaceBridgeFactory();
        var forumId = await app.WithDbAsync(db => db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync());
        var organizer = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var workspace = await organizer.GetOkPageAsync("/organizer");
        Assert.Contains(workspace.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/forums/{forumId}/follow-up/compose");
        var delegate_ = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));
        var refused = await delegate_.GetAsync($"/forums/{forumId}/follow-up/compose");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static async Task<IHtmlDocument> Parse(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return new HtmlParser().ParseDocument(html);
    }
}
