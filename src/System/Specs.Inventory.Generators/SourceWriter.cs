using System.Text;

namespace Specs.Inventory.Generators;

/// <summary>Writes indented C# source with '\n' line ends.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new StringBuilder(4096);
    private int _depth;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _depth++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _depth--;
        Line("}" + suffix);
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>A C# string literal for <paramref name="value"/>.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>A name as a C# local: PurchaseOrderId → purchaseOrderId.</summary>
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
