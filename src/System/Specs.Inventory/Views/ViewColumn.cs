namespace Specs.Inventory.Views;

/// <summary>
/// One element of a view's key or value tuple: its camelCase name in the domain's words and what it holds.
/// Readers (the HTTP API) use it to show rows as named fields with enums by member name, and to parse a key
/// prefix a caller types; it describes stored bytes, it never changes them.
/// </summary>
public sealed class ViewColumn
{
    private readonly Dictionary<long, string>? _enumNames;

    private ViewColumn(string name, ViewColumnType type, bool isNullable, Type? enumType, IReadOnlyList<ViewColumn>? items, long tag)
    {
        Name = name;
        Type = type;
        IsNullable = isNullable;
        EnumType = enumType;
        Items = items;
        TagValue = tag;
        if (enumType is not null)
        {
            _enumNames = [];
            foreach (var value in System.Enum.GetValuesAsUnderlyingType(enumType))
            {
                _enumNames[Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)] = System.Enum.GetName(enumType, value)!;
            }
        }
    }

    /// <summary>The field's name; for a <see cref="ViewColumnType.Tag"/>, the name of the row kind it marks.</summary>
    public string Name { get; }

    public ViewColumnType Type { get; }

    /// <summary>Whether the element may be null (an optional description, an expiry not set).</summary>
    public bool IsNullable { get; }

    /// <summary>For <see cref="ViewColumnType.Enum"/>: the enum whose integer value is stored.</summary>
    public Type? EnumType { get; }

    /// <summary>For <see cref="ViewColumnType.Nested"/>: the names of each nested tuple's elements.</summary>
    public IReadOnlyList<ViewColumn>? Items { get; }

    /// <summary>For <see cref="ViewColumnType.Tag"/>: the integer the key holds at this place.</summary>
    public long TagValue { get; }

    /// <summary>For <see cref="ViewColumnType.Enum"/>: the member names by stored value, in value order.</summary>
    public IEnumerable<string> EnumNames => _enumNames is null ? [] : _enumNames.OrderBy(pair => pair.Key).Select(pair => pair.Value);

    /// <summary>A key element that marks the row kind <paramref name="kind"/> with the constant <paramref name="value"/>.</summary>
    public static ViewColumn Tag(string kind, long value) => new(kind, ViewColumnType.Tag, false, null, null, value);

    public static ViewColumn Text(string name) => new(name, ViewColumnType.Text, false, null, null, 0);

    public static ViewColumn Number(string name) => new(name, ViewColumnType.Number, false, null, null, 0);

    public static ViewColumn Flag(string name) => new(name, ViewColumnType.Flag, false, null, null, 0);

    public static ViewColumn Id(string name) => new(name, ViewColumnType.Id, false, null, null, 0);

    public static ViewColumn Enum<TEnum>(string name)
        where TEnum : struct, System.Enum => new(name, ViewColumnType.Enum, false, typeof(TEnum), null, 0);

    public static ViewColumn TextList(string name) => new(name, ViewColumnType.TextList, false, null, null, 0);

    public static ViewColumn Nested(string name, params ViewColumn[] items) => new(name, ViewColumnType.Nested, false, null, items, 0);

    /// <summary>The same column, which may hold null.</summary>
    public ViewColumn OrNull() => new(Name, Type, isNullable: true, EnumType, Items, TagValue);

    /// <summary>The member name of a stored enum value; null when the value names no member (a newer build's member).</summary>
    public string? EnumName(long value) => _enumNames is not null && _enumNames.TryGetValue(value, out var name) ? name : null;

    /// <summary>The stored value of a member name, in any case, as commands accept enums.</summary>
    public bool TryEnumValue(string name, out long value)
    {
        foreach (var (stored, member) in _enumNames ?? [])
        {
            if (string.Equals(member, name, StringComparison.OrdinalIgnoreCase))
            {
                value = stored;
                return true;
            }
        }

        value = 0;
        return false;
    }

    public override string ToString() => Type == ViewColumnType.Tag ? $"{TagValue}" : Name;
}
