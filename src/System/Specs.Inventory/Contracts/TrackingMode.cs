namespace Specs.Inventory.Contracts;

/// <summary>How a product's units are identified in stock. Part of the contracts: values never change.</summary>
public enum TrackingMode : byte
{
    /// <summary>Units are interchangeable; only quantities are kept.</summary>
    None = 0,

    /// <summary>Every movement names the lot (batch) of the units.</summary>
    Lot = 1,

    /// <summary>Every unit has its own serial number; serial count equals quantity.</summary>
    Serial = 2,
}
