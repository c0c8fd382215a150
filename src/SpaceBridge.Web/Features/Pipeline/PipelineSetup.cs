using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Pipeline.FollowUp;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Infrastructure.Jobs;

namespace SpaceBridge.Web.Features.Pipeline;

/// <summary>The cooperation pipeline (initiatives and their timeline) and the follow-up jobs that run for months after a forum.</summary>
public static class PipelineSetup
{
    public static void AddPipeline(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<FollowUpOptions>(builder.Configuration.GetSection("Pipeline"));
        builder.Services.AddScoped<InitiativeService>();
        builder.Services.AddScoped<CommitmentInitiatives>();
        builder.Services.AddScoped<EmailBatchSender>();
        builder.Services.AddScoped<EmailBatches>();
        builder.Services.AddScoped<OutcomeSurveys>();
        builder.Services.AddScoped<StaleInitiativeReminders>();
        builder.Services.AddScoped<FollowUpAudiences>();
        builder.AddSpaceBridgeJobs(q =>
        {
            MeetingRequestExpiryJob.Schedule(q);
            EmailBatchJob.Register(q);
            FollowUpSweepJob.Schedule(q);
        });
    }

    public static IEndpointRouteBuilder MapPipeline(this IEndpointRouteBuilder app) => app
        .MapInitiativesApi();
}
