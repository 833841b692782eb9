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
    public static string Of(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is Reqnroll.BoDi.ObjectContainerException)
        {
            // A step class whose constructor asks for a service nothing registered: a mistake of configuration, not of
            // the scenario, and the container's own frames only say where in Reqnroll it noticed.
            return $"{error.GetType().FullName}: {error.Message}\nA step class's constructor asks for something no one registered. "
                + "The scenario host and the other services step classes take come from the target: run with --target lmdb or sim "
                + "(--target none registers nothing), or pass --steps with the step assembly meant for this target.";
        }

        return string.Join('\n', error.ToString().Split('\n').Where(line => !IsInvocationFrame(line)));
    }

    private static bool IsInvocationFrame(string line)
    {
        var frame = line.AsSpan().TrimStart();
        return frame.StartsWith("at System.Reflection.", StringComparison.Ordinal)
            || frame.StartsWith("at InvokeStub_", StringComparison.Ordinal)
            || frame.StartsWith("at System.RuntimeMethodHandle.InvokeMethod", StringComparison.Ordinal);
    }
}
