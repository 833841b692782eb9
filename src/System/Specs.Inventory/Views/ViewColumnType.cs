namespace Specs.Inventory.Views;

/// <summary>What one element of a view's key or value tuple holds, so a reader can show and parse it without guessing.</summary>
public enum ViewColumnType
{
    /// <summary>A constant integer of the key that tells a view's row kinds apart; shown as the row's kind, not as a field.</summary>
    Tag,

    /// <summary>A string. In keys, codes are folded to lower case (<see cref="ViewRows.Fold"/>).</summary>
    Text,

    /// <summary>A whole number (quantities, minor units, Unix milliseconds, line indexes).</summary>
    Number,

    /// <summary>A boolean.</summary>
    Flag,

    /// <summary>A UUID.</summary>
    Id,

    /// <summary>An enum stored as its integer value; shown by member name (<see cref="ViewColumn.EnumType"/>).</summary>
    Enum,

    /// <summary>A nested tuple of strings (a product's alternate SKUs, a count's locations).</summary>
    TextList,

    /// <summary>A nested tuple of tuples, each named by <see cref="ViewColumn.Items"/> (a kit's lines).</summary>
    Nested,
}
