using System.Text.Json;
using Specs.Inventory.Contracts;
using Specs.Inventory.Domain.Sales;

namespace Specs.Inventory.Host;

/// <summary>
/// The ids an accepted command's answer names, so a client can cite what it just made without parsing stream names or
/// computing hashes: the entity of a stream named <c>kind/UUID</c> (a picklist, a count: <c>picklistId</c>,
/// <c>countId</c>), and the sale of a command that names one by channel and external id (<c>saleId</c>, which
/// picking and shipping cite; it is derived, <see cref="SaleIds"/>). Ids are written with hyphens, the form every
/// command reads.
/// </summary>
internal static class AnsweredIds
{
    public static void Write(Utf8JsonWriter writer, ContractShape shape, ICommandContract? command, string stream)
    {
        if (StreamEntity(stream) is { } entity)
        {
            writer.WriteString(entity.Name, entity.Id.ToString("D"));
        }

        if (command is not null && SaleOf(shape, command) is { } saleId && StreamEntity(stream)?.Name != "saleId")
        {
            writer.WriteString("saleId", saleId.ToString("D"));
        }
    }

    /// <summary>"picklist/0f8f..." → ("picklistId", the id); null for a stream not named by one id.</summary>
    private static (string Name, Guid Id)? StreamEntity(string stream)
    {
        var slash = stream.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || stream.IndexOf('/', slash + 1) >= 0)
        {
            return null;
        }

        var text = stream[(slash + 1)..];
        return Guid.TryParseExact(text, "D", out var id) || Guid.TryParseExact(text, "N", out id)
            ? (JsonNamingPolicy.CamelCase.ConvertName(stream[..slash]) + "Id", id)
            : null;
    }

    private static Guid? SaleOf(ContractShape shape, ICommandContract command) =>
        shape.ByJsonName.TryGetValue("channel", out var channel) && shape.ByJsonName.TryGetValue("externalId", out var externalId)
        && channel.Property.GetValue(command) is string channelName && externalId.Property.GetValue(command) is string saleExternalId
            ? SaleIds.Of(channelName, saleExternalId)
            : null;
}
