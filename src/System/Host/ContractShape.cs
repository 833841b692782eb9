using System.Reflection;
using System.Text.Json;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Host;

/// <summary>
/// How one contract (command, event or nested table) maps to JSON: its fields under their camelCase
/// names, each with its JSON shape. Built once from <see cref="ContractCatalog"/> and reflection, so a
/// new contract is on the API without any code of its own.
/// </summary>
internal sealed class ContractShape
{
    private ContractShape(ContractDescriptor descriptor, Func<object> create)
    {
        Descriptor = descriptor;
        Create = create;
    }

    public ContractDescriptor Descriptor { get; }

    public string Name => Descriptor.SchemaName;

    /// <summary>A new instance with every field at its declared default.</summary>
    public Func<object> Create { get; }

    public IReadOnlyList<FieldShape> Fields { get; private set; } = [];

    /// <summary>Fields by JSON name (exact, camelCase).</summary>
    public IReadOnlyDictionary<string, FieldShape> ByJsonName { get; private set; } = new Dictionary<string, FieldShape>();

    /// <summary>The shapes of every contract and table of the catalog, by CLR type.</summary>
    public static IReadOnlyDictionary<Type, ContractShape> BuildAll()
    {
        var shapes = new Dictionary<Type, ContractShape>();
        var all = ContractCatalog.Contracts.Concat(ContractCatalog.Tables).ToArray();
        foreach (var descriptor in all)
        {
            var type = descriptor.ClrType;
            var constructor = type.GetConstructor(Type.EmptyTypes)
                ?? throw new InvalidOperationException($"Contract {type.FullName} has no parameterless constructor; the generator gives every contract one.");
            shapes[type] = new ContractShape(descriptor, () => constructor.Invoke(null));
        }

        foreach (var shape in shapes.Values)
        {
            var fields = new List<FieldShape>();
            foreach (var field in shape.Descriptor.Fields.OrderBy(field => field.Index))
            {
                var property = shape.Descriptor.ClrType.GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance)
                    ?? throw new InvalidOperationException($"Contract {shape.Name} has no property {field.Name} for field {field.Index}.");
                var type = FieldType.Of(property.PropertyType, shapes, $"{shape.Name}.{field.Name}");
                fields.Add(new FieldShape(field, property, JsonNamingPolicy.CamelCase.ConvertName(field.Name), type, IsRequiredInJson(field, property, type), fields.Count));
            }

            shape.Fields = fields;
            shape.ByJsonName = fields.ToDictionary(field => field.JsonName, StringComparer.Ordinal);
        }

        return shapes;
    }

    /// <summary>
    /// A request must name every field that has no meaningful absence: all but nullable fields, lists
    /// (absent is empty), enums (absent is the member of value 0, such as <c>None</c>) and booleans
    /// (absent is false). So a forgotten quantity or id is a 400, never a silent zero. An enum that is the
    /// command's whole point (<c>SetTracking.Tracking</c>) is declared <c>required</c> on the contract: there a
    /// forgotten field would silently set the member of value 0.
    /// </summary>
    private static bool IsRequiredInJson(FieldDescriptor field, PropertyInfo property, FieldType type) =>
        (!field.IsOptional && !type.IsNullable && type.Kind is not (FieldKind.List or FieldKind.Enum or FieldKind.Boolean))
        || (type.Kind == FieldKind.Enum && !type.IsNullable && property.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute), inherit: false));
}

/// <summary>One field of a contract as JSON sees it; <paramref name="Position"/> is its place in <see cref="ContractShape.Fields"/>.</summary>
internal sealed record FieldShape(FieldDescriptor Descriptor, PropertyInfo Property, string JsonName, FieldType Type, bool IsRequired, int Position);
