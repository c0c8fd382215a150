namespace SpaceBridge.Scheduling.Generation;

/// <summary>Size and shape of an instance with a planted zero-break schedule (<see cref="PlantedGenerator"/>).</summary>
public sealed record PlantedOptions
{
    /// <summary>Meetings wanted; the instance has tables times slots of them, the nearest multiple of the slot count.</summary>
    public int Meetings { get; init; } = 1500;
    public int Days { get; init; } = 2;
    /// <summary>Slots in each block; every day has a morning and an afternoon block.</summary>
    public int SlotsPerBlock { get; init; } = 8;
    public int Seed { get; init; } = 1;
    /// <summary>Shortest and longest run of consecutive meetings a participant has in a block.</summary>
    public int MinRun { get; init; } = 2;
    public int MaxRun { get; init; } = 6;
    /// <summary>Blocks a participant meets in, on average.</summary>
    public double BlocksPerParticipant { get; init; } = 2;
    /// <summary>Share of a participant's idle slots marked unavailable.</summary>
    public double UnavailableShare { get; init; } = 0.1;

    public int SlotCount => Days * 2 * SlotsPerBlock;

    /// <summary>Tables, each busy in every slot of the planted schedule.</summary>
    public int Tables => Math.Max(1, (int)Math.Round((double)Meetings / SlotCount));

    public void Validate()
    {
        if (Days < 1 || SlotsPerBlock < 1) throw new ArgumentException("a forum needs at least one day and one slot per block");
        if (Meetings < 1) throw new ArgumentException("a planted instance needs at least one meeting");
        if (MinRun < 1 || MaxRun < MinRun) throw new ArgumentException($"runs of {MinRun} to {MaxRun} meetings are not possible");
        if (MinRun > SlotsPerBlock) throw new ArgumentException($"runs of at least {MinRun} meetings do not fit in {SlotsPerBlock} slots");
        if (BlocksPerParticipant < 1 || BlocksPerParticipant > 2 * Days)
            throw new ArgumentException($"participants cannot meet in {BlocksPerParticipant} of {2 * Days} blocks");
        if (UnavailableShare is < 0 or > 1) throw new ArgumentException("the unavailable share must be between 0 and 1");
    }
}
