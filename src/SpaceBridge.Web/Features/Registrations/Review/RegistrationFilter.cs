namespace SpaceBridge.Web.Features.Registrations.Review;

/// <summary>The review queue's filters; null means "any".</summary>
public sealed record RegistrationFilter(RegistrationStatus? Status = null, ParticipantType? Type = null, string? Country = null, int? DelegationId = null)
{
    public IQueryable<Registration> Apply(IQueryable<Registration> query)
    {
        if (Status is { } status) query = query.Where(r => r.Status == status);
        if (Type is { } type) query = query.Where(r => r.ParticipantType == type);
        if (!string.IsNullOrWhiteSpace(Country))
        {
            var code = Country.Trim().ToUpperInvariant();
            query = query.Where(r => r.CountryCode == code);
        }
        if (DelegationId is { } delegationId) query = query.Where(r => r.DelegationId == delegationId);
        return query;
    }
}
