namespace SpaceBridge.Web.Features.Shared.Tables;

/// <summary>What a table and its caption tell each other while the table renders.</summary>
public sealed class TableCaption(string id)
{
    public string Id { get; set; } = id;
    public bool Found { get; set; }
}
