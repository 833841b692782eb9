using System.Buffers;
using System.Text.Json;

namespace Specs.Runner.Reporting;

/// <summary>
/// A JSON writer and its buffer for each thread, kept and reset between documents: what the message stream's
/// envelopes and the scenario records are written through. A fresh buffer per document grew by doubling every time,
/// and the big ones (a scenario record reaches half a megabyte) put arrays of 128 KiB to 1 MiB on the large-object heap
/// each time, whose budget running out starts a full collection. Held in static fields for the process's life.
/// </summary>
internal sealed class PerThreadJsonWriter(JsonWriterOptions options) : IDisposable
{
    private readonly ThreadLocal<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)> _state = new(() =>
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, options));
    });

    /// <summary>
    /// The UTF-8 JSON <paramref name="write"/> makes of <paramref name="value"/>; valid until this thread writes the next
    /// document, so copy it out (as a string or an array) before that.
    /// </summary>
    public ReadOnlySpan<byte> Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var (buffer, writer) = _state.Value;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer, value);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    public void Dispose() => _state.Dispose();
}
