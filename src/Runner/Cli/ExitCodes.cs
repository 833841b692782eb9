namespace Specs.Runner;

/// <summary>
/// Exit codes of `specs`, as documented in docs/runner.md, "Console and exit codes" (and in the project's design
/// notes, ARCHITECTURE.md, kept outside this repository).
/// </summary>
public static class ExitCodes
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Internal = 3;
}
