using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Tests.Solving;

public class SolverCatalogTests
{
    [Theory]
    [InlineData("auto", SolverKind.Auto)]
    [InlineData("heuristic", SolverKind.Heuristic)]
    [InlineData("cpsat", SolverKind.CpSat)]
    [InlineData("CpSat", SolverKind.CpSat)]
    [InlineData("hybrid", SolverKind.Hybrid)]
    [InlineData("break-minimizing", SolverKind.BreakMinimizing)]
    [InlineData("BreakMinimizing", SolverKind.BreakMinimizing)]
    [InlineData("lns", SolverKind.BreakMinimizing)]
    [InlineData("LNS", SolverKind.BreakMinimizing)]
    public void A_solver_is_found_by_its_name_its_kind_or_an_alias(string name, SolverKind kind)
    {
        Assert.True(SolverCatalog.TryParse(name, out var found));
        Assert.Equal(kind, found);
    }

    [Theory]
    [InlineData("magic")]
    [InlineData("4")]
    [InlineData("heuristic,cpsat")]
    [InlineData("")]
    public void Other_names_are_refused(string name)
    {
        Assert.False(SolverCatalog.TryParse(name, out _));
    }

    [Fact]
    public void The_break_minimizing_solver_reports_its_command_line_name()
    {
        Assert.Equal(["auto", "heuristic", "cpsat", "hybrid", "break-minimizing"], SolverCatalog.Names);
        Assert.IsType<BreakMinimizingSolver>(SolverCatalog.Create(SolverKind.BreakMinimizing));
        Assert.Equal(BreakMinimizingSolver.Name, SolverCatalog.Name(SolverKind.BreakMinimizing));
    }
}
