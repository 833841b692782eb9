namespace Specs.Runner.Hunting;

/// <summary>What one step of a history does.</summary>
internal enum StepKind
{
    /// <summary>Submit a command (made from the contract when the step runs, against what the history knows then).</summary>
    Command,

    /// <summary>Submit the previous command again with the same idempotency key (a client retrying).</summary>
    Retry,

    /// <summary>Move the clock forward: a step of time, or exactly onto an expiry that is coming up.</summary>
    AdvanceClock,
}

/// <summary>
/// One step of a history, as data: what to do and the seed of its choices. A command's fields are chosen when
/// the step runs, from its seed and what the history knows then, so the step stays meaningful when the shrinker
/// removes others. <paramref name="Slot"/> is the pool entry a setup step creates (-1: not a setup step).
/// </summary>
internal sealed record HistoryStep(StepKind Kind, string Command, int Slot, ulong Seed)
{
    public bool IsSetup => Slot >= 0;

    public override string ToString() => Kind switch
    {
        StepKind.Command => IsSetup ? $"{Command}#{Slot}" : Command,
        StepKind.Retry => "retry",
        _ => "clock",
    };
}
