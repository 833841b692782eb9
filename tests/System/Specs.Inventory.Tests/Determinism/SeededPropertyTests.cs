using System.Text.RegularExpressions;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Determinism;

/// <summary>
/// Tests draw random cases from fixed seeds only. CsCheck's sampling functions take a seed for the first case
/// alone and draw the rest from a machine-seeded generator on the thread pool (or for a wall-clock budget under
/// CsCheck_Time), so a test that calls them checks different cases on every run; <see cref="Property"/> is the
/// way to draw cases. This test reads every test source of the repository for a call to those functions.
/// </summary>
public sealed partial class SeededPropertyTests
{
    [Fact]
    public void No_test_samples_cases_with_csCheck_own_randomly_seeded_loop()
    {
        var offenders = Directory.EnumerateFiles(RepositoryFiles.Path("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(file) != $"{nameof(SeededPropertyTests)}.cs")
            .SelectMany(file => File.ReadAllLines(file).Select((line, index) => (File: file, Line: index + 1, Text: line)))
            .Where(line => SamplingCall().IsMatch(line.Text) && !line.Text.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .Select(line => $"{Path.GetRelativePath(RepositoryFiles.Root, line.File)}:{line.Line}")
            .ToList();

        Assert.True(offenders.Count == 0, $"CsCheck sampling with random cases (use Property.ForAll with a fixed seed): {string.Join(", ", offenders)}");
    }

    [Theory]
    [InlineData("gen.Sample(value => { }, seed: \"x\", iter: 10);", true)]
    [InlineData("    .Sample((bytes, skip) =>", true)]
    [InlineData("cases.SampleParallel(model => { });", true)]
    [InlineData("var one = gen.SampleOne(seed);", true)]
    [InlineData("Property.ForAll(gen, value => { }, seed: 1, iterations: 10);", false)]
    [InlineData("var sampled = Samples.Count;", false)]
    public void The_scan_recognises_a_sampling_call(string line, bool sampling) =>
        Assert.Equal(sampling, SamplingCall().IsMatch(line));

    [GeneratedRegex(@"\.Sample(One|Parallel|ModelBased|Concurrent|Metamorphic)?\s*(<[^>]*>)?\(")]
    private static partial Regex SamplingCall();
}
