using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Specs.Inventory.Domain;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// Describes every kind of refusal (<see cref="DomainError"/> record) of an assembly for the glossary: its
/// name, its area, the rules it enforces, its fields and its description, taken from the XML documentation
/// the build writes next to the assembly (Directory.Build.props turns it on for every project). A refusal
/// has no attribute of its own: its doc comment is where the team already explains it.
/// </summary>
public static partial class DomainErrorCatalog
{
    /// <summary>One kind of refusal.</summary>
    public sealed record ErrorEntry(string Name, string Area, IReadOnlyList<string> Rules, string Description, IReadOnlyList<ErrorField> Fields);

    /// <summary>One field a refusal carries (a positional parameter of its record).</summary>
    public sealed record ErrorField(string Name, string Type, bool Optional, string Description);

    public static IReadOnlyList<ErrorEntry> Describe(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var docs = LoadDocs(assembly);
        return assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(DomainError)) && !type.IsAbstract && type.IsPublic)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => Entry(type, docs))
            .ToList();
    }

    private static ErrorEntry Entry(Type type, IReadOnlyDictionary<string, XElement> docs)
    {
        var member = docs.GetValueOrDefault("T:" + type.FullName);
        var summary = Text(member?.Element("summary"));
        var description = RulePrefix().Replace(summary, "");
        description = description.Length > 0 ? char.ToUpperInvariant(description[0]) + description[1..] : summary;
        var parameters = type.GetConstructors()
            .OrderByDescending(constructor => constructor.GetParameters().Length)
            .FirstOrDefault()?.GetParameters() ?? [];
        var fields = parameters.Select(parameter => new ErrorField(
            CamelCase(parameter.Name!),
            TypeName(parameter.ParameterType),
            Nullable.GetUnderlyingType(parameter.ParameterType) is not null || new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable,
            Text(member?.Elements("param").FirstOrDefault(param => (string?)param.Attribute("name") == parameter.Name)))).ToList();
        var rules = RuleId().Matches(summary).Select(match => match.Value).Distinct(StringComparer.Ordinal).ToList();
        return new ErrorEntry(type.Name, ContractCatalogAttachment.AreaOf(type), rules, description, fields);
    }

    /// <summary>The documentation members by id (T:Namespace.Type), or none when the XML file is not beside the assembly.</summary>
    private static Dictionary<string, XElement> LoadDocs(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (string.IsNullOrEmpty(assembly.Location) || !File.Exists(path))
        {
            return [];
        }

        return XDocument.Load(path).Descendants("member")
            .Where(member => member.Attribute("name") is not null)
            .GroupBy(member => (string)member.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }

    /// <summary>A doc element's text on one line: cref and paramref references by their short names, whitespace collapsed.</summary>
    private static string Text(XElement? element)
    {
        if (element is null)
        {
            return "";
        }

        var parts = element.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } reference => ShortName((string?)reference.Attribute("cref") ?? (string?)reference.Attribute("langword") ?? reference.Value),
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? "",
            XElement other => Text(other),
            _ => "",
        });
        return Whitespace().Replace(string.Concat(parts), " ").Trim();
    }

    private static string ShortName(string cref)
    {
        var colon = cref.IndexOf(':', StringComparison.Ordinal);
        var name = colon >= 0 ? cref[(colon + 1)..] : cref;
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }

    private static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying);
        }

        // As the contracts' schema names it, so a refusal's id reads like a command's.
        if (type == typeof(Guid))
        {
            return "Uuid";
        }

        if (type.IsArray)
        {
            return "[" + TypeName(type.GetElementType()!) + "]";
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            return "[" + TypeName(item) + "]";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => "string",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Boolean => "bool",
            TypeCode.Double => "double",
            TypeCode.Decimal => "decimal",
            TypeCode.UInt64 => "ulong",
            _ => type.Name,
        };
    }

    /// <summary>camelCase as the scenario record writes property names (JsonNamingPolicy.CamelCase).</summary>
    public static string CamelCase(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    [GeneratedRegex(@"R-\d+\.\d+")]
    private static partial Regex RuleId();

    // "R-1.1: the code is..." → "the code is...": the rules are listed on their own.
    [GeneratedRegex(@"^(R-\d+\.\d+(\s*(,|and)\s*R-\d+\.\d+)*)\s*:\s*")]
    private static partial Regex RulePrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
