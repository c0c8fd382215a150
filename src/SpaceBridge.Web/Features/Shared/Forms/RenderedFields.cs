namespace SpaceBridge.Web.Features.Shared.Forms;

/// <summary>
/// The fields a page rendered, in page order, with the id each got. The page body runs before its layout, so the
/// layout's error summary knows where every message's field is and lists them in the order people meet them.
/// </summary>
public sealed class RenderedFields
{
    private static readonly object ItemKey = new();
    private readonly List<(string Key, string Id, string? Label)> _fields = [];

    public static RenderedFields Of(HttpContext context)
    {
        if (context.Items[ItemKey] is not RenderedFields fields)
        {
            fields = new RenderedFields();
            context.Items[ItemKey] = fields;
        }
        return fields;
    }

    /// <summary>Records a field; the first element of a key (the first of a group of radio buttons) is the one linked to.</summary>
    public void Add(string key, string id, string? label)
    {
        if (!_fields.Exists(f => Same(f.Key, key)))
        {
            _fields.Add((key, id, label));
        }
    }

    public string? IdOf(string key) => _fields.Find(f => Same(f.Key, key)).Id;

    /// <summary>The field's label (its display name), where the field was bound with asp-for.</summary>
    public string? LabelOf(string key) => _fields.Find(f => Same(f.Key, key)).Label;

    /// <summary>Where the field of a key stands among the rendered fields; int.MaxValue for keys without one.</summary>
    public int PositionOf(string key) => _fields.FindIndex(f => Same(f.Key, key)) is var i and >= 0 ? i : int.MaxValue;

    /// <summary>Model-state keys ignore case ("tookPlace" from a service is the field TookPlace).</summary>
    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
