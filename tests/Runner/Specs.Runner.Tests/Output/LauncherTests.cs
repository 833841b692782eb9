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
        Assert.Equal("./specs.sh", Launcher.From(_root, Path.Combine(_root, "artifacts", "specs-tool", "specs"), null));
    }

    [Fact]
    public void Without_a_launcher_above_it_is_the_one_of_the_documents()
    {
        Assert.Equal("./specs.sh", Launcher.From(_root, "/usr/share/dotnet/dotnet", "/usr/bin"));
        Assert.Equal("./specs.sh", Launcher.From(_root, null, null));
    }

    [Fact]
    public void A_tool_installed_with_a_tool_path_is_the_path_to_it()
    {
        // `dotnet tool install --tool-path .specs` (docs/extending.md): ./specs.sh does not exist there.
        Assert.Equal(".specs/specs", Launcher.From(_root, Path.Combine(_root, ".specs", "specs"), "/usr/bin"));
        var tool = Path.Combine(_root, ".specs", "specs");
        var below = Directory.CreateDirectory(Path.Combine(_root, "features")).FullName;
        Assert.Equal(tool, Launcher.From(below, tool, "/usr/bin"));
    }

    [Fact]
    public void A_global_tool_on_the_path_is_its_name_and_one_elsewhere_its_full_path()
    {
        Assert.Equal("specs", Launcher.From(_root, "/home/team/.dotnet/tools/specs", "/usr/bin:/home/team/.dotnet/tools"));
        Assert.Equal("/opt/specs/specs", Launcher.From(_root, "/opt/specs/specs", "/usr/bin"));
    }

    [Fact]
    public void A_local_tool_of_a_manifest_is_dotnet_specs()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".config"));
        File.WriteAllText(Path.Combine(_root, ".config", "dotnet-tools.json"), """{ "version": 1, "isRoot": true, "tools": { "specs.runner": { "version": "0.1.0", "commands": [ "specs" ] } } }""");

        Assert.Equal("dotnet specs", Launcher.From(_root, "/usr/share/dotnet/dotnet", "/usr/bin"));
    }
}
