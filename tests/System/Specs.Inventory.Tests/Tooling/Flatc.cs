using System.Diagnostics;
using System.Text.Json;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Tests.Tooling;

/// <summary>
/// Runs Debian's flatc (package flatbuffers-compiler) on stored values: an independent reader of what
/// we store. Under CI=true a missing flatc fails the test; elsewhere it skips with the install command.
/// </summary>
internal static class Flatc
{
    public static JsonDocument Decode(string flatc, byte[] value)
    {
        var folder = Directory.CreateTempSubdirectory("specs-contracts-flatc-");
        try
        {
            var schema = Path.Combine(folder.FullName, "contracts.fbs");
            var binary = Path.Combine(folder.FullName, "value.bin");
            var output = Path.Combine(folder.FullName, "out");
            File.WriteAllText(schema, ContractSchema.Text);
            File.WriteAllBytes(binary, value);

            var start = new ProcessStartInfo(flatc) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "--json", "--strict-json", "--raw-binary", "-o", output, schema, "--", binary })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(30_000), "flatc did not finish within 30 s");
            Assert.True(process.ExitCode == 0, $"flatc failed ({process.ExitCode}): {errors}");
            return JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "value.json")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The path of flatc; skips the test where it is missing, except under CI where it must be installed.</summary>
    public static string Require()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "flatc"))
            .FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        const string message = "flatc is not on PATH: install it with `apt-get install -y flatbuffers-compiler` (.ci/run does this).";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return "";
    }
}
