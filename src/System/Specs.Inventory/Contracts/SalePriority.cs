namespace Specs.Inventory.Contracts;

/// <summary>How urgently a sale is to be fulfilled; allocation serves higher priorities first, then older sales. Part of the contracts: values never change.</summary>
public enum SalePriority : byte
{
    /// <summary>Standard shipping.</summary>
    Normal = 0,

    /// <summary>Paid-for faster shipping.</summary>
    High = 1,

    /// <summary>Next-day or same-day promises.</summary>
    Urgent = 2,
}
