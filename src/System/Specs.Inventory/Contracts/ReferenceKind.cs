namespace Specs.Inventory.Contracts;

/// <summary>The kinds of reference data other areas cite by name. Part of the contracts: values never change.</summary>
public enum ReferenceKind : byte
{
    /// <summary>A reason for a stock change (received, damaged, found...).</summary>
    Reason = 0,

    /// <summary>A supplier that purchase orders are placed with.</summary>
    Supplier = 1,

    /// <summary>A sales channel that sales come from and quantities are pushed to.</summary>
    Channel = 2,
}
