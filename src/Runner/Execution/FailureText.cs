namespace Specs.Runner.Execution;

/// <summary>
/// The text a failed step or hook reports: the exception as .NET writes it, without the frames of the reflection
/// call that reached the binding.
/// </summary>
/// <remarks>
/// Those frames say nothing about the failure, and they are not even stable: the runtime calls a method through its
/// own invoke path first and through a stub it emits later (<c>InvokeStub_...</c>), so the same failure read
/// differently in a second run of one process, and a report written twice with a fixed clock was not byte for byte
/// the same.
/// </remarks>
public static class FailureText
{
    public static string Of(Exception error) =>
        string.Join('\n', error.ToString().Split('\n').Where(line => !IsInvocationFrame(line)));

    private static bool IsInvocationFrame(string line)
    {
        var frame = line.AsSpan().TrimStart();
        return frame.StartsWith("at System.Reflection.", StringComparison.Ordinal)
            || frame.StartsWith("at InvokeStub_", StringComparison.Ordinal)
            || frame.StartsWith("at System.RuntimeMethodHandle.InvokeMethod", StringComparison.Ordinal);
    }
}
