using CsCheck;

namespace Specs.Runner.Hunting;

/// <summary>
/// The random choices of one step, drawn with CsCheck generators from the step's own PCG stream: the same seed
/// always makes the same choices, so a history replays exactly and a step keeps its choices when the shrinker
/// removes the steps around it.
/// </summary>
internal sealed class Draw(ulong seed)
{
    private static readonly Gen<int> Permille = Gen.Int[0, 999];

    private readonly PCG _random = new(7, seed);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => Permille.Generate(_random, null, out _) < probability * 1000;

    /// <summary>A whole number from <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public int Between(int low, int high) => Gen.Int[low, high].Generate(_random, null, out _);

    /// <summary>One of <paramref name="items"/> (which must not be empty).</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary>One of <paramref name="items"/>, or <paramref name="none"/> when there is none.</summary>
    public T? PickOr<T>(IReadOnlyList<T> items, T? none) => items.Count == 0 ? none : Pick(items);

    /// <summary>A fresh 64-bit value (for ids nobody recorded: an unknown picklist, transfer or count).</summary>
    public ulong Next64() => _random.Next64();
}
