using Specs.Inventory.Contracts;

namespace Specs.Inventory.Pipeline;

/// <summary>Something the single writer does inside a batch: decide a command, or move the node's time forward.</summary>
public abstract record PipelineRequest;

/// <summary>
/// A command to decide and record.
/// </summary>
/// <param name="Command">The command.</param>
/// <param name="IdempotencyKey">When given, a repeat with the same key and the same request returns the first response and writes nothing.</param>
/// <param name="ExpectedStreamVersion">When given, the optimistic check: the command's stream must hold exactly this many events (0: must not exist yet).</param>
public sealed record SubmitCommand(ICommandContract Command, string? IdempotencyKey = null, ulong? ExpectedStreamVersion = null) : PipelineRequest;

/// <summary>
/// "The clock advances to T": the node's time becomes at least <paramref name="ToUnixMs"/> (it never
/// goes back), and every timer rule due by then fires through the same path as commands.
/// </summary>
public sealed record AdvanceClock(long ToUnixMs) : PipelineRequest;
