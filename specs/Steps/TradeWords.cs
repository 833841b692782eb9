using System.Globalization;
using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Scenarios;

namespace Specs.Steps;

/// <summary>
/// The words and tables the scenarios of areas 5-7 share: sale statuses and priorities as people say them,
/// instants, optional table cells, and expected events whose server-stamped times are "now".
/// </summary>
public static class TradeWords
{
    /// <summary>A regular expression group for the statuses a channel reports.</summary>
    public const string Status = "(open|awaiting payment|on hold|cancelled)";

    /// <summary>A regular expression group for the priorities of a sale.</summary>
    public const string Priority = "(normal|high|urgent)";

    /// <summary>A regular expression group for an instant as ClockSteps reads it.</summary>
    public const string Instant = @"(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?Z?)?)";

    public static SaleStatus ParseStatus(string words) => words switch
    {
        "open" => SaleStatus.Open,
        "awaiting payment" => SaleStatus.AwaitingPayment,
        "on hold" => SaleStatus.OnHold,
        "cancelled" => SaleStatus.Cancelled,
        _ => throw new ArgumentException($"'{words}' is not a sale status: say open, awaiting payment, on hold or cancelled.", nameof(words)),
    };

    public static SalePriority ParsePriority(string word) => word switch
    {
        "normal" => SalePriority.Normal,
        "high" => SalePriority.High,
        "urgent" => SalePriority.Urgent,
        _ => throw new ArgumentException($"'{word}' is not a sale priority: say normal, high or urgent.", nameof(word)),
    };

    /// <summary>An instant as Unix milliseconds (UTC, written 2026-03-01 09:00).</summary>
    public static long UnixMs(string instant) => ClockSteps.ParseInstant(instant).ToUnixTimeMilliseconds();

    /// <summary>The cell of <paramref name="column"/>, or null when the table has no such column or the cell is empty.</summary>
    public static string? Cell(DataTableRow row, string column) => row.ContainsKey(column) && row[column] is { Length: > 0 } value ? value : null;

    /// <summary>A whole number cell (units, minor units).</summary>
    public static long Number(DataTableRow row, string column) =>
        Cell(row, column) is { } text ? Whole(text, column)
        : throw new ArgumentException($"The table needs a '{column}' value in every row.", nameof(column));

    /// <summary>A whole number cell, or null when empty.</summary>
    public static long? OptionalNumber(DataTableRow row, string column) =>
        Cell(row, column) is { } text ? Whole(text, column) : null;

    /// <summary>
    /// A table cell read as a whole number; anything else is the spec writer's mistake, named by its column and text
    /// (a bare FormatException named neither).
    /// </summary>
    public static long Whole(string text, string column) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"The '{column}' column holds '{text}', which is not a whole number from {long.MinValue} to {long.MaxValue}.", nameof(text));

    /// <summary>A list cell: values separated by commas (serial numbers).</summary>
    public static IReadOnlyList<string> List(DataTableRow row, string column) =>
        Cell(row, column) is { } text ? [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];

    /// <summary>Expects exactly <paramref name="payload"/> on <paramref name="stream"/>, except that the named fields hold the time the When ran.</summary>
    public static ExpectedEvent RecordedNow(IEventContract payload, string stream, params string[] nowFields)
    {
        var expected = ExpectedEvent.Of(payload, stream);
        var fields = new Dictionary<string, string?>(expected.Fields, StringComparer.Ordinal);
        foreach (var field in nowFields)
        {
            fields[field] = Placeholders.Now;
        }

        return expected with { Fields = fields };
    }

    /// <summary>The <paramref name="index"/>-th numbered product (N-001, N-002, ...), for the line-count boundaries.</summary>
    public static string NumberedSku(int index) => string.Create(CultureInfo.InvariantCulture, $"N-{index:000}");

    /// <summary>The number of a numbered product.</summary>
    public static int NumberOf(string sku) => sku.StartsWith("N-", StringComparison.Ordinal) && int.TryParse(sku.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        ? number
        : throw new ArgumentException($"'{sku}' is not a numbered product: say N-001, N-002, ...", nameof(sku));

    /// <summary>A code of exactly <paramref name="length"/> characters, for the 64-character boundaries of ids and numbers.</summary>
    public static string CodeOfLength(string prefix, int length) => length <= prefix.Length ? prefix[..Math.Max(0, length)] : prefix + new string('9', length - prefix.Length);
}
