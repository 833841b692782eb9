using System.Text.Json;
using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Sales;

namespace Specs.Inventory.Host;

/// <summary>
/// The ids an accepted command's answer names, so a client can cite what it just made without parsing stream names or
/// computing hashes: the entity of a stream named by its id (a picklist, a count, a transfer, a shipped sale:
/// <c>picklistId</c>, <c>countId</c>...), and the sale of a command that names one by channel and external id
/// (<c>saleId</c>, which picking and shipping cite; it is derived, <see cref="SaleIds"/>). Ids are written with
/// hyphens, the form every command reads.
/// </summary>
internal static class AnsweredIds
{
    /// <summary>
    /// The streams named by one entity's id, and the field that carries it. Listed, not guessed: a SKU, hold id or
    /// purchase-order number may look like a UUID, and is a code, not an id the server made.
    /// </summary>
    private static readonly (string Prefix, string Field)[] IdStreams =
    [
        ("picklist/", "picklistId"),
        ("count/", "countId"),
        ("transfer/", "transferId"),
        ("sale/", "saleId"), // shipping's stream of a sale, sale/<id>; an imported sale's is sale/<channel>/<external id>
    ];

    public static void Write(Utf8JsonWriter writer, ContractShape shape, ICommandContract? command, string stream)
    {
        var entity = StreamEntity(stream);
        if (entity is { } named)
        {
            writer.WriteString(named.Field, named.Id.ToString("D"));
        }

        if (entity?.Field != "saleId" && command is not null && SaleOf(shape, command) is { } saleId)
        {
            writer.WriteString("saleId", saleId.ToString("D"));
        }
    }

    /// <summary>"picklist/0f8f..." → ("picklistId", the id); null for a stream not named by one id.</summary>
    private static (string Field, Guid Id)? StreamEntity(string stream)
    {
        foreach (var (prefix, field) in IdStreams)
        {
            if (stream.StartsWith(prefix, StringComparison.Ordinal) && stream[prefix.Length..] is var text
                && (Guid.TryParseExact(text, "D", out var id) || Guid.TryParseExact(text, "N", out id)))
            {
                return (field, id);
            }
        }

        return null;
    }

    /// <summary>The id of the sale a command names by channel and external id, read as the rules read them (trimmed).</summary>
    private static Guid? SaleOf(ContractShape shape, ICommandContract command) =>
        shape.ByJsonName.TryGetValue("channel", out var channel) && shape.ByJsonName.TryGetValue("externalId", out var externalId)
        && channel.Property.GetValue(command) is string channelName && externalId.Property.GetValue(command) is string saleExternalId
            ? SaleIds.Of(Codes.Normalize(channelName), Codes.Normalize(saleExternalId))
            : null;
}
