using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// Submits a page's form as a browser would: GET the page, keep the form's own fields (the antiforgery token
/// among them), override some, POST to the form's action with the same client (and so the same cookies).
/// </summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new Xunit.Sdk.XunitException($"GET {url} answered {(int)response.StatusCode}:\n{html}");
        }
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>
    /// Fills and submits the first form matching <paramref name="formSelector"/> (default: the first POST form inside main).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string pageUrl, IReadOnlyDictionary<string, string> fields, string? formSelector = null)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var form = (formSelector is null
                ? FirstPostForm(document.QuerySelectorAll("main form")) ?? FirstPostForm(document.QuerySelectorAll("form"))
                : document.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new Xunit.Sdk.XunitException($"No form {formSelector ?? "(post)"} on {pageUrl}");
        return await client.SubmitAsync(form, pageUrl, fields);
    }

    private static IHtmlFormElement? FirstPostForm(AngleSharp.Dom.IHtmlCollection<AngleSharp.Dom.IElement> forms) =>
        forms.OfType<IHtmlFormElement>().FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase));

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, string pageUrl, IReadOnlyDictionary<string, string> fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.Add(new(input.Name!, input.Value));
                    }
                    break;
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "button"):
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    values.Add(new(select.Name!, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } area:
                    values.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        return client.PostAsync(target, new FormUrlEncodedContent(values));
    }
}
