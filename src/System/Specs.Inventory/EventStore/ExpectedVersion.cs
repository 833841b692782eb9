namespace Specs.Inventory.EventStore;

/// <summary>
/// Optimistic concurrency for one stream: what the writer believes the stream's version is.
/// Versions count events in the stream: 0 means the stream has none yet.
/// </summary>
public readonly record struct ExpectedVersion
{
    private const ulong AnyMarker = ulong.MaxValue;

    private ExpectedVersion(ulong value) => Value = value;

    private ulong Value { get; }

    /// <summary>No check: append whatever the stream holds.</summary>
    public static ExpectedVersion Any { get; } = new(AnyMarker);

    /// <summary>The stream must not exist yet.</summary>
    public static ExpectedVersion NoStream { get; } = new(0);

    /// <summary>The stream must hold exactly <paramref name="version"/> events.</summary>
    public static ExpectedVersion Exactly(ulong version)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(version, AnyMarker);
        return new(version);
    }

    public bool IsAny => Value == AnyMarker;

    public bool Admits(ulong actualVersion) => IsAny || Value == actualVersion;

    public override string ToString() => IsAny ? "any" : Value == 0 ? "no stream" : $"version {Value}";
}
