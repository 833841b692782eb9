namespace Specs.Inventory.Domain.Stock;

/// <summary>Where a serial-numbered unit is. Areas that take units out of locations add places (picked, in transit).</summary>
public enum SerialPlace
{
    /// <summary>Known to the system (registered, removed, or shipped) but not on hand anywhere.</summary>
    NotInStock,

    /// <summary>On hand at <see cref="SerialPosition.Location"/>.</summary>
    AtLocation,
}

/// <summary>One serial number of a SKU and its one place: a serial is never in two places.</summary>
public sealed record SerialPosition(string Serial, SerialPlace Place, LocationAddress? Location)
{
    public static SerialPosition NotInStock(string serial) => new(serial, SerialPlace.NotInStock, null);

    public static SerialPosition At(string serial, LocationAddress location) => new(serial, SerialPlace.AtLocation, location);

    public bool IsAt(LocationAddress location) => Place == SerialPlace.AtLocation && Location == location;
}
