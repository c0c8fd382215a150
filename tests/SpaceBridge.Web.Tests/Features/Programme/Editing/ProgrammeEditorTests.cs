using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.Editing;

public class ProgrammeEditorTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task Booking_the_main_hall_during_the_opening_remarks_is_refused_and_nothing_is_written()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var opening = await db.Sessions.Include(s => s.Event).SingleAsync(s => s.Kind == SessionKind.OpeningRemarks);
        var before = await db.Sessions.CountAsync();

        var editor = scope.ServiceProvider.GetRequiredService<ProgrammeEditor>();
        var ex = await Assert.ThrowsAsync<AgendaConflictException>(() => editor.AddAsync(opening.EventId, new SessionEdit(
            SessionKind.SideMeeting, new("Clashing meeting", null), opening.StartsAtUtc, opening.EndsAtUtc, opening.RoomId, [])));

        Assert.Contains("Opening remarks", ex.Errors["RoomId"].Single());
        Assert.Equal(before, await db.Sessions.CountAsync());
    }

    [Fact]
    public async Task A_valid_session_is_saved()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var day2 = await db.Events.SingleAsync(e => e.Slug == DemoForumSeeder.Day2Slug);
        var start = new DateTime(2023, 11, 9, 7, 0, 0, DateTimeKind.Utc); // 16:00 in Seoul

        var editor = scope.ServiceProvider.GetRequiredService<ProgrammeEditor>();
        var saved = await editor.AddAsync(day2.Id, new SessionEdit(SessionKind.NetworkingDinner, new("Farewell", "환송"), start, start.AddHours(2), null, []));

        Assert.True(saved.Id > 0);
        Assert.Equal(start, (await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == saved.Id)).StartsAtUtc);
    }
}
