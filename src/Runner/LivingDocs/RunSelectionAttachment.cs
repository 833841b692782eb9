using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// What a partial run selected (other paths than the corpus, --tags, --name), as one run-level JSON attachment of the
/// canonical stream: without it the site of `verify specs/picking` reads every term and rule of the other areas as a
/// gap, and so would the site `specs docs --from` rebuilds from that run's stream. A run of the whole corpus attaches
/// nothing, so its stream and its site stay as they were; so does a shard of it (<see cref="Cli.VerifyOptions.NarrowedTo"/>
/// leaves the shard out), so that the shards of one run, merged, read as that run.
/// </summary>
public static class RunSelectionAttachment
{
    /// <summary>The attachment's file name; its media type is application/json.</summary>
    public const string FileName = "specs-run-selection.json";

    /// <summary>The format of the body; a reader refuses a version it does not know.</summary>
    public const int Version = 1;

    /// <summary>
    /// The stream with the selection attached after testRunStarted and the other run-level attachments, when the run is
    /// partial; <paramref name="wholeFolders"/> says whether it selected whole folders only (<see cref="RunScope.Covers"/>).
    /// </summary>
    public static List<Envelope> Attach(List<Envelope> envelopes, string? selection, bool wholeFolders)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        if (selection is not null)
        {
            RunAttachments.InsertAfterStart(envelopes, FileName, new JsonObject
            {
                ["version"] = Version,
                ["selection"] = selection,
                ["wholeFolders"] = wholeFolders,
            }.ToJsonString());
        }

        return envelopes;
    }
}
