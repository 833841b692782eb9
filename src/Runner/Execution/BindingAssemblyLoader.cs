using System.Reflection;
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
                throw new UsageException($"step assembly not found: {path} (build it first, or pass --steps with the right path)");
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

            var name = AssemblyName.GetAssemblyName(fullPath);
            var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(assembly => AssemblyName.ReferenceMatchesDefinition(assembly.GetName(), name));
            try
            {
                assemblies.Add(loaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath));
            }
            catch (BadImageFormatException)
            {
                throw new UsageException($"not a .NET assembly: {path}");
            }
        }

        return assemblies;
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
