using Specs.Inventory.Diagnostics;
using Specs.Inventory.Domain.Text;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>
/// What the tuple-keyed views share: keys fold codes to Unicode Form C and lower case (codes compare without
/// regard to case or to how an accent was typed, so a lookup in any spelling finds the row), values are packed tuples, and a row whose value
/// would be empty is deleted rather than stored, so a rebuilt view holds exactly the rows that matter.
/// </summary>
public static class ViewRows
{
    /// <summary>The largest row packed on the stack; a longer one (long names, many alternates) gets an array of its own.</summary>
    private const int StackRowBytes = 512;

    /// <summary>The longest code folded on the stack (codes are at most <see cref="Domain.Codes.MaxCodeLength"/> characters).</summary>
    private const int StackCodeChars = 128;

    /// <summary>
    /// A code as keys hold it. Commands record codes composed already (<see cref="Domain.Codes.Normalize"/>); composing
    /// here too lets a query typed with a decomposed accent find the row.
    /// </summary>
    public static string Fold(string code) => CanonicalForm.Compose(code).ToLowerInvariant();

    /// <summary>
    /// Writes <paramref name="code"/> lower-cased as a string element, without making the lower-cased string: what
    /// <see cref="Fold"/> does after composing. Views that pack their keys with a <see cref="TupleWriter"/> write codes
    /// this way, composing first where their keys always have (<see cref="CanonicalForm.Compose"/>; the writer then
    /// needs room for <see cref="TextBound"/> of the composed code).
    /// </summary>
    public static void WriteLowerCased(ref TupleWriter writer, string code)
    {
        Span<char> lowered = code.Length <= StackCodeChars ? stackalloc char[StackCodeChars] : new char[code.Length];
        var length = code.AsSpan().ToLowerInvariant(lowered);
        writer.WriteString(lowered[..length]);
    }

    /// <summary>
    /// The most bytes a string element of <paramref name="text"/> packs to: a type code, a terminator and three UTF-8
    /// bytes per UTF-16 char (a zero char's escape is two bytes for one char).
    /// </summary>
    public static int TextBound(string text) => 2 + (3 * text.Length);

    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/>, or deletes the key when the value is null.</summary>
    public static void Set(IViewWriter view, byte[] key, object?[]? value)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (value is null)
        {
            view.Delete(key);
            return;
        }

        // The store copies what it is given, so the value is packed into a stack buffer when it fits: a packed array
        // per row written was garbage as soon as Put returned.
        var size = TupleCodec.GetPackedSize(value);
        Span<byte> buffer = size <= StackRowBytes ? stackalloc byte[StackRowBytes] : new byte[size];
        var writer = new TupleWriter(buffer[..size]);
        TupleCodec.WriteElements(ref writer, value);
        Invariant.Assert(writer.Length == size, "the size computed for a row matches what the writer wrote");
        view.Put(key, writer.Written);
    }

    /// <summary>The stored value of <paramref name="key"/> as its elements, or null.</summary>
    public static IReadOnlyList<object?>? Find(IReadTransaction transaction, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return transaction.TryGet(key, out var value) ? TupleCodec.Unpack(value) : null;
    }

    /// <summary>The values under a tuple prefix, in key order, at most <paramref name="limit"/>, after the key <paramref name="afterKey"/> if given.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> List(IReadTransaction transaction, Subspace subspace, object?[] prefix, int limit, byte[]? afterKey = null)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(subspace);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var range = subspace.Range(prefix);
        var begin = afterKey is null ? range.Begin : KeyRange.PrefixSuccessor(afterKey);
        var rows = new List<IReadOnlyList<object?>>();
        using var cursor = transaction.Range(begin, range.End, limit: limit);
        while (cursor.MoveNext())
        {
            rows.Add(TupleCodec.Unpack(cursor.Value));
        }

        return rows;
    }

    public static string Text(IReadOnlyList<object?> row, int index) => (string)row[index]!;

    public static string? OptionalText(IReadOnlyList<object?> row, int index) => index < row.Count ? (string?)row[index] : null;

    public static long Number(IReadOnlyList<object?> row, int index) => index < row.Count ? Convert.ToInt64(row[index], System.Globalization.CultureInfo.InvariantCulture) : 0;

    public static long? OptionalNumber(IReadOnlyList<object?> row, int index) =>
        index < row.Count && row[index] is { } value ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static bool Flag(IReadOnlyList<object?> row, int index) => (bool)row[index]!;
}
