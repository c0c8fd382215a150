using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SpaceBridge.Web.Features.Registrations;
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
    }
}
