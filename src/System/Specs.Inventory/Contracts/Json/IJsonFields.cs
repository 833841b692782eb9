using System.Text.Json.Nodes;

namespace Specs.Inventory.Contracts.Json;

/// <summary>
/// A value whose fields the contract generator writes as JSON: every [EventContract], [CommandContract] and
/// [ContractTable] type. (Not part of <see cref="IContractValue"/>: the replication requests are hand-written
/// commands that are never shown as JSON.)
/// </summary>
public interface IJsonFields
{
    /// <summary>
    /// This value's fields as a new JSON object, generated: the same object System.Text.Json's reflection
    /// serializer makes with camelCase names and enums by name (properties in declaration order, Guids as
    /// "D" strings, absent values as null, vectors as arrays, nested tables as objects), without reflection.
    /// </summary>
    JsonObject ToJsonFields();
}
