namespace Specs.Inventory.Contracts.Wire;

/// <summary>
/// Where <see cref="TableReader.At"/> found a table and its vtable in a buffer of
/// <see cref="BufferLength"/> bytes, after checking them. Holding it lets a reader that opened a table
/// once reopen it over the same bytes without repeating those checks (<see cref="TableReader.Reopen"/>).
/// </summary>
internal readonly record struct TableShape(int Table, int Vtable, int VtableSize, int BufferLength);
