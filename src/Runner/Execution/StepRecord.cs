using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Execution;

/// <summary>What happened in one test step of one attempt: a scenario hook or a pickle step.</summary>
public sealed class StepRecord
{
    /// <summary>The hook id for a hook step; null for a pickle step.</summary>
    public string? HookId { get; init; }

    /// <summary>The pickle step for a pickle step; null for a hook step.</summary>
    public PickleStep? PickleStep { get; init; }

    public List<string> StepDefinitionIds { get; } = [];

    public List<StepMatchArgumentsList> StepMatchArgumentsLists { get; } = [];

    public TestStepResultStatus Status { get; set; } = TestStepResultStatus.UNKNOWN;

    public TimeSpan Duration { get; set; }

    public string? ErrorMessage { get; set; }

    public string? ErrorType { get; set; }

    /// <summary>The exception's own message (ErrorMessage holds the whole text with the stack trace).</summary>
    public string? ExceptionMessage { get; set; }

    public Timestamp? Started { get; set; }

    public Timestamp? Finished { get; set; }

    public long StartTicks { get; set; }

    public List<AttachmentRecord> Attachments { get; } = [];
}

/// <summary>An attachment added while a step ran (log line, JSON record of the scenario host, ...).</summary>
public sealed record AttachmentRecord(
    string Body, string MediaType, string? FileName, Timestamp Timestamp, AttachmentContentEncoding ContentEncoding = AttachmentContentEncoding.IDENTITY);
