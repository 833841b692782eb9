using Specs.Runner.Output;

namespace Specs.Runner.Tests.Output;

/// <summary>A printed command starts with the launcher as seen from where the tool ran, so that it runs when pasted there.</summary>
public sealed class LauncherTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("specs-launcher-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void At_the_root_it_is_dot_slash_and_below_it_the_path_up()
    {
        File.WriteAllText(Path.Combine(_root, Launcher.FileName), "#!/bin/sh\n");
        var below = Directory.CreateDirectory(Path.Combine(_root, "specs", "holds")).FullName;

        Assert.Equal("./specs.sh", Launcher.From(_root));
        Assert.Equal("../../specs.sh", Launcher.From(below));
    }

    [Fact]
    public void Without_a_launcher_above_it_is_the_one_of_the_documents()
    {
        Assert.Equal("./specs.sh", Launcher.From(_root));
    }
}
