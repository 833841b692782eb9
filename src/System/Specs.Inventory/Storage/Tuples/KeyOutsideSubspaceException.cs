namespace Specs.Inventory.Storage.Tuples;

/// <summary>A key was unpacked with a subspace whose prefix it does not start with.</summary>
public sealed class KeyOutsideSubspaceException(string keyHex, string prefixHex)
    : StorageException($"Key {keyHex} is not in the subspace with prefix {(prefixHex.Length == 0 ? "(empty)" : prefixHex)}: " +
                       "it does not start with the prefix. Unpack it with the subspace that packed it.")
{
    public string KeyHex { get; } = keyHex;
    public string PrefixHex { get; } = prefixHex;
}
