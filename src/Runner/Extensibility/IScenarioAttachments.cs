namespace Specs.Runner.Extensibility;

/// <summary>
/// Lets code running inside a scenario (the scenario host, step definitions) add attachments to the canonical
/// message stream. The runner registers one per attempt in the scenario's container, so a step class or the
/// host takes it as a constructor parameter. An attachment belongs to the step running when it is added.
/// Bodies longer than <see cref="Execution.ScenarioRecorder.AttachmentBytesMax"/> characters are cut.
/// </summary>
public interface IScenarioAttachments
{
    /// <summary>Adds a text attachment with the given media type (for example text/markdown).</summary>
    void Attach(string body, string mediaType, string? fileName = null);

    /// <summary>Adds an application/json attachment: the host's record of the scenario, a verification finding.</summary>
    void AttachJson(string json, string? fileName = null);

    /// <summary>
    /// Adds a binary attachment (a screenshot, a PDF), carried base64-encoded in the stream (contentEncoding
    /// BASE64) whatever its media type. Bodies longer than <see cref="Execution.ScenarioRecorder.AttachmentBytesMax"/> bytes are cut.
    /// </summary>
    void AttachBytes(ReadOnlySpan<byte> body, string mediaType, string? fileName = null);

    /// <summary>Adds a log line, shown as such by Cucumber reports (media type text/x.cucumber.log+plain).</summary>
    void Log(string text) => Attach(text, LogMediaType);

    /// <summary>Adds a link (media type text/uri-list).</summary>
    void Link(string uri) => Attach(uri, UriListMediaType);

    /// <summary>The media type Cucumber reports show as a log line.</summary>
    const string LogMediaType = "text/x.cucumber.log+plain";

    /// <summary>The media type of a link attachment.</summary>
    const string UriListMediaType = "text/uri-list";
}
