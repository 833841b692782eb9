namespace Specs.Inventory.Views;

/// <summary>
/// Lines stored flat at the end of a value tuple, each <see cref="Columns"/>.Count elements long (a purchase order's
/// lines, a sale's sold and reserved lines): one value per entity, so removed lines need no deletes. Readers show
/// them as an array of named objects under <see cref="Name"/>.
/// </summary>
/// <param name="Name">The array's name in the row's value.</param>
/// <param name="Columns">The elements of one line.</param>
/// <param name="CountColumn">The value column that holds how many lines there are; null when the lines run to the end of the tuple.</param>
public sealed record ViewRepeat(string Name, IReadOnlyList<ViewColumn> Columns, string? CountColumn = null);
