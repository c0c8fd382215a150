using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using SpaceBridge.Web;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Email;
using SpaceBridge.Web.Infrastructure.Security;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>Invitations to people registered by others leave on the job engine once the import has committed, not in the request.</summary>
public sealed class InvitationJobTests : IDisposable
{
    /// <summary>A node that schedules jobs but runs none until the test starts its scheduler.</summary>
    private sealed class App : RegistrationApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Jobs:RunJobs", "false");
        }
    }

    private readonly App _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_import_answers_before_any_invitation_is_sent_and_the_queued_job_sends_one_to_each_person()
    {
        var eventId = await _app.EventIdAsync();
        var organizer = await _app.OrganizerClientAsync($"importer-{Guid.NewGuid():N}@example.com");
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(ImportCsv.Bytes(ImportCsv.Lines(3, "queued.example")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "people.csv");

        var response = await organizer.PostAsync($"/api/v1/events/{eventId}/registrations/import?dryRun=false", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Enumerable.Range(1, 3), i => Assert.Empty(MailPickup.AllFor(_app, $"person{i}@queued.example")));
        var scheduler = await _app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(InvitationJob.Group));
        var job = await scheduler.GetJobDetail(Assert.Single(jobs));
        Assert.True(job!.RequestsRecovery);
        Assert.Equal(3, job.JobDataMap.GetString(InvitationJob.RegistrationIds)!.Split(',').Length);

        await scheduler.Start();
        foreach (var i in Enumerable.Range(1, 3))
        {
            var invitation = await MailPickup.WaitForLatestAsync(_app, $"person{i}@queued.example");
            Assert.Contains("ROK-US Space Industry Symposium", invitation.Subject);
        }
        Assert.All(Enumerable.Range(1, 3), i => Assert.Single(MailPickup.AllFor(_app, $"person{i}@queued.example")));

        // The job queued again for the same people (a retry) sends nothing more.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RegistrationInvitations>()
                .QueueAsync([.. job.JobDataMap.GetString(InvitationJob.RegistrationIds)!.Split(',').Select(int.Parse)]);
        }
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(InvitationJob.Group))).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Empty(await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(InvitationJob.Group)));
        Assert.Equal(3, System.IO.Directory.GetFiles(MailPickup.Folder(_app), "invitation-registration-*.eml").Length);
    }

    /// <summary>Counts what the app hands to the mail server per address; fails for the addresses it is told to.</summary>
    private sealed class CountingSender(IEmailSender inner, params string[] failFor) : IEmailSender
    {
        public ConcurrentDictionary<string, int> Sent { get; } = new(StringComparer.OrdinalIgnoreCase);

        public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
        {
            if (failFor.Contains(email.To, StringComparer.OrdinalIgnoreCase))
            {
                throw new IOException("Mail server unreachable.");
            }
            // A little time in the server, so runs side by side overlap.
            await Task.Delay(20, cancellationToken);
            await inner.SendAsync(email, cancellationToken);
            Sent.AddOrUpdate(email.To, 1, (_, n) => n + 1);
        }
    }

    private async Task RunAsync(IReadOnlyCollection<int> ids, CountingSender sender)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var invitations = new RegistrationInvitations(services.GetRequiredService<AppDbContext>(), sender, services.GetRequiredService<PublicOrigins>(),
            services.GetRequiredService<IStringLocalizer<SharedResource>>(), services.GetRequiredService<ISchedulerFactory>(),
            services.GetRequiredService<TimeProvider>(), NullLogger<RegistrationInvitations>.Instance);
        await invitations.SendAsync(ids);
    }

    [Fact]
    public async Task A_job_run_again_on_two_nodes_at_once_or_after_a_failure_or_a_crash_never_sends_one_invitation_twice()
    {
        var eventId = await _app.EventIdAsync();
        var organizer = await _app.OrganizerClientAsync($"importer-{Guid.NewGuid():N}@example.com");
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(ImportCsv.Bytes(ImportCsv.Lines(5, "rerun.example")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "people.csv");
        Assert.Equal(HttpStatusCode.OK, (await organizer.PostAsync($"/api/v1/events/{eventId}/registrations/import?dryRun=false", form)).StatusCode);
        var ids = await _app.WithDbAsync(db => db.Registrations.Where(r => r.Email.EndsWith("@rerun.example")).OrderBy(r => r.Email)
            .Select(r => r.Id).ToListAsync());
        Assert.Equal(5, ids.Count);
        var real = _app.Services.GetRequiredService<IEmailSender>();
        string Address(int i) => $"person{i}@rerun.example";

        // A crashed run had claimed person 5's invitation a moment ago: nobody sends it until the claim times out.
        await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == ids[4])
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.InvitationClaimedBy, "crashed-run").SetProperty(r => r.InvitationClaimedAtUtc, DateTime.UtcNow)));

        // First run: the mail server refuses person 2; the others are sent.
        var first = new CountingSender(real, Address(2));
        await RunAsync(ids, first);
        Assert.Equal([Address(1), Address(3), Address(4)], first.Sent.Keys.Order(StringComparer.Ordinal));

        // Two nodes run the job again at the same time: only person 2's invitation is left, and it leaves once.
        var nodeA = new CountingSender(real);
        var nodeB = new CountingSender(real);
        await Task.WhenAll(RunAsync(ids, nodeA), RunAsync(ids, nodeB));
        Assert.Equal([Address(2)], nodeA.Sent.Keys.Concat(nodeB.Sent.Keys));
        Assert.Equal(1, nodeA.Sent.Values.Sum() + nodeB.Sent.Values.Sum());

        // Once the crashed run's claim is older than the timeout, the next run takes it over and sends it.
        await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == ids[4])
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.InvitationClaimedAtUtc, DateTime.UtcNow - RegistrationInvitations.ClaimTimeout - TimeSpan.FromSeconds(1))));
        var takeover = new CountingSender(real);
        await RunAsync(ids, takeover);
        Assert.Equal([Address(5)], takeover.Sent.Keys);

        // A last run finds nothing to send; the pickup folder holds one invitation per person.
        var last = new CountingSender(real);
        await RunAsync(ids, last);
        Assert.Empty(last.Sent);
        Assert.All(Enumerable.Range(1, 5), i => Assert.Single(MailPickup.AllFor(_app, Address(i))));
        Assert.All(await _app.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync()),
            r => Assert.NotNull(r.InvitationSentAtUtc));
    }
}
