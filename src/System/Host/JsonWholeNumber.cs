using System.Globalization;
using System.Text.Json;

namespace Specs.Inventory.Host;

/// <summary>
/// The exact value of a JSON number that is a whole number, however it is spelt. JSON has one number type, and
/// <c>1e3</c>, <c>1000.0</c> and <c>1000</c> are the same number: JSON Schema's <c>integer</c>, which the OpenAPI
/// document gives every whole-number field, is any number without a fractional part. Serializers write whole
/// numbers that way (JavaScript's <c>1e21</c>, Python's <c>1000.0</c>), so refusing them would refuse what the
/// document declares valid. The digits are read as written, never through a double, so nothing is rounded:
/// <c>1.0000000000000000000001e3</c> is a fraction, and <c>9223372036854775807.0</c> is long's largest value.
/// </summary>
internal static class JsonWholeNumber
{
    /// <summary>Digits a whole number may have before it is out of every integer type's range (ulong's largest has 20).</summary>
    private const int MaxDigits = 20;

    /// <summary>
    /// The number's value when it is whole and has at most 20 digits; false for a fraction (<c>2.5</c>, <c>1e-3</c>)
    /// or a number too large for any integer field (which the caller's range check would refuse anyway).
    /// </summary>
    public static bool TryRead(JsonElement json, out decimal value)
    {
        value = 0;
        if (json.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        // JsonDocument has checked the grammar: -? digits (. digits)? ([eE] [+-]? digits)?
        var text = json.GetRawText().AsSpan();
        var negative = text[0] == '-';
        text = negative ? text[1..] : text;
        var exponentAt = text.IndexOfAny('e', 'E');
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : Exponent(text[(exponentAt + 1)..]);
        var point = mantissa.IndexOf('.');
        var integral = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? [] : mantissa[(point + 1)..];

        // value = digits × 10^scale, with the digits' leading and trailing zeros taken off.
        var digits = string.Concat(integral, fraction).TrimStart('0');
        var scale = exponent - fraction.Length;
        var significant = digits.TrimEnd('0');
        scale += digits.Length - significant.Length;
        if (significant.Length == 0)
        {
            return true; // zero, however many zeros and whatever exponent
        }

        if (scale < 0 || significant.Length + scale > MaxDigits)
        {
            return false;
        }

        value = decimal.Parse(significant + new string('0', (int)scale), NumberStyles.None, CultureInfo.InvariantCulture);
        value = negative ? -value : value;
        return true;
    }

    /// <summary>The exponent, held to ±10^12: beyond that, every number with at most 20 digits is a fraction or out of range alike.</summary>
    private static long Exponent(ReadOnlySpan<char> text)
    {
        var negative = text[0] == '-';
        text = text[0] is '-' or '+' ? text[1..] : text;
        text = text.TrimStart('0');
        var magnitude = text.Length > 12 ? 1_000_000_000_000L : text.Length == 0 ? 0 : long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return negative ? -magnitude : magnitude;
    }
}
