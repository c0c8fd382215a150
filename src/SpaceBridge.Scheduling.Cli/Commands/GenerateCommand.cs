using System.CommandLine;
using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Generation;
using SpaceBridge.Scheduling.Io;

namespace SpaceBridge.Scheduling.Cli.Commands;

internal static class GenerateCommand
{
    public static Command Create(TextWriter output)
    {
        var defaults = new ForumOptions();
        var participants = IntOption("--participants", "Number of participants", defaults.Participants);
        var meetings = IntOption("--meetings", "Number of requested meetings", defaults.Meetings);
        var days = IntOption("--days", "Days, each with a morning and an afternoon block", defaults.Days);
        var slotsPerBlock = IntOption("--slots-per-block", "Slots in each block", defaults.SlotsPerBlock);
        var tables = IntOption("--tables", "Tables (exhibitors' booths come on top)", defaults.Tables);
        var seed = IntOption("--seed", "Random seed", defaults.Seed);
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the instance to this file instead of standard output" };
        var planted = new Option<bool>("--planted")
        {
            Description = "Build a zero-break schedule first (every table busy in every slot) and derive the requests from it, all "
                + "required, so the optimum is 0 breaks; --participants and --tables are then derived from --meetings, --days and --slots-per-block",
        };
        var plantedSolution = new Option<FileInfo?>("--planted-solution") { Description = "With --planted: write the planted schedule (a solution file) here" };
        var command = new Command("generate", "Generate a synthetic forum instance (JSON)")
        {
            participants, meetings, days, slotsPerBlock, tables, seed, outFile, planted, plantedSolution,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(planted))
                return WritePlanted(output, new PlantedOptions
                {
                    Meetings = parse.GetValue(meetings),
                    Days = parse.GetValue(days),
                    SlotsPerBlock = parse.GetValue(slotsPerBlock),
                    Seed = parse.GetValue(seed),
                }, parse.GetValue(outFile), parse.GetValue(plantedSolution));
            if (parse.GetValue(plantedSolution) is not null) throw new ArgumentException("--planted-solution needs --planted");
            var instance = ForumGenerator.Generate(new ForumOptions
            {
                Participants = parse.GetValue(participants),
                Meetings = parse.GetValue(meetings),
                Days = parse.GetValue(days),
                SlotsPerBlock = parse.GetValue(slotsPerBlock),
                Tables = parse.GetValue(tables),
                Seed = parse.GetValue(seed),
            });
            if (parse.GetValue(outFile) is not { } file)
            {
                output.WriteLine(InstanceJson.Serialize(instance));
                return ExitCodes.Ok;
            }
            InstanceJson.Write(instance, file.FullName);
            var bound = BoundsCalculator.Compute(instance);
            var totalWeight = instance.Meetings.Sum(m => (long)m.Weight);
            var countBound = BoundsCalculator.Compute(instance with { Meetings = [.. instance.Meetings.Select(m => m with { Weight = 1 })] }).WeightUpperBound;
            output.WriteLine($"wrote {file.FullName}: {instance.Participants.Count} participants, {instance.Meetings.Count} meetings, " +
                $"{instance.SlotCount} slots, {instance.Locations.Count} locations; requested weight {totalWeight}, " +
                $"upper bound {bound.WeightUpperBound} ({bound.WeightBoundSource}), at most {countBound} meetings fit (requests exceed that by {(double)instance.Meetings.Count / Math.Max(1, countBound) - 1:P0})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int WritePlanted(TextWriter output, PlantedOptions options, FileInfo? outFile, FileInfo? solutionFile)
    {
        var (instance, schedule) = PlantedGenerator.Generate(options);
        if (outFile is null)
        {
            if (solutionFile is not null) SolutionJson.Write(schedule, instance.Name, solutionFile.FullName);
            output.WriteLine(InstanceJson.Serialize(instance));
            return ExitCodes.Ok;
        }
        InstanceJson.Write(instance, outFile.FullName);
        if (solutionFile is not null) SolutionJson.Write(schedule, instance.Name, solutionFile.FullName);
        output.WriteLine($"wrote {outFile.FullName}: {instance.Participants.Count} participants, {instance.Meetings.Count} meetings (all required), " +
            $"{instance.SlotCount} slots, {instance.Locations.Count} tables, every table busy in every slot of the planted schedule; optimum 0 breaks" +
            (solutionFile is null ? "" : $"; planted schedule in {solutionFile.FullName}"));
        return ExitCodes.Ok;
    }

    private static Option<int> IntOption(string name, string description, int fallback) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
    };
}
