using System.Runtime.CompilerServices;
using System.Text;

namespace Specs.Runner.Tests.Support;

/// <summary>
/// Golden files under Snapshots/. A mismatch fails with a diff; SPECS_UPDATE_SNAPSHOTS=1 rewrites the file
/// instead, to be reviewed as a diff in version control. Never edit a snapshot by hand.
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "SPECS_UPDATE_SNAPSHOTS";

    public static void Match(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(FindProjectFolder(callerPath), "Snapshots");
        var path = Path.Combine(folder, name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            // Rewriting passes whatever the output is: never in CI, where nobody reviews the diff.
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"{UpdateVariable}=1 under CI=true would accept any output as the snapshot {name}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"snapshot {name} does not exist yet; run the tests with {UpdateVariable}=1 to create it, then review it");
        }

        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            Assert.Fail($"snapshot {name} differs (rerun with {UpdateVariable}=1 to accept, then review the diff):\n{Diff(expected, actual)}");
        }
    }

    /// <summary>The first differing lines with a little context: enough to see what changed without a diff tool.</summary>
    public static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        var text = new StringBuilder();
        text.AppendLine($"first difference at line {first + 1} (expected {left.Length} lines, got {right.Length})");
        for (var i = Math.Max(0, first - 2); i < first; i++)
        {
            text.AppendLine("  " + left[i]);
        }

        for (var i = first; i < Math.Min(left.Length, first + 5); i++)
        {
            text.AppendLine("- " + left[i]);
        }

        for (var i = first; i < Math.Min(right.Length, first + 5); i++)
        {
            text.AppendLine("+ " + right[i]);
        }

        return text.ToString();
    }

    private static string FindProjectFolder(string callerPath)
    {
        for (var folder = Path.GetDirectoryName(callerPath); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "Specs.Runner.Tests.csproj")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"no Specs.Runner.Tests.csproj above {callerPath}");
    }
}
