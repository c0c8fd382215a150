using SpaceBridge.Web.Infrastructure.Localization;
using SpaceBridge.Web;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Badges;
using SpaceBridge.Web.Features.Calendar;
using SpaceBridge.Web.Features.CheckIn;
using SpaceBridge.Web.Features.Exhibition;
using SpaceBridge.Web.Features.Matchmaking;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Programme;
using SpaceBridge.Web.Features.Pipeline;
using SpaceBridge.Web.Features.News;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Features.Shared;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Features.SupplyChain;
using SpaceBridge.Web.Features.Reports;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Caching;
using SpaceBridge.Web.Infrastructure.Observability;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Email;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Security;

var command = StartupCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);

if (command.Verb == "serve" && PublicOriginSettings.StartupError(builder.Configuration, builder.Environment) is { } startupError)
{
    Console.Error.WriteLine(startupError);
    Environment.ExitCode = 1;
    return;
}

if (!builder.Environment.IsDevelopment())
{
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
}

builder.AddSpaceBridgeDatabase();
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.AddSpaceBridgeLanguages();
builder.Services.AddRazorPages(o =>
    {
        // Pages live in their capability's folder and name their URL with @page "/route".
        o.RootDirectory = "/Features";
        // The home page keeps the /Index address it had as the root Index page.
        o.Conventions.AddPageRoute("/Site/Index", "Index");
        o.Conventions.Add(new SpaceBridge.Web.Infrastructure.Pages.OwnPrefixBinding());
    })
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
builder.Services.AddProblemDetails();
builder.Services.AddScoped<SpaceBridge.Web.Features.Programme.Editing.ProgrammeEditor>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<SpaceBridge.Web.Features.Accounts.Roles.ForumAccess>();
builder.Services.AddScoped<SpaceBridge.Web.Infrastructure.Audit.AuditLog>();
builder.Services.AddApiErrorHandling();
builder.Services.AddSingleton<PublicOrigins>();
builder.Services.AddApiV1();
builder.AddSpaceBridgeEmail();
builder.AddSpaceBridgeAccounts();
builder.Services.AddSpaceBridgeRateLimits(builder.Configuration);
builder.Services.AddSpaceBridgeForwardedHeaders(builder.Configuration);
builder.Services.AddPublicPages();
builder.Services.AddPublicCache(builder.Configuration);
builder.AddSpaceBridgeTelemetry();
builder.Services.AddRegistrations();
builder.Services.AddOrganizerWorkspace();
builder.Services.AddMatchmakingScheduling();
builder.Services.AddMatchmakingInterpreters();
builder.Services.AddBadges(builder.Configuration);
builder.Services.AddCheckIn();
builder.Services.AddExhibition();
builder.Services.AddMeetingRequests();
builder.Services.AddMatchmakingDiscovery();
builder.Services.AddStatements();
builder.Services.AddNews();
builder.Services.AddSpaceBridgeHealthChecks();
builder.AddPipeline();
builder.Services.AddSupplyChain();
builder.Services.AddReports();

var app = builder.Build();

if (command.Verb == "migrate")
{
    await app.InitializeDatabaseAsync(migrateOnly: true);
    app.Logger.LogInformation("Database is up to date");
    // Disposing the app flushes the console logger's queue, so the last lines are printed before the process ends.
    await app.DisposeAsync();
    return;
}

if (!await app.InitializeDatabaseAsync(requireCurrentSchema: command.Verb == "admin"))
{
    Environment.ExitCode = 1;
    await app.DisposeAsync();
    return;
}

if (command.Verb == "admin")
{
    Environment.ExitCode = await AdminCommand.RunAsync(app.Services, command.VerbArgs, Console.In, Console.Out, Console.Error);
    await app.DisposeAsync();
    return;
}

app.UseSpaceBridgeForwardedHeaders();
app.UseSecurityHeaders();
app.UseMiddleware<ServerErrorLogging>();
app.UseApiExceptionHandler();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
app.UseStatusCodePages();
app.UseRequestLocalization();
app.UsePublicStatusPages();
app.UseMiddleware<RequestBodyGate>();
app.MapStaticAssets();
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<SameOriginApiWrites>();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.UseMiddleware<ApiFormGate>();

app.MapSpaceBridgeHealthChecks();
app.MapRazorPages();
// Every endpoint on one root group, which carries the API conventions (ApiProblemResults).
var endpoints = app.MapEndpointRoot();
endpoints.MapApiV1();
endpoints.MapTokenEndpoint();
endpoints.MapAccountApi();
endpoints.MapProgrammeCalendars();
endpoints.MapRegistrations();
endpoints.MapOrganizerWorkspace();
endpoints.MapMatchmakingScheduling();
endpoints.MapMatchmakingInterpreters();
endpoints.MapBadgeEndpoints();
endpoints.MapCheckInApi();
endpoints.MapExhibition();
endpoints.MapMeetingRequests();
endpoints.MapMatchmakingDiscovery();
endpoints.MapStatements();
endpoints.MapPipeline();
endpoints.MapNews();
endpoints.MapSupplyChain();
endpoints.MapReports();

app.Run();

public partial class Program;
