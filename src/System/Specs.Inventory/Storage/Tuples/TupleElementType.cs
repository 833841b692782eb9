namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// The kind of a tuple element, as a reader sees it. Integers of every width (including big integers)
/// are one kind, and so are false and true: within a kind, values order by their value.
/// </summary>
public enum TupleElementType
{
    Null,
    Bytes,
    String,
    Nested,
    Integer,
    Single,
    Double,
    Boolean,
    Uuid,
    Versionstamp,
}
