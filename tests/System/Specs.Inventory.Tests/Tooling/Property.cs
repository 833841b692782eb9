using CsCheck;

namespace Specs.Inventory.Tests.Storage.Tuples;

/// <summary>
/// Runs a CsCheck generator a fixed number of times from a fixed seed, on one thread, so every run
/// checks the same cases. (CsCheck's own <c>Sample(seed:)</c> fixes only the first case.) A failure
/// names the case's CsCheck seed: <c>gen.Sample(property, seed: "...")</c> replays and shrinks it.
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
}

internal sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
