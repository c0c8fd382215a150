using BenchmarkDotNet.Running;
using SpaceBridge.Web.Benchmarks;

// dotnet run -c Release --project tests/SpaceBridge.Web.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(RegistrationImportBenchmarks).Assembly).Run(args);
