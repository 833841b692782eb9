using System.Text.Json.Nodes;

namespace Specs.Inventory.Contracts.Json;

/// <summary>Helpers for the generated <see cref="IJsonFields.ToJsonFields"/> methods.</summary>
public static class JsonFields
{
    /// <summary>A vector as a JSON array of its elements, or null when the vector itself is null (as the serializer writes it).</summary>
    public static JsonArray? Array<T>(IReadOnlyList<T>? items, Func<T, JsonNode?> element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (items is null)
        {
            return null;
        }

        var array = new JsonArray();
        for (var i = 0; i < items.Count; i++)
        {
            array.Add(element(items[i]));
        }

        return array;
    }
}
