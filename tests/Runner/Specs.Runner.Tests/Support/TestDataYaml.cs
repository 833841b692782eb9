namespace Specs.Runner.Tests.Support;

/// <summary>
/// Reads the small YAML subset of cucumber/tag-expressions' test data: a list of maps whose values are
/// single-quoted strings, booleans, flow lists of single-quoted strings, or (for `tests:`) nested lists of
/// such maps. Enough for those three files, and it fails loudly on anything else.
/// </summary>
public static class TestDataYaml
{
    public static List<Dictionary<string, object>> ReadList(string path)
    {
        var lines = File.ReadAllLines(path).Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#')).ToList();
        var position = 0;
        return ReadItems(lines, ref position, indent: 0);
    }

    private static List<Dictionary<string, object>> ReadItems(List<string> lines, ref int position, int indent)
    {
        var items = new List<Dictionary<string, object>>();
        while (position < lines.Count && Indent(lines[position]) == indent && lines[position].TrimStart().StartsWith("- ", StringComparison.Ordinal))
        {
            var item = new Dictionary<string, object>(StringComparer.Ordinal);
            var keyIndent = indent + 2;
            ReadPair(lines[position].Substring(indent + 2), lines, ref position, keyIndent, item);
            while (position < lines.Count && Indent(lines[position]) == keyIndent && !lines[position].TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                ReadPair(lines[position].Substring(keyIndent), lines, ref position, keyIndent, item);
            }

            items.Add(item);
        }

        return items;
    }

    private static void ReadPair(string text, List<string> lines, ref int position, int indent, Dictionary<string, object> item)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var key = text[..colon];
        var value = text[(colon + 1)..].Trim();
        position++;
        if (value.Length == 0)
        {
            item[key] = ReadItems(lines, ref position, Indent(lines[position]));
            return;
        }

        item[key] = ParseScalarOrList(value);
    }

    private static object ParseScalarOrList(string value)
    {
        if (value.StartsWith('['))
        {
            var items = new List<string>();
            var index = 1;
            while (true)
            {
                while (value[index] is ' ' or ',')
                {
                    index++;
                }

                if (value[index] == ']')
                {
                    return items;
                }

                items.Add(ReadQuoted(value, ref index));
            }
        }

        if (value.StartsWith('\''))
        {
            var index = 0;
            return ReadQuoted(value, ref index);
        }

        return value switch
        {
            "true" => true,
            "false" => false,
            _ => throw new FormatException($"unsupported YAML value: {value}"),
        };
    }

    /// <summary>A single-quoted YAML string: backslashes are literal, '' is one quote.</summary>
    private static string ReadQuoted(string text, ref int index)
    {
        if (text[index] != '\'')
        {
            throw new FormatException($"expected a single-quoted string at {index} in {text}");
        }

        var result = new System.Text.StringBuilder();
        index++;
        while (true)
        {
            if (text[index] == '\'')
            {
                if (index + 1 < text.Length && text[index + 1] == '\'')
                {
                    result.Append('\'');
                    index += 2;
                    continue;
                }

                index++;
                return result.ToString();
            }

            result.Append(text[index++]);
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;
}
