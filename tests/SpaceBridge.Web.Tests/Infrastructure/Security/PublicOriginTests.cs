using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SpaceBridge.Web.Infrastructure.Security;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>The app with its public address configured, as in production.</summary>
public sealed class PublicOriginApp : SpaceBridgeFactory
{
    public const string BaseUrl = "https://forum.example.org";

    public string? AllowedHosts { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicBaseUrl", BaseUrl);
        if (AllowedHosts is not null)
        {
            builder.UseSetting("AllowedHosts", AllowedHosts);
        }
    }
}

public sealed class PublicOriginTests(PublicOriginApp app) : IClassFixture<PublicOriginApp>
{
    [Fact]
    public async Task A_password_reset_asked_for_with_a_forged_Host_mails_a_link_to_the_public_address()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var forgot = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email });

        Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        var text = MailPickup.RequireLatestFor(app, user.Email).TextBody;
        Assert.Contains(PublicOriginApp.BaseUrl + "/account/reset-password?", text);
        Assert.DoesNotContain("evil.example", text);
    }

    [Fact]
    public async Task Without_a_configured_address_links_still_ignore_the_Host_header()
    {
        using var plain = new SpaceBridgeFactory();
        var user = await plain.CreateUserAsync();
        var client = plain.CreateBrowserClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email });

        var text = MailPickup.RequireLatestFor(plain, user.Email).TextBody;
        Assert.Contains("http://localhost/account/reset-password?", text);
        Assert.DoesNotContain("evil.example", text);
    }

    [Theory]
    [InlineData("/events/1/agenda.ics")]
    [InlineData("/forums/1/agenda.ics")]
    [InlineData("/sessions/1.ics")]
    public async Task Calendar_exports_with_an_unparsable_Host_answer_with_links_to_the_public_address(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        Assert.True(request.Headers.TryAddWithoutValidation("Host", "a:99999"));

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains($"URL:{PublicOriginApp.BaseUrl}/sessions/", ics);
        Assert.DoesNotContain("a:99999", ics);
    }

    [Fact]
    public async Task With_AllowedHosts_set_a_request_for_another_host_is_refused_and_nothing_is_mailed()
    {
        using var strict = new PublicOriginApp { AllowedHosts = "forum.example.org;localhost" };
        var user = await strict.CreateUserAsync();
        var form = await strict.CreateBrowserClient().GetAsync("/account/forgot-password");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        foreach (var host in new[] { "evil.example", "a:99999" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
            {
                Content = new FormUrlEncodedContent([new("Email", user.Email)]),
            };
            request.Headers.TryAddWithoutValidation("Host", host);
            var response = await strict.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Null(MailPickup.LatestFor(strict, user.Email));

        using var calendar = new HttpRequestMessage(HttpMethod.Get, "/events/1/agenda.ics");
        calendar.Headers.TryAddWithoutValidation("Host", "a:99999");
        Assert.Equal(HttpStatusCode.BadRequest, (await strict.CreateClient().SendAsync(calendar)).StatusCode);
    }

    [Fact]
    public void Production_refuses_to_start_without_a_public_address_or_with_AllowedHosts_star()
    {
        var production = new HostingEnvironment { EnvironmentName = Environments.Production };
        Assert.Contains("PublicBaseUrl", PublicOriginSettings.StartupError(Config(("AllowedHosts", "forum.example.org")), production));
        Assert.Contains("AllowedHosts", PublicOriginSettings.StartupError(Config(("PublicBaseUrl", "https://forum.example.org"), ("AllowedHosts", "*")), production));
        Assert.Contains("AllowedHosts", PublicOriginSettings.StartupError(Config(("PublicOrigins", "https://forum.example.org")), production));
        Assert.Null(PublicOriginSettings.StartupError(Config(("PublicBaseUrl", "https://forum.example.org"), ("AllowedHosts", "forum.example.org")), production));
        Assert.Null(PublicOriginSettings.StartupError(Config(("PublicOrigins:0", "https://forum.example.org"), ("AllowedHosts", "forum.example.org")), production));

        var development = new HostingEnvironment { EnvironmentName = Environments.Development };
        Assert.Null(PublicOriginSettings.StartupError(Config(("AllowedHosts", "*")), development));
        Assert.Contains("PublicBaseUrl must be an absolute", PublicOriginSettings.StartupError(Config(("PublicBaseUrl", "forum.example.org")), development));
        Assert.Contains("PublicOrigins must be", PublicOriginSettings.StartupError(Config(("PublicOrigins", "https://a.example/path")), development));
        Assert.All([PublicOriginSettings.StartupError(Config(), production)!], e => Assert.DoesNotContain('\n', e));
    }

    [Theory]
    [InlineData(null, "forum.example.org", "Refusing to start: set PublicBaseUrl")]
    [InlineData("https://forum.example.org", "*", "Refusing to start: set AllowedHosts")]
    public async Task The_published_app_in_Production_exits_with_one_line_saying_what_to_set(string? publicBaseUrl, string allowedHosts, string expected)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["AllowedHosts"] = allowedHosts;
        if (publicBaseUrl is not null)
        {
            start.Environment["PublicBaseUrl"] = publicBaseUrl;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("The app started instead of refusing: " + await stdout);
        }

        Assert.Equal(1, process.ExitCode);
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(expected, Assert.Single(lines));
        Assert.Equal("", (await stdout).Trim());
    }

    [Fact]
    public void Links_go_under_a_base_with_a_folder_and_origins_compare_by_scheme_host_and_port()
    {
        var origins = new PublicOrigins(Config(("PublicBaseUrl", "https://example.org/forum"), ("PublicOrigins", "https://forum.example.kr, http://localhost:5080")),
            new ServiceCollection().BuildServiceProvider());

        Assert.Equal("https://example.org/forum/account/sign-in", origins.Link("/account/sign-in"));
        Assert.True(origins.IsPublic("https://example.org"));
        Assert.True(origins.IsPublic("https://FORUM.example.kr:443"));
        Assert.True(origins.IsPublic("http://localhost:5080"));
        Assert.False(origins.IsPublic("http://example.org"));
        Assert.False(origins.IsPublic("https://evil.example"));
        Assert.False(origins.IsPublic("null"));
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
