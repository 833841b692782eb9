namespace Specs.Inventory.Pipeline;

/// <summary>What the writer answers to one <see cref="PipelineRequest"/>, given only once its transaction committed.</summary>
public abstract record PipelineResult;

/// <summary>The answer to a <see cref="SubmitCommand"/>.</summary>
/// <param name="Response">The response; for a repeat, the first response, as stored.</param>
/// <param name="IsRepeat">Whether the idempotency key had been seen with the same request: nothing was written.</param>
public sealed record CommandOutcome(CommandResponse Response, bool IsRepeat) : PipelineResult;

/// <summary>The answer to an <see cref="AdvanceClock"/>.</summary>
/// <param name="NowUnixMs">The node's time afterwards.</param>
/// <param name="TimerDecisions">Due decisions recorded (those that emitted events).</param>
/// <param name="TimerEvents">Events they recorded.</param>
public sealed record ClockAdvanced(long NowUnixMs, int TimerDecisions, int TimerEvents) : PipelineResult;
