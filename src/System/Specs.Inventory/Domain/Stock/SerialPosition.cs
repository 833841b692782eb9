namespace Specs.Inventory.Domain.Stock;

/// <summary>Where a serial-numbered unit is. Areas that take units out of locations add places (picked, in transit).</summary>
public enum SerialPlace
{
    /// <summary>Known to the system (registered, removed, or shipped) but not on hand anywhere.</summary>
    NotInStock,

    /// <summary>On hand at <see cref="SerialPosition.Location"/>.</summary>
    AtLocation,

    /// <summary>Picked out of its location and not yet shipped or unpicked (areas 8-9).</summary>
    Picked,

    /// <summary>Shipped on a transfer and not yet received (area 10).</summary>
    InTransit,
}

/// <summary>One serial number of a SKU and its one place: a serial is never in two places.</summary>
public sealed record SerialPosition(string Serial, SerialPlace Place, LocationAddress? Location)
{
    public static SerialPosition NotInStock(string serial) => new(serial, SerialPlace.NotInStock, null);

    public static SerialPosition At(string serial, LocationAddress location) => new(serial, SerialPlace.AtLocation, location);

    /// <summary>A serial out of every location but still the business's (picked, in transit).</summary>
    public static SerialPosition Away(string serial, SerialPlace place) => new(serial, place, null);

    public bool IsAt(LocationAddress location) => Place == SerialPlace.AtLocation && Location == location;
}
