using System.Buffers;
using System.Text.Json;

namespace Specs.Inventory.Host;

/// <summary>
/// The sentence a 400 gives for a body that is not JSON. System.Text.Json's messages are written for .NET
/// programmers ("Expected the input to start with a valid JSON token, when isFinalBlock is true"): a caller of the
/// API reads the parser's parameter names as ours, so the cases callers meet are said in their words.
/// </summary>
internal static class JsonSyntaxError
{
    public static string Describe(JsonException error, ReadOnlySequence<byte> body, string command)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (IsBlank(body))
        {
            return $"The body is empty; {command} takes a JSON object with its fields (GET /openapi.json describes them).";
        }

        var where = $"line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}";
        var message = FirstSentence(error.Message);
        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal))
        {
            return $"The body is not valid JSON ({where}): it ends before an object or array is closed.";
        }

        if (message.StartsWith("The maximum configured depth", StringComparison.Ordinal))
        {
            return $"The body is not valid JSON ({where}): it nests objects and arrays more than {ContractJsonReader.MaxDepth} deep.";
        }

        return $"The body is not valid JSON ({where}): {message.Replace(", when isFinalBlock is true", string.Empty, StringComparison.Ordinal)}";
    }

    private static bool IsBlank(ReadOnlySequence<byte> body)
    {
        foreach (var segment in body)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The message without the "LineNumber: ... Path: ..." tail, which the answer says in its own words.</summary>
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        end = end < 0 ? message.IndexOf(" Path:", StringComparison.Ordinal) : end;
        return end < 0 ? message : message[..end];
    }
}
