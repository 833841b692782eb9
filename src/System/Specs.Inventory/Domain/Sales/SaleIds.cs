using System.IO.Hashing;
using System.Text;

namespace Specs.Inventory.Domain.Sales;

/// <summary>
/// The id of a sale: a name-based UUID (RFC 9562 version 8) derived from its channel and external id, compared
/// without regard to case like the sale itself. Picking and shipping cite sales by this id.
/// </summary>
/// <remarks>
/// Derived rather than drawn from the id port so that a channel's caller, a scenario and every replica can compute
/// it from what they already know ("sale WEB-1001 of the web shop"), and so a re-imported sale keeps its id.
/// XxHash128 is a fixed, published function: the same sale has the same id in every build.
/// </remarks>
public static class SaleIds
{
    private const int UuidBytes = 16;

    public static Guid Of(string channel, string externalId)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(externalId);
        var name = Encoding.UTF8.GetBytes("sale\u001f" + SalesState.KeyOf(channel, externalId));
        Span<byte> bytes = stackalloc byte[UuidBytes];
        XxHash128.Hash(name, bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom, name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // the RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
