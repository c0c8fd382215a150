namespace SpaceBridge.Scheduling.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The schedule is invalid, or no valid schedule was found.</summary>
    public const int InfeasibleOrInvalid = 1;
    /// <summary>The command line or an input file cannot be read.</summary>
    public const int BadInput = 2;
}
