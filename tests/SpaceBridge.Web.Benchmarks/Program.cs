using BenchmarkDotNet.Running;
using SpaceBridge.Web.Benchmarks;
using SpaceBridge.Web.Benchmarks.Recommendations;

// dotnet run -c Release --project tests/SpaceBridge.Web.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/SpaceBridge.Web.Benchmarks -- quality --orgs 300 --seed 1
// dotnet run -c Release --project tests/SpaceBridge.Web.Benchmarks -- --filter '*ReportBenchmarks*'
// dotnet run -c Release --project tests/SpaceBridge.Web.Benchmarks -- load-forum --provider postgres --connection "..." --accounts 200 --password "..."
switch (args.FirstOrDefault())
{
    case "quality":
        return QualityCommand.Run(args[1..]);
    case "load-forum":
        return LoadForumCommand.Run(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(RegistrationImportBenchmarks).Assembly).Run(args);
return 0;
