using System.Globalization;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// Keys and values of views in a form a reader can check: a packed tuple as <c>(0, "damaged")</c> after its
/// partition byte, anything else in hex. Reports and failure messages use it; comparisons use the bytes.
/// </summary>
public static class KeyText
{
    /// <summary>Renders bytes whose first <paramref name="prefixBytes"/> bytes are a raw partition prefix.</summary>
    public static string Render(byte[] bytes, int prefixBytes = 1)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= prefixBytes)
        {
            try
            {
                var elements = TupleCodec.Unpack(bytes.AsSpan(prefixBytes));
                var prefix = prefixBytes == 0 ? "" : Convert.ToHexString(bytes, 0, prefixBytes) + " ";
                return prefix + "(" + string.Join(", ", elements.Select(Element)) + ")";
            }
            catch (TupleFormatException)
            {
                // Not a packed tuple: fall through to hex.
            }
        }

        return Convert.ToHexString(bytes);
    }

    private static string Element(object? element) => element switch
    {
        null => "null",
        string text => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool flag => flag ? "true" : "false",
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        IReadOnlyList<object?> nested => "(" + string.Join(", ", nested.Select(Element)) + ")",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => element.ToString() ?? "",
    };
}
