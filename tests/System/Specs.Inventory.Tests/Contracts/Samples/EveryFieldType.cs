using Specs.Inventory.Contracts;

namespace Specs.Inventory.Tests.Contracts.Samples;

/// <summary>An int-backed enum with gaps, to check enum values survive the wire unchanged.</summary>
public enum Shade
{
    Unknown = 0,
    Red = 1,
    Green = 2,
    Blue = 100,
}

/// <summary>A byte-backed enum.</summary>
public enum Grade : byte
{
    Ungraded = 0,
    A = 1,
    B = 2,
}

[ContractTable("A nested sample table.")]
public sealed partial class SampleDetail
{
    [Field(0, "A label.")]
    public string Label { get; init; } = "";

    [Field(1, "A count.")]
    public int Count { get; init; }

    [Field(2, "Some ids.")]
    public Guid[] Tags { get; init; } = [];
}

/// <summary>Every field type the generator supports, for round-trip tests (not part of any contract set).</summary>
[CommandContract(2250, "Every supported field type.")]
public sealed partial record EveryFieldType
{
    [Field(0, "bool")]
    public bool Flag { get; init; }

    [Field(1, "byte")]
    public byte Small { get; init; }

    [Field(2, "short")]
    public short Medium { get; init; }

    [Field(3, "int")]
    public int Number { get; init; }

    [Field(4, "long")]
    public long Big { get; init; }

    [Field(5, "ulong")]
    public ulong Unsigned { get; init; }

    [Field(6, "double")]
    public double Ratio { get; init; }

    [Field(7, "string")]
    public string Text { get; init; } = "";

    [Field(8, "optional string")]
    public string? OptionalText { get; init; }

    [Field(9, "Guid")]
    public Guid Id { get; init; }

    [Field(10, "optional Guid")]
    public Guid? OptionalId { get; init; }

    [Field(11, "byte enum")]
    public Grade Grade { get; init; }

    [Field(12, "int enum")]
    public Shade Shade { get; init; }

    [Field(13, "optional long")]
    public long? OptionalBig { get; init; }

    [Field(14, "optional enum")]
    public Shade? OptionalShade { get; init; }

    [Field(15, "nested table")]
    public SampleDetail Detail { get; init; } = new();

    [Field(16, "optional nested table")]
    public SampleDetail? OptionalDetail { get; init; }

    [Field(17, "bool vector")]
    public bool[] Flags { get; init; } = [];

    [Field(18, "long vector")]
    public long[] Numbers { get; init; } = [];

    [Field(19, "double list")]
    public IReadOnlyList<double> Ratios { get; init; } = [];

    [Field(20, "string vector")]
    public string[] Texts { get; init; } = [];

    [Field(21, "Guid vector")]
    public Guid[] Ids { get; init; } = [];

    [Field(22, "byte enum vector")]
    public Grade[] Grades { get; init; } = [];

    [Field(23, "int enum vector")]
    public Shade[] Shades { get; init; } = [];

    [Field(24, "table list")]
    public IReadOnlyList<SampleDetail> Details { get; init; } = [];

    [Field(25, "sbyte")]
    public sbyte Tiny { get; init; }

    [Field(26, "ushort")]
    public ushort Port { get; init; }

    [Field(27, "uint")]
    public uint Count32 { get; init; }

    [Field(28, "byte vector")]
    public byte[] Bytes { get; init; } = [];

    [Field(29, "short vector")]
    public short[] Shorts { get; init; } = [];

    [Field(30, "optional bool")]
    public bool? OptionalFlag { get; init; }
}
