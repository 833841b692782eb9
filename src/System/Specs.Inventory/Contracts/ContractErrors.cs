using Specs.Inventory.Storage;

namespace Specs.Inventory.Contracts;

/// <summary>
/// A stored value names a contract this build does not know: a union type or contract id written by
/// a newer (or different) contract set. It is reported, never decoded as something else.
/// </summary>
/// <param name="what">What kind of number it is, such as "event union type" or "contract id".</param>
/// <param name="value">The unknown number.</param>
/// <param name="where">Where it was read, such as "EventRecord.payload_type at byte 22 of 184".</param>
public sealed class UnknownContractException(string what, long value, string where)
    : StorageException($"Unknown {what} {value} at {where}: no contract in this build has it. The value was written by a newer or different contract set; upgrade the reader, never guess.")
{
    public string What { get; } = what;
    public long Value { get; } = value;
    public string Where { get; } = where;
}

/// <summary>
/// A FlatBuffers value is not well formed: a wrong file identifier, a truncated buffer or an offset
/// that points outside the value. Readers check every offset against the span, so corrupt bytes end
/// here instead of being read outside the value.
/// </summary>
/// <param name="table">The table being read.</param>
/// <param name="fieldId">The field being read, or -1 for the table itself.</param>
/// <param name="position">The byte position in the value where the problem was found.</param>
/// <param name="length">The length of the value in bytes.</param>
/// <param name="why">What is wrong.</param>
public sealed class MalformedContractException(string table, int fieldId, long position, int length, string why)
    : StorageException(fieldId < 0
        ? $"Malformed {table} value at byte {position} of {length}: {why}."
        : $"Malformed {table} value, field {fieldId}, at byte {position} of {length}: {why}.")
{
    public string Table { get; } = table;
    public int FieldId { get; } = fieldId;
    public long Position { get; } = position;
    public int Length { get; } = length;
    public string Why { get; } = why;
}
