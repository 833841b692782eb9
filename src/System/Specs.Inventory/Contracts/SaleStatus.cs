namespace Specs.Inventory.Contracts;

/// <summary>
/// Where a sale stands as its channel reports it. Every status but <see cref="Cancelled"/> keeps the sale's
/// units Pending (a channel's sale is the merchant's promise); cancelling releases them. Part of the
/// contracts: values never change.
/// </summary>
public enum SaleStatus : byte
{
    /// <summary>Sold and to be fulfilled.</summary>
    Open = 0,

    /// <summary>Sold, the channel still collecting payment; the units stay reserved.</summary>
    AwaitingPayment = 1,

    /// <summary>Paused by the merchant or the channel (fraud check, address query); the units stay reserved.</summary>
    OnHold = 2,

    /// <summary>Cancelled: nothing more will happen to the sale and its units are released.</summary>
    Cancelled = 3,
}
