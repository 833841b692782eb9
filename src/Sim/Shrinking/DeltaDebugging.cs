namespace Specs.Sim.Shrinking;

/// <summary>What <see cref="DeltaDebugging.Minimize{T}"/> found: the smallest failing list it reached and how many tests it ran.</summary>
/// <param name="Items">A failing sub-list of the input, in the input's order.</param>
/// <param name="Tests">How many times the failure test was called (cached repeats not counted).</param>
/// <param name="Exhausted">The test budget ran out before the list was 1-minimal.</param>
public sealed record DeltaDebuggingResult<T>(IReadOnlyList<T> Items, int Tests, bool Exhausted);

/// <summary>
/// Zeller and Hildebrandt's ddmin: reduces a failing list to a 1-minimal failing sub-list (removing any
/// one element makes the failure go away) by testing ever finer chunks and their complements. Unlike
/// trimming the tail, it can drop faults from anywhere in a schedule, which matters because the fault
/// that breaks an invariant is often early and the faults after it are noise.
/// </summary>
/// <remarks>
/// The test is called on sub-lists only; the caller vouches that the whole list fails. Results are cached
/// by the set of positions kept, so a sub-list is never tested twice. The budget is a fixed number of
/// tests (never wall time) so that a shrink is the same on a slow machine.
/// </remarks>
public static class DeltaDebugging
{
    /// <summary>Reduces <paramref name="items"/> while <paramref name="fails"/> holds, in at most <paramref name="maxTests"/> tests.</summary>
    public static DeltaDebuggingResult<T> Minimize<T>(IReadOnlyList<T> items, Func<IReadOnlyList<T>, bool> fails, int maxTests)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fails);
        ArgumentOutOfRangeException.ThrowIfNegative(maxTests);
        var cache = new Dictionary<string, bool>(StringComparer.Ordinal);
        var tests = 0;
        bool Test(List<int> positions)
        {
            var key = string.Join(',', positions);
            if (cache.TryGetValue(key, out var known))
            {
                return known;
            }

            tests++;
            return cache[key] = fails(positions.Select(position => items[position]).ToList());
        }

        var current = Enumerable.Range(0, items.Count).ToList();
        if (current.Count == 0)
        {
            return new DeltaDebuggingResult<T>([], 0, false);
        }

        // The empty list first: a failure that needs no element at all is the smallest possible answer.
        if (maxTests == 0)
        {
            return new DeltaDebuggingResult<T>(items.ToList(), 0, true);
        }

        if (Test([]))
        {
            return new DeltaDebuggingResult<T>([], tests, false);
        }

        var granularity = 2;
        while (current.Count >= 2)
        {
            var chunks = Split(current, granularity);
            var reduced = false;
            foreach (var candidate in chunks.Concat(granularity > 2 ? chunks.Select(chunk => current.Except(chunk).ToList()) : []))
            {
                if (tests >= maxTests)
                {
                    return new DeltaDebuggingResult<T>(Pick(items, current), tests, true);
                }

                if (Test(candidate))
                {
                    // A chunk keeps 1/n of the list: start over coarse. A complement keeps (n-1)/n: stay fine.
                    granularity = candidate.Count < current.Count / 2 + 1 ? 2 : Math.Max(granularity - 1, 2);
                    current = candidate;
                    reduced = true;
                    break;
                }
            }

            if (!reduced)
            {
                if (granularity >= current.Count)
                {
                    break;
                }

                granularity = Math.Min(current.Count, granularity * 2);
            }
        }

        return new DeltaDebuggingResult<T>(Pick(items, current), tests, false);
    }

    private static List<T> Pick<T>(IReadOnlyList<T> items, List<int> positions) => positions.Select(position => items[position]).ToList();

    private static List<List<int>> Split(List<int> positions, int parts)
    {
        var chunks = new List<List<int>>(parts);
        var start = 0;
        for (var part = 0; part < parts; part++)
        {
            var end = (int)((long)positions.Count * (part + 1) / parts);
            if (end > start)
            {
                chunks.Add(positions.GetRange(start, end - start));
            }

            start = end;
        }

        return chunks;
    }
}
