using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>
/// Reads the form of an API request once, after authorization and before the endpoint, and refuses a body that is
/// not what its Content-Type says (e.g. multipart/form-data with a plain-text body: 400) or larger than the
/// endpoint allows (413). Endpoints then get the parsed form from <c>ReadFormAsync</c> and never meet a broken one.
/// </summary>
public sealed class ApiFormGate(RequestDelegate next, ILogger<ApiFormGate> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (ApiPaths.IsApi(request) && request.HasFormContentType)
        {
            try
            {
                await request.ReadFormAsync(context.RequestAborted);
            }
            catch (BadHttpRequestException ex)
            {
                await RequestBodyGate.RefuseAsync(context, logger, ex.StatusCode,
                    ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large" : "The body is not valid form data", ex.Message);
                return;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException && !context.RequestAborted.IsCancellationRequested)
            {
                await RequestBodyGate.RefuseAsync(context, logger, StatusCodes.Status400BadRequest, "The body is not valid form data",
                    $"The body does not match its Content-Type ({request.ContentType}): {ex.Message}");
                return;
            }
        }
        await next(context);
    }
}
