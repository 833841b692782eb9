namespace Specs.Inventory.Contracts;

/// <summary>
/// Marks a <c>sealed partial</c> class or record as an event contract: a fact the system recorded.
/// The source generator (Specs.Inventory.Generators) writes its FlatBuffers writer, its span
/// <c>View</c>, its <c>Decode</c> and its place in the <c>EventRecord</c> payload union.
/// </summary>
/// <remarks>
/// <para>
/// Contract ids never change and are never reused: they name the contract in the log, in the
/// catalog and in the union. They are allocated in blocks of 16 per DOMAIN.md area (1-based area
/// number n): events take <c>1000 + 16 × (n − 1)</c> to <c>+ 15</c>, commands
/// <c>2000 + 16 × (n − 1)</c> to <c>+ 15</c>. So catalog events are 1000-1015, ledger events
/// 1048-1063, receiving events 1064-1079; catalog commands 2000-2015, and so on.
/// </para>
/// <para>
/// Why 16 and not 20: the FlatBuffers union type is one unsigned byte. An event's union type is
/// derived from its id alone, <c>id − 999</c> (see <see cref="UnionTag"/>), so every event id must
/// lie in 1000-1254. Blocks of 16 fit the 14 areas (1000-1223) with room for two more. Deriving the
/// union type from the id, not from the order of the events, keeps old values readable whatever
/// ids are added later in any block.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventContractAttribute(int id, string description) : Attribute
{
    public const int FirstId = 1000;
    public const int LastId = FirstId + 254;

    public int Id { get; } = id;
    public string Description { get; } = description;

    /// <summary>The union type byte of an event id: stable because ids never change.</summary>
    public static byte UnionTag(int eventId) => checked((byte)(eventId - FirstId + 1));
}

/// <summary>
/// Marks a <c>sealed partial</c> class or record as a command contract: a request the system may
/// refuse. Ids 2000-2254, in blocks of 16 per DOMAIN.md area (see <see cref="EventContractAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CommandContractAttribute(int id, string description) : Attribute
{
    public const int FirstId = 2000;
    public const int LastId = FirstId + 254;

    public int Id { get; } = id;
    public string Description { get; } = description;
}

/// <summary>
/// Marks a <c>sealed partial</c> class or record as a value table nested inside contracts (for
/// example a receipt line). It has no id of its own: it is identified by its place in its owner.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ContractTableAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}

/// <summary>
/// A field of a contract. <paramref name="index"/> is the FlatBuffers field id: indexes are dense from
/// 0 and fields are only ever appended, never removed, renumbered or retyped, so values written
/// by any older version of the contract still decode (absent fields read as their defaults).
/// </summary>
/// <remarks>
/// Supported types: bool, sbyte, byte, short, ushort, int, uint, long, ulong, double, string, Guid,
/// enums with a member of value 0, <c>[ContractTable]</c> types, nullable forms of all of these
/// (absent means null), and arrays or <c>IReadOnlyList&lt;T&gt;</c> of the non-nullable forms.
/// Quantities are whole numbers (long); instants are Unix milliseconds (long).
/// </remarks>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class FieldAttribute(int index, string description) : Attribute
{
    public int Index { get; } = index;
    public string Description { get; } = description;
}

/// <summary>
/// Asks the generator to produce, for this assembly, the aggregate of all its contracts: the
/// <c>EventRecord</c> envelope with its payload union, <c>EventRecordWriter</c>,
/// <c>ContractCatalog</c> and <c>ContractSchema</c> (the exported .fbs), in <paramref name="schemaNamespace"/>.
/// </summary>
/// <param name="schemaNamespace">C# namespace of the generated types and FlatBuffers namespace of the schema.</param>
/// <param name="fileIdentifier">Four ASCII characters at bytes 4-7 of every EventRecord value.</param>
[AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
public sealed class ContractSetAttribute(string schemaNamespace, string fileIdentifier) : Attribute
{
    public string SchemaNamespace { get; } = schemaNamespace;
    public string FileIdentifier { get; } = fileIdentifier;
}
