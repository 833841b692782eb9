namespace Specs.Inventory.Generators;

/// <summary>
/// JSON property names as System.Text.Json's camelCase policy gives them, for generators that write JSON the
/// serializer would have written. Shared by file with the runner's generator (Specs.Runner.Generators links it):
/// two analyzer assemblies cannot reference each other, and the rule must be the same in both.
/// </summary>
internal static class JsonNames
{
    /// <summary>
    /// The name System.Text.Json's camelCase policy gives a property: the leading run of capitals in lower
    /// case, except the last one of the run when a lower-case letter follows it ("SKUCode" is "skuCode").
    /// </summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
