using System.CommandLine;

namespace Specs.Runner;

/// <summary>The `specs` command line: one subcommand per job.</summary>
public static class SpecsCommand
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Specs: spec-first verification of an event-driven inventory system.");
        var verify = new Command("verify", "Run the scenarios under specs/ against a target.");
        verify.SetAction(_ =>
        {
            Console.Error.WriteLine(
                "specs verify: the scenario runner is not built yet. The storage engine it stands on is verified by `dotnet test Specs.sln`.");
            return ExitCodes.Usage;
        });
        root.Subcommands.Add(verify);
        return root.Parse(args).Invoke();
    }
}

/// <summary>Exit codes of `specs`, as documented in ARCHITECTURE.md.</summary>
public static class ExitCodes
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Internal = 3;
}
