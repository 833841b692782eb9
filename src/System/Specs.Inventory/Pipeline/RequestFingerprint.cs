using System.Buffers.Binary;
using System.IO.Hashing;
using Google.FlatBuffers;
using Specs.Inventory.Contracts.Wire;

namespace Specs.Inventory.Pipeline;

/// <summary>
/// A 64-bit fingerprint of a command request: its contract id, its expected stream version and its
/// FlatBuffers bytes. The idempotency record keeps it, so that the same key sent with another request
/// is told so instead of silently getting the first request's response.
/// </summary>
/// <remarks>FlatBuffers output is a function of the field values, so equal requests always agree.</remarks>
public sealed class RequestFingerprint
{
    private readonly FlatBufferBuilder _builder = new(256);

    // Reset per request rather than made anew: one writer thread fingerprints every request it is given.
    private readonly XxHash64 _hash = new();

    public ulong Of(SubmitCommand request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _builder.Clear();
        _builder.Finish(request.Command.WriteTo(_builder));
        var hash = _hash;
        hash.Reset();
        Span<byte> header = stackalloc byte[sizeof(int) + 1 + sizeof(ulong)];
        BinaryPrimitives.WriteInt32BigEndian(header, request.Command.ContractId);
        header[sizeof(int)] = request.ExpectedStreamVersion is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteUInt64BigEndian(header[(sizeof(int) + 1)..], request.ExpectedStreamVersion ?? 0);
        hash.Append(header);
        hash.Append(ContractWriter.Finished(_builder));
        return hash.GetCurrentHashAsUInt64();
    }
}
