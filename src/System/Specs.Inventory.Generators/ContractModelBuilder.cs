using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Specs.Inventory.Generators;

/// <summary>Reads a contract's declaration (attributes, properties, types) into a <see cref="ContractModel"/>.</summary>
internal static class ContractModelBuilder
{
    public const string AttributeNamespace = "Specs.Inventory.Contracts";
    public const string EventAttribute = AttributeNamespace + ".EventContractAttribute";
    public const string CommandAttribute = AttributeNamespace + ".CommandContractAttribute";
    public const string TableAttribute = AttributeNamespace + ".ContractTableAttribute";
    public const string FieldAttribute = AttributeNamespace + ".FieldAttribute";
    public const string SetAttribute = AttributeNamespace + ".ContractSetAttribute";

    public const int FirstEventId = 1000;
    public const int LastEventId = 1254;
    public const int FirstCommandId = 2000;
    public const int LastCommandId = 2254;

    public static ContractModel Build(GeneratorAttributeSyntaxContext context, ContractKind kind)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var attribute = context.Attributes[0];
        var model = new ContractModel
        {
            Kind = kind,
            Name = type.Name,
            Namespace = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString(),
            FullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            IsRecord = type.IsRecord,
            Location = LocationInfo.From(type.Locations.FirstOrDefault()),
        };

        if (kind == ContractKind.Table)
        {
            model.Description = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
        }
        else
        {
            model.Id = attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int id ? id : 0;
            model.Description = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as string ?? "" : "";
            var first = kind == ContractKind.Event ? FirstEventId : FirstCommandId;
            var last = kind == ContractKind.Event ? LastEventId : LastCommandId;
            if (model.Id < first || model.Id > last)
            {
                model.Diagnostics.Add(new DiagnosticInfo(ContractDiagnostics.IdOutOfRange, model.Location, model.KindText, model.Id, type.Name, first, last));
            }
        }

        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword) || type.ContainingType is not null || type.IsGenericType || type.TypeKind != TypeKind.Class)
        {
            model.Diagnostics.Add(new DiagnosticInfo(ContractDiagnostics.NotPartial, model.Location, type.Name));
        }

        ReadFields(type, model);
        return model;
    }

    private static void ReadFields(INamedTypeSymbol type, ContractModel model)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is not IPropertySymbol property)
            {
                continue;
            }

            var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == FieldAttribute);
            if (attribute is null)
            {
                continue;
            }

            var location = LocationInfo.From(property.Locations.FirstOrDefault());
            if (property.IsStatic || property.DeclaredAccessibility != Accessibility.Public || property.GetMethod is null
                || property.SetMethod is null || property.SetMethod.DeclaredAccessibility != Accessibility.Public)
            {
                model.Diagnostics.Add(new DiagnosticInfo(ContractDiagnostics.FieldNotWritable, location, property.Name, type.Name));
                continue;
            }

            var field = new FieldModel
            {
                Index = attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int index ? index : -1,
                Description = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as string ?? "" : "",
                PropertyName = property.Name,
                SchemaName = SnakeCase(property.Name),
            };

            var why = ReadType(property.Type, property.NullableAnnotation, field, model, location);
            if (why is not null)
            {
                model.Diagnostics.Add(new DiagnosticInfo(ContractDiagnostics.UnsupportedFieldType, location, property.Name, type.Name, property.Type.ToDisplayString(), why));
                continue;
            }

            field.DeclarationOrder = model.Fields.Count;
            model.Fields.Add(field);
        }

        model.Fields.Sort((a, b) => a.Index.CompareTo(b.Index));
        var problems = new List<string>();
        for (var i = 0; i < model.Fields.Count; i++)
        {
            if (model.Fields[i].Index != i)
            {
                problems.Add($"'{model.Fields[i].PropertyName}' has index {model.Fields[i].Index} where {i} is expected");
                break;
            }
        }

        if (problems.Count > 0)
        {
            var indexes = string.Join(", ", model.Fields.Select(f => f.PropertyName + "=" + f.Index));
            model.Diagnostics.Add(new DiagnosticInfo(ContractDiagnostics.FieldIndexes, model.Location, type.Name, problems[0] + " (" + indexes + ")"));
        }
    }

    /// <summary>Fills the field's wire shape from its C# type; returns why it is unsupported, or null.</summary>
    private static string? ReadType(ITypeSymbol type, NullableAnnotation annotation, FieldModel field, ContractModel model, LocationInfo? location)
    {
        ITypeSymbol? element = null;
        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                return "only one-dimensional arrays are supported";
            }

            element = array.ElementType;
            field.IsArray = true;
        }
        else if (type is INamedTypeSymbol named && named.IsGenericType
            && named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyList_T)
        {
            element = named.TypeArguments[0];
        }

        if (element is not null)
        {
            field.IsVector = true;
            if (element.NullableAnnotation == NullableAnnotation.Annotated || IsNullableValue(element, out _))
            {
                return "elements of a vector cannot be null in FlatBuffers";
            }

            if (element is IArrayTypeSymbol || (element is INamedTypeSymbol inner && inner.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyList_T))
            {
                return "vectors of vectors are not supported; wrap the inner vector in a [ContractTable]";
            }

            return ReadElement(element, field, model, location);
        }

        if (IsNullableValue(type, out var underlying))
        {
            field.IsNullable = true;
            return ReadElement(underlying!, field, model, location);
        }

        field.IsNullable = annotation == NullableAnnotation.Annotated && type.IsReferenceType;
        return ReadElement(type, field, model, location);
    }

    private static string? ReadElement(ITypeSymbol type, FieldModel field, ContractModel model, LocationInfo? location)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            field.Shape = FieldShape.String;
            return null;
        }

        if (type.ToDisplayString() == "System.Guid")
        {
            field.Shape = FieldShape.Uuid;
            return null;
        }

        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
        {
            var underlying = enumType.EnumUnderlyingType is null ? null : ScalarType.From(enumType.EnumUnderlyingType.SpecialType);
            if (underlying is null)
            {
                return "the enum's underlying type is not an integer";
            }

            var members = new List<KeyValuePair<string, string>>();
            var hasZero = false;
            foreach (var member in enumType.GetMembers().OfType<IFieldSymbol>())
            {
                if (member.HasConstantValue)
                {
                    var value = System.Convert.ToString(member.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) ?? "0";
                    hasZero |= value == "0";
                    members.Add(new KeyValuePair<string, string>(member.Name, value));
                }
            }

            if (!hasZero)
            {
                model.Diagnostics.Add(new DiagnosticInfo(ContractDiagnostics.EnumWithoutZero, location, enumType.Name, field.PropertyName));
            }

            field.Shape = FieldShape.Scalar;
            field.Scalar = underlying;
            field.Enum = new EnumModel(enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), enumType.Name, underlying, members);
            return null;
        }

        var scalar = ScalarType.From(type.SpecialType);
        if (scalar is not null)
        {
            field.Shape = FieldShape.Scalar;
            field.Scalar = scalar;
            return null;
        }

        if (type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == TableAttribute))
        {
            field.Shape = FieldShape.Table;
            field.TableFullName = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            field.TableSchemaName = type.Name;
            return null;
        }

        return "use bool, an integer type, double, string, Guid, an enum, a [ContractTable] type, a nullable of one of these, or an array or IReadOnlyList<T> of them";
    }

    private static bool IsNullableValue(ITypeSymbol type, out ITypeSymbol? underlying)
    {
        if (type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            underlying = named.TypeArguments[0];
            return true;
        }

        underlying = null;
        return false;
    }

    /// <summary>PurchaseOrderId → purchase_order_id; SKUCode → sku_code (flatc's field naming).</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var acronymEnds = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousLower || acronymEnds)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static ContractSetModel? ReadContractSet(Compilation compilation)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == SetAttribute && attribute.ConstructorArguments.Length == 2)
            {
                var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation());
                return new ContractSetModel(
                    attribute.ConstructorArguments[0].Value as string ?? "",
                    attribute.ConstructorArguments[1].Value as string ?? "",
                    location);
            }
        }

        return null;
    }
}
