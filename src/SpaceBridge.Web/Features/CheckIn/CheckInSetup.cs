namespace SpaceBridge.Web.Features.CheckIn;

public static class CheckInSetup
{
    public static IServiceCollection AddCheckIn(this IServiceCollection services)
    {
        services.AddScoped<CheckInDesk>();
        services.AddScoped<SessionDoor>();
        services.AddScoped<AttendanceBoard>();
        return services;
    }
}
