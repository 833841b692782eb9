using CsCheck;

namespace Specs.Inventory.Tests.Tooling;

/// <summary>
/// Runs a CsCheck generator a fixed number of times from a fixed seed, on one thread, so every run
/// checks the same cases. CsCheck's own <c>Sample(seed:)</c> fixes only the first case: the other
/// iterations draw from a per-thread random generator seeded by the machine, on the thread pool (and
/// CsCheck_Time can turn the count into a wall-clock budget), so the project's tests never call it
/// (<c>Determinism.SeededPropertyTests</c> holds them to that). A failure names the case's CsCheck seed:
/// <c>gen.Sample(property, seed: "...")</c> replays and shrinks it while debugging.
/// This file is shared by the test projects that draw cases (linked into them).
/// </summary>
internal static class Property
{
    public static void ForAll<T>(Gen<T> gen, Action<T> property, ulong seed, int iterations)
    {
        var master = new PCG(1, seed);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var caseRandom = new PCG(1, master.Next64());
            var caseSeed = caseRandom.ToString();
            var value = gen.Generate(caseRandom, null, out _);
            try
            {
                property(value);
            }
            catch (Exception failure)
            {
                throw new PropertyFailedException(
                    $"Property failed on case {iteration} (CsCheck seed \"{caseSeed}\"): {Check.Print(value)}", failure);
            }
        }
    }

    /// <summary>The same, for a property written as a predicate: a case for which it returns false fails.</summary>
    public static void ForAll<T>(Gen<T> gen, Func<T, bool> property, ulong seed, int iterations) =>
        ForAll(gen, value => Assert.True(property(value), "the property returned false"), seed, iterations);
}

internal sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
