namespace Specs.Runner.Cli;

/// <summary>
/// A mistake of the person running `specs` (unknown flag, missing folder, empty selection, bad value):
/// printed as one line, exit code 2, never a stack trace.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
