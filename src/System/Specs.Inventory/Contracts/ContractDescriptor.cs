namespace Specs.Inventory.Contracts;

/// <summary>What a contract is: commands and events have ids; tables are nested values.</summary>
public enum ContractKind
{
    Event,
    Command,
    Table,
}

/// <summary>One contract as the catalog publishes it. Generated from the contract's attributes.</summary>
/// <param name="Id">The stable contract id; 0 for nested tables.</param>
/// <param name="Kind">Event, command or nested table.</param>
/// <param name="ClrType">The C# type of the contract.</param>
/// <param name="SchemaName">The table's name in the exported FlatBuffers schema.</param>
/// <param name="Description">What the contract means to the business.</param>
/// <param name="Fields">The fields, by index.</param>
public sealed record ContractDescriptor(
    int Id,
    ContractKind Kind,
    Type ClrType,
    string SchemaName,
    string Description,
    IReadOnlyList<FieldDescriptor> Fields);

/// <summary>One field of a contract.</summary>
/// <param name="Index">The FlatBuffers field id.</param>
/// <param name="Name">The C# property name.</param>
/// <param name="SchemaName">The field name in the schema and in flatc's JSON (snake_case).</param>
/// <param name="SchemaType">The field type as written in the schema, such as <c>long</c> or <c>[ReceiptLine]</c>.</param>
/// <param name="IsOptional">Whether absence is meaningful (a nullable field): absent reads as null.</param>
/// <param name="Description">What the field means to the business.</param>
public sealed record FieldDescriptor(
    int Index,
    string Name,
    string SchemaName,
    string SchemaType,
    bool IsOptional,
    string Description);
