using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Pipeline.FollowUp;
using SpaceBridge.Web.Infrastructure.Email;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>A bulk mailing interrupted part-way and resumed sends each mail exactly once.</summary>
public sealed class EmailBatchTests
{
    /// <summary>Writes to the pickup folder like the real sender, but fails once, on the given send.</summary>
    private sealed class FailingOnce(PickupFolderEmailSender inner, int failOn) : IEmailSender
    {
        private int _calls;
        public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _calls) == failOn ? throw new IOException("mail server went away") : inner.SendAsync(email, cancellationToken);
    }

    private sealed class App : SpaceBridgeFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Jobs:RunJobs", "false");
            builder.ConfigureTestServices(s =>
            {
                s.AddSingleton<PickupFolderEmailSender>();
                s.AddSingleton<IEmailSender>(p => new FailingOnce(p.GetRequiredService<PickupFolderEmailSender>(), failOn: 4));
            });
        }
    }

    [Fact]
    public async Task A_batch_that_fails_after_some_sends_and_is_resumed_sends_every_mail_exactly_once()
    {
        await using var app = new App();
        _ = app.Server;
        var batchId = await app.WithDbAsync(async db =>
        {
            var forumId = await db.Forums.Select(f => f.Id).FirstAsync();
            var batch = new EmailBatch
            {
                ForumId = forumId, Key = "test:resume", Kind = EmailBatchKind.Announcement, Subject = "Dinner moved", Body = "The dinner starts at 19:00.",
                CreatedAtUtc = DateTime.UtcNow,
                Recipients = Enumerable.Range(1, 8).Select(i => new EmailBatchRecipient { Email = $"guest{i}@example.org", Name = $"Guest {i}" }).ToList(),
            };
            db.EmailBatches.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });

        await Assert.ThrowsAsync<IOException>(() => RunAsync(app, batchId));
        Assert.Equal(3, MailFiles(app).Length);
        // A node that claimed the next recipient and died before marking it: its claim times out and the mail goes out once.
        await app.WithDbAsync(db => db.EmailBatchRecipients.Where(r => r.BatchId == batchId && r.State == RecipientState.Pending).OrderBy(r => r.Id).Take(1)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, RecipientState.Sending).SetProperty(r => r.ClaimedBy, "dead-node")
                .SetProperty(r => r.ClaimedAtUtc, DateTime.UtcNow.AddHours(-1))));

        await RunAsync(app, batchId);

        var files = MailFiles(app);
        Assert.Equal(8, files.Length);
        var recipients = files.Select(f => MimeKit.MimeMessage.Load(f).To.Mailboxes.Single().Address).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"guest{i}@example.org").Order(), recipients);
        var states = await app.WithDbAsync(db => db.EmailBatchRecipients.Where(r => r.BatchId == batchId).Select(r => r.State).ToListAsync());
        Assert.All(states, s => Assert.Equal(RecipientState.Sent, s));
        Assert.NotNull(await app.WithDbAsync(db => db.EmailBatches.Where(b => b.Id == batchId).Select(b => b.CompletedAtUtc).SingleAsync()));

        // Running a finished batch again sends nothing.
        await RunAsync(app, batchId);
        Assert.Equal(8, MailFiles(app).Length);
    }

    private static async Task RunAsync(SpaceBridgeFactory app, int batchId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EmailBatchSender>().RunAsync(batchId, CancellationToken.None);
    }

    private static string[] MailFiles(SpaceBridgeFactory app) =>
        Directory.Exists(MailPickup.Folder(app)) ? Directory.GetFiles(MailPickup.Folder(app), "*.eml") : [];
}
