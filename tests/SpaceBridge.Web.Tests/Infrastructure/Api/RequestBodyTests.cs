using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Api;

/// <summary>Bodies that cannot be decoded are refused at the door with a 4xx ProblemDetails, and nothing is written.</summary>
public sealed class RequestBodyTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Theory]
    [InlineData("application/json; charset=\"\"")]
    [InlineData("application/json; charset=klingon")]
    public async Task A_JSON_body_with_an_unknown_charset_is_refused_with_415_even_anonymously(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"email":"nobody@example.org","password":"x"}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await factory.CreateClient().PostAsync("/api/v1/auth/token", content);

        var problem = await ApiClient.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("charset", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_JSON_body_declared_as_UTF_8_is_read_as_before()
    {
        var content = new StringContent("""{"email":"nobody@example.org","password":"x"}""", Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync("/api/v1/auth/token", content);

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unreadable_Content_Type_is_refused_with_400()
    {
        var content = new ByteArrayContent("{}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; ===");

        var response = await factory.CreateClient().PostAsync("/api/v1/auth/token", content);

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=XyZ", "hello, this is not multipart")]
    [InlineData("multipart/form-data", "no boundary at all")]
    [InlineData("multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nemail\r\n")]
    public async Task An_import_whose_body_is_not_the_multipart_it_claims_is_refused_with_400_and_nothing_is_written(string contentType, string body)
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var before = await DatabaseFingerprint.TakeAsync(factory);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await organizer.PostAsync("/api/v1/events/2/registrations/import?dryRun=false", content);

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(factory)));
    }

    [Fact]
    public async Task A_page_form_with_an_unknown_charset_is_refused_with_415_not_a_server_error()
    {
        var content = new ByteArrayContent("Email=a%40b.example"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=\"\"");

        var response = await factory.CreateBrowserClient().PostAsync("/account/forgot-password", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
