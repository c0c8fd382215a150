using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Infrastructure.Jobs;

namespace SpaceBridge.Web.Features.Pipeline;

/// <summary>The cooperation pipeline (initiatives and their timeline) and the follow-up jobs that run for months after a forum.</summary>
public static class PipelineSetup
{
    public static void AddPipeline(this WebApplicationBuilder builder)
    {
        builder.AddSpaceBridgeJobs(q =>
        {
            MeetingRequestExpiryJob.Schedule(q);
        });
    }

    public static IEndpointRouteBuilder MapPipeline(this IEndpointRouteBuilder app) => app;
}
