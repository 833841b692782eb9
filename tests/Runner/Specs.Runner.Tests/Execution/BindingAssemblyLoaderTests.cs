using Specs.Runner.Cli;
using Specs.Runner.Execution;

namespace Specs.Runner.Tests.Execution;

public sealed class BindingAssemblyLoaderTests
{
    /// <summary>
    /// The published tool carries the step assembly in its own composite image; the runner must take that copy when
    /// specs.json names a file of the same build elsewhere, or the runtime rejects the file's precompiled code.
    /// Here: a copy of an assembly this process carries is loaded as the process's own.
    /// </summary>
    [Fact]
    public void A_copy_of_an_assembly_the_process_carries_is_loaded_as_the_process_copy()
    {
        var carried = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Single(path => Path.GetFileName(path) == "Markdig.dll");
        var folder = Directory.CreateTempSubdirectory("specs-loader-").FullName;
        try
        {
            var copy = Path.Combine(folder, "Markdig.dll");
            File.Copy(carried, copy);

            var loaded = Assert.Single(BindingAssemblyLoader.Load([copy], folder));

            Assert.Equal(Path.GetFullPath(carried), loaded.Location);
            Assert.Equal("Markdig", loaded.GetName().Name);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_a_usage_error()
    {
        var folder = Directory.CreateTempSubdirectory("specs-loader-").FullName;
        try
        {
            var junk = Path.Combine(folder, "Markdig.dll");
            File.WriteAllText(junk, "not a portable executable");

            var error = Assert.Throws<UsageException>(() => BindingAssemblyLoader.Load([junk], folder));

            Assert.Equal($"not a .NET assembly: {junk}", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
