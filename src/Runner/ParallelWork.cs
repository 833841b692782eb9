namespace Specs.Runner;

/// <summary>
/// Independent pieces of one job run on every core (the features of a run parsed, the reports written, the
/// scenarios of the living docs built), failing as they would one by one.
/// </summary>
internal static class ParallelWork
{
    /// <summary>Runs <paramref name="body"/> for 0..count-1 in parallel; a failure surfaces as itself.</summary>
    public static void For(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException error)
        {
            // A user's mistake found in one piece (a malformed record, a report path that cannot be written) is
            // reported by the caller as it was when the pieces ran one by one; an AggregateException would hide it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
        }
    }
}
