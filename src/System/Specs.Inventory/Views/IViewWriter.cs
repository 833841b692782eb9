namespace Specs.Inventory.Views;

/// <summary>
/// The keys of one view, as <see cref="IView.Apply"/> sees them: live, the write transaction (scoped
/// to the view's subspace); on replay, a sorted map in memory. Keys are whole keys, prefix included.
/// A span read here is valid until the next write.
/// </summary>
public interface IViewWriter
{
    bool TryGet(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value);

    void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    bool Delete(ReadOnlySpan<byte> key);
}
