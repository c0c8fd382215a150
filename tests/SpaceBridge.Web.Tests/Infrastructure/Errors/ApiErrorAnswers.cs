using System.Net;
using System.Text.Json;

namespace SpaceBridge.Web.Tests.Infrastructure.Errors;

/// <summary>Checks the whole shape of a ProblemDetails answer: status, content type, title, detail and which members it has.</summary>
internal static class ApiErrorAnswers
{
    public const string ValidationTitle = "One or more validation errors occurred.";

    /// <summary>
    /// Asserts the answer and that its members are exactly the standard ones (type, title, status, instance, traceId),
    /// detail when <paramref name="detail"/> is given (null: no detail; empty: any detail) and <paramref name="members"/>.
    /// </summary>
    public static async Task<JsonElement> AssertShapeAsync(HttpResponseMessage response, HttpStatusCode status, string title, string? detail,
        params string[] members)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        if (detail is null)
        {
            Assert.False(problem.TryGetProperty("detail", out _), body);
        }
        else if (detail.Length > 0)
        {
            Assert.Equal(detail, problem.GetProperty("detail").GetString());
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), body);
        }
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsolutePath, problem.GetProperty("instance").GetString());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        string[] expected = ["type", "title", "status", "instance", "traceId", .. detail is null ? Array.Empty<string>() : ["detail"], .. members];
        Assert.Equal(expected.Order(StringComparer.Ordinal), problem.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        return problem;
    }

    /// <summary>A broken domain rule: 400 with the standard validation title, no detail, and the field errors.</summary>
    public static async Task AssertValidationAsync(HttpResponseMessage response, string field)
    {
        var problem = await AssertShapeAsync(response, HttpStatusCode.BadRequest, ValidationTitle, null, "errors");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }
}
