using System.Buffers;
using System.Text.Json;

namespace Specs.Inventory.Pipeline;

/// <summary>
/// Encodes stored responses (<see cref="CommandResponseCodec.Write"/>) with one buffer and one JSON writer, reset for
/// each: the command processor keeps one, because every command stores its response, on every replica, and a new
/// buffer and writer per response were a twentieth of what a simulated cluster allocated.
/// </summary>
/// <remarks>
/// Used by one thread, the processor's writer, like the processor itself. The JSON writer is never disposed: its
/// Dispose only flushes, which <see cref="Encode"/> does for each response, and it holds nothing else.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The JSON writer's Dispose only flushes (see remarks).")]
public sealed class ResponseEncoder
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    public ResponseEncoder()
    {
        _writer = new Utf8JsonWriter(_buffer);
    }

    /// <summary>The stored bytes of <paramref name="response"/>.</summary>
    public byte[] Encode(CommandResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        CommandResponseCodec.Write(_writer, response);
        _writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }
}
