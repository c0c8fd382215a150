namespace SpaceBridge.Scheduling.Generation;

/// <summary>Size and shape of a synthetic forum. The defaults are the large forum.</summary>
public sealed record ForumOptions
{
    public int Participants { get; init; } = 3000;
    public int Meetings { get; init; } = 30000;
    public int Days { get; init; } = 2;
    /// <summary>Slots in each block; every day has a morning and an afternoon block.</summary>
    public int SlotsPerBlock { get; init; } = 12;
    public int Tables { get; init; } = 400;
    public int Seed { get; init; } = 1;
    /// <summary>Share of participants who are buyers; the rest are suppliers. Every meeting pairs one of each.</summary>
    public double BuyerShare { get; init; } = 0.3;
    /// <summary>Share of participants who exhibit at a booth of their own (drawn from the suppliers).</summary>
    public double ExhibitorShare { get; init; } = 0.1;
    /// <summary>Share of participants available for only one half of each day.</summary>
    public double HalfDayShare { get; init; } = 0.1;
    /// <summary>Share of participants who leave meetings for a session they speak at.</summary>
    public double SpeakerShare { get; init; } = 0.05;
    /// <summary>Share of buyers who are very popular and attract many more requests than they can take.</summary>
    public double PopularShare { get; init; } = 0.02;
    /// <summary>Share of meetings requested for the morning or the afternoon only.</summary>
    public double RestrictedSessionShare { get; init; } = 0.05;

    public int SlotCount => Days * 2 * SlotsPerBlock;

    public void Validate()
    {
        if (Participants < 2) throw new ArgumentException("a forum needs at least 2 participants");
        if (Meetings < 0) throw new ArgumentException("the number of meetings cannot be negative");
        if (Days < 1 || SlotsPerBlock < 1) throw new ArgumentException("a forum needs at least one day and one slot per block");
        if (Tables < 0) throw new ArgumentException("the number of tables cannot be negative");
        var buyers = Math.Max(1, (int)(Participants * BuyerShare));
        var suppliers = Participants - buyers;
        if (suppliers < 1 || (long)buyers * suppliers < Meetings)
            throw new ArgumentException($"{Meetings} meetings do not fit between {buyers} buyers and {suppliers} suppliers without repeating a pair");
    }
}
