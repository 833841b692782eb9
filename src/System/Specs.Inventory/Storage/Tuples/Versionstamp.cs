using System.Buffers.Binary;

namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// A 96-bit versionstamp (tuple type code 0x33): a 10-byte transaction version (8-byte database commit
/// version and 2-byte batch number, both big-endian) followed by a 2-byte user version that orders
/// writes within one transaction. Versionstamps order as their 12 big-endian bytes do.
/// </summary>
public readonly struct Versionstamp : IEquatable<Versionstamp>, IComparable<Versionstamp>, IComparable
{
    /// <summary>The encoded size in bytes.</summary>
    public const int Size = 12;

    /// <summary>The size of the transaction version part (database version and batch number).</summary>
    public const int TransactionVersionSize = 10;

    public Versionstamp(ulong databaseVersion, ushort batchVersion, ushort userVersion)
    {
        DatabaseVersion = databaseVersion;
        BatchVersion = batchVersion;
        UserVersion = userVersion;
    }

    /// <summary>Builds a versionstamp from a 10-byte transaction version and a user version.</summary>
    public Versionstamp(ReadOnlySpan<byte> transactionVersion, ushort userVersion)
    {
        if (transactionVersion.Length != TransactionVersionSize)
        {
            throw new ArgumentException(
                $"A transaction version is {TransactionVersionSize} bytes, not {transactionVersion.Length}.",
                nameof(transactionVersion));
        }

        DatabaseVersion = BinaryPrimitives.ReadUInt64BigEndian(transactionVersion);
        BatchVersion = BinaryPrimitives.ReadUInt16BigEndian(transactionVersion[8..]);
        UserVersion = userVersion;
    }

    /// <summary>The database commit version (the first 8 bytes).</summary>
    public ulong DatabaseVersion { get; }

    /// <summary>The batch number among transactions committed at the same version (bytes 9 and 10).</summary>
    public ushort BatchVersion { get; }

    /// <summary>The order of a write within its transaction (the last 2 bytes).</summary>
    public ushort UserVersion { get; }

    /// <summary>Reads the 12-byte big-endian form.</summary>
    public static Versionstamp FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A versionstamp is {Size} bytes, not {bytes.Length}.", nameof(bytes));
        }

        return new Versionstamp(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt16BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt16BigEndian(bytes[10..]));
    }

    /// <summary>Writes the 12-byte big-endian form into the first 12 bytes of <paramref name="destination"/>.</summary>
    public void WriteTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException($"A versionstamp needs {Size} bytes, the destination has {destination.Length}.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, DatabaseVersion);
        BinaryPrimitives.WriteUInt16BigEndian(destination[8..], BatchVersion);
        BinaryPrimitives.WriteUInt16BigEndian(destination[10..], UserVersion);
    }

    /// <summary>The 12-byte big-endian form.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        WriteTo(bytes);
        return bytes;
    }

    public int CompareTo(Versionstamp other)
    {
        var byDatabase = DatabaseVersion.CompareTo(other.DatabaseVersion);
        if (byDatabase != 0)
        {
            return byDatabase;
        }

        var byBatch = BatchVersion.CompareTo(other.BatchVersion);
        return byBatch != 0 ? byBatch : UserVersion.CompareTo(other.UserVersion);
    }

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Versionstamp other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a versionstamp with {obj.GetType().Name}.", nameof(obj)),
    };

    public bool Equals(Versionstamp other) =>
        DatabaseVersion == other.DatabaseVersion && BatchVersion == other.BatchVersion && UserVersion == other.UserVersion;

    public override bool Equals(object? obj) => obj is Versionstamp other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(DatabaseVersion, BatchVersion, UserVersion);

    /// <summary>Hex of the transaction version, a colon, hex of the user version: <c>00000000000000010002:0003</c>.</summary>
    public override string ToString() => $"{DatabaseVersion:X16}{BatchVersion:X4}:{UserVersion:X4}";

    public static bool operator ==(Versionstamp left, Versionstamp right) => left.Equals(right);

    public static bool operator !=(Versionstamp left, Versionstamp right) => !left.Equals(right);

    public static bool operator <(Versionstamp left, Versionstamp right) => left.CompareTo(right) < 0;

    public static bool operator <=(Versionstamp left, Versionstamp right) => left.CompareTo(right) <= 0;

    public static bool operator >(Versionstamp left, Versionstamp right) => left.CompareTo(right) > 0;

    public static bool operator >=(Versionstamp left, Versionstamp right) => left.CompareTo(right) >= 0;
}
