using Io.Cucumber.Messages.Types;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// Run-level JSON attachments of the canonical stream (no test case): what the living documentation must know about
/// the run as a whole (the contract catalog, the rules, the selection) travels in the stream, because `specs docs`
/// rebuilds the site from streams alone. They sit right after testRunStarted, in the order they were added, where
/// `specs merge` keeps each distinct one once.
/// </summary>
internal static class RunAttachments
{
    /// <summary>
    /// Inserts a JSON attachment after testRunStarted and the run-level attachments already there; a stream without
    /// testRunStarted, or with an attachment of that file name already, is returned unchanged.
    /// </summary>
    public static void InsertAfterStart(List<Envelope> envelopes, string fileName, string json)
    {
        if (envelopes.Any(envelope => envelope.Attachment?.FileName == fileName))
        {
            return;
        }

        var startedIndex = envelopes.FindIndex(envelope => envelope.TestRunStarted is not null);
        if (startedIndex < 0)
        {
            return;
        }

        var started = envelopes[startedIndex].TestRunStarted;
        var at = startedIndex + 1;
        while (at < envelopes.Count && envelopes[at].Attachment is { TestCaseStartedId: null, TestStepId: null, TestRunHookStartedId: null })
        {
            at++;
        }

        envelopes.Insert(at, Envelope.Create(new Attachment(
            json, AttachmentContentEncoding.IDENTITY, fileName, "application/json",
            null, null, null, null, started.Id, null, started.Timestamp)));
    }
}
