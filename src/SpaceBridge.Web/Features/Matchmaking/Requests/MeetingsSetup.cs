using SpaceBridge.Web.Features.Matchmaking.Feedback;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>Participant-side matchmaking: requests, availability, personal agenda and feed, notifications, feedback.</summary>
public static class MeetingsSetup
{
    public static IServiceCollection AddMeetingRequests(this IServiceCollection services)
    {
        services.AddScoped<MeetingMail>();
        services.AddScoped<MeetingRequestService>();
        services.AddScoped<MeetingNotifications>();
        services.AddMemoryCache();
        services.AddScoped<PersonalAgenda>();
        services.AddScoped<AgendaFeeds>();
        services.AddScoped<Availability>();
        services.AddScoped<MeetingFeedbackService>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeetingRequests(this IEndpointRouteBuilder app) => app
        .MapMeetingRequestApi()
        .MapMyAgendaApi()
        .MapMeetingFeedbackApi()
        .MapAgendaFeed();
}
