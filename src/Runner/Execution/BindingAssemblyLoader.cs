using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Specs.Runner.Cli;

namespace Specs.Runner.Execution;

/// <summary>
/// Loads step assemblies given by path (`--steps X.dll`, specs.json) into the default load context, and
/// resolves their own dependencies from the folders they live in. Reqnroll and its packages resolve to the
/// runner's copies, so the step assembly and the runner agree on every Reqnroll type.
/// </summary>
public static class BindingAssemblyLoader
{
    private static readonly object Gate = new();
    private static readonly HashSet<string> ProbeFolders = new(StringComparer.Ordinal);
    private static bool _hooked;

    public static IReadOnlyList<Assembly> Load(IEnumerable<string> paths, string baseDirectory)
    {
        var assemblies = new List<Assembly>();
        foreach (var path in paths)
        {
            var fullPath = Path.GetFullPath(path, baseDirectory);
            if (!File.Exists(fullPath))
            {
                throw new UsageException($"step assembly not found: {path} (named by --steps, or by \"steps\" in specs.json: build it first, or give the right path)");
            }

            lock (Gate)
            {
                ProbeFolders.Add(Path.GetDirectoryName(fullPath)!);
                if (!_hooked)
                {
                    AssemblyLoadContext.Default.Resolving += Resolve;
                    _hooked = true;
                }
            }

            try
            {
                var name = AssemblyName.GetAssemblyName(fullPath);
                var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(assembly => AssemblyName.ReferenceMatchesDefinition(assembly.GetName(), name));
                assemblies.Add(loaded
                    ?? (IsSameBuildAsToolCopy(fullPath) ? AssemblyLoadContext.Default.LoadFromAssemblyName(name) : null)
                    ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath));
            }
            catch (BadImageFormatException)
            {
                throw new UsageException($"not a .NET assembly: {path}");
            }
        }

        return assemblies;
    }

    /// <summary>
    /// Whether the tool ships the same build of this assembly among its own (the published tool compiles the step
    /// definitions into its composite image, src/Runner/Specs.Runner.csproj): then loading it by name gets the
    /// precompiled copy, which the runtime can use, instead of a copy whose precompiled code lies outside the tool's
    /// version bubble and is rejected. The same build means the same module version id; any other build of the
    /// assembly, or an assembly the tool does not carry, is loaded from its path.
    /// </summary>
    private static bool IsSameBuildAsToolCopy(string path)
    {
        var fileName = Path.GetFileName(path);
        var toolCopy = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator)
            .FirstOrDefault(candidate => string.Equals(Path.GetFileName(candidate), fileName, StringComparison.Ordinal));
        return toolCopy is not null && ModuleVersionId(toolCopy) == ModuleVersionId(path);
    }

    private static Guid ModuleVersionId(string path)
    {
        using var file = File.OpenRead(path);
        using var image = new PEReader(file);
        var metadata = image.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        string[] folders;
        lock (Gate)
        {
            folders = [.. ProbeFolders];
        }

        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            if (File.Exists(candidate))
            {
                return context.LoadFromAssemblyPath(candidate);
            }
        }

        return null;
    }
}
