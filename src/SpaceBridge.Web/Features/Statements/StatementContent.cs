using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// The text of a statement as approved: title, clauses in order, place, date and signatories. Its canonical form is
/// compact JSON with a fixed member order, texts trimmed, line ends as LF and Unicode in NFC, so the same words always
/// give the same SHA-256, whatever the database or the browser sent.
/// </summary>
public sealed record StatementContent(
    TextPair Title, TextPair Place, DateOnly? Date, IReadOnlyList<ClauseContent> Clauses, IReadOnlyList<SignatoryContent> Signatories)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static StatementContent Of(JointStatement statement) => new(
        TextPair.Of(statement.Title),
        TextPair.Of(statement.AdoptionPlace),
        statement.AdoptionDate,
        statement.Clauses.OrderBy(c => c.Position).ThenBy(c => c.Id)
            .Select(c => new ClauseContent(c.Number, c.Kind, TextPair.Of(c.Text), c.OwnerOrganizationId, c.DueDate)).ToList(),
        statement.Signatories.OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new SignatoryContent(s.OrganizationId, TextPair.Of(s.Name), TextPair.Of(s.Title))).ToList());

    public string Canonical() => JsonSerializer.Serialize(this, Json);

    public string Hash() => HashOf(Canonical());

    public static string HashOf(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    public static StatementContent Parse(string canonical) =>
        JsonSerializer.Deserialize<StatementContent>(canonical, Json) ?? throw new InvalidDataException("Empty statement snapshot.");
}

/// <summary>English and Korean text in canonical form (trimmed, LF line ends, NFC; empty as null).</summary>
public sealed record TextPair(string? En, string? Ko)
{
    public static TextPair Of(BilingualText text) => new(Normalize(text.En), Normalize(text.Ko));

    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim().Normalize(NormalizationForm.FormC);
    }

    public string? In(string language) => language == "ko" ? Ko : En;
}

public sealed record ClauseContent(int Number, ClauseKind Kind, TextPair Text, int? Owner, DateOnly? Due);

public sealed record SignatoryContent(int? Organization, TextPair Name, TextPair Title);
