using System.Collections.Immutable;
using System.Reflection;

namespace Framing.Notebooks.Execution;

/// <summary>
/// Turns reference directives into assembly paths. Packages resolve only against the versions pinned in
/// the workspace's <c>Directory.Packages.props</c> and only from the local NuGet cache (filled by
/// building the solution): notebooks cannot pull in anything the workspace does not provide. An assembly
/// the process has already loaded (or ships with the app) is referenced from there, so values passed
/// between the library and cells keep one type identity.
/// </summary>
internal sealed class ReferenceResolver(string workingDirectory, string? workspaceRoot, string? packageCache)
{
    private static readonly string[] Configurations = ["Release", "Debug"];
    private PackagePins? _pins;

    /// <summary>Resolves one directive to the assembly files to reference.</summary>
    /// <exception cref="NotebookException">The package, version, file or project is not available; the message names it and says what to do.</exception>
    public ImmutableArray<string> Resolve(CellDirective directive, string where)
    {
        return directive.Kind switch
        {
            DirectiveKind.Assembly => [ResolveAssemblyFile(directive.Value, where)],
            DirectiveKind.Project => [ResolveProject(directive.Value, where)],
            _ => ResolvePackage(directive.Value, directive.Version, where),
        };
    }

    private string ResolveAssemblyFile(string path, string where)
    {
        string full = Path.GetFullPath(Path.Combine(workingDirectory, path));
        return File.Exists(full)
            ? full
            : throw new NotebookException($"{where}: assembly '{path}' not found (looked for {full}). Check the path; it is relative to the notebook's folder.");
    }

    private string ResolveProject(string path, string where)
    {
        string full = Path.GetFullPath(Path.Combine(workingDirectory, path));
        string? projectFile = full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && File.Exists(full)
            ? full
            : Directory.Exists(full) ? Directory.GetFiles(full, "*.csproj").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        if (projectFile is null)
        {
            throw new NotebookException($"{where}: project '{path}' not found: there is no .csproj at {full}. Use a path to one of the workspace's projects, e.g. #:project ../src/Framing.");
        }

        string name = Path.GetFileNameWithoutExtension(projectFile);
        string? loaded = LoadedAssemblyPath(name);
        if (loaded is not null)
        {
            return loaded;
        }

        string projectDirectory = Path.GetDirectoryName(projectFile)!;
        string? built = Configurations
            .Select(configuration => Path.Combine(projectDirectory, "bin", configuration, "net10.0", name + ".dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .ThenBy(p => p, StringComparer.Ordinal)
            .FirstOrDefault();
        return built ?? throw new NotebookException($"{where}: project '{name}' is not built (no bin/*/net10.0/{name}.dll under {projectDirectory}). Run 'dotnet build {projectFile}'.");
    }

    private ImmutableArray<string> ResolvePackage(string name, string? version, string where)
    {
        PackagePins pins = _pins ??= PackagePins.Find(workspaceRoot, workingDirectory);
        string pinned = pins.VersionOf(name)
            ?? throw new NotebookException(
                $"{where}: package '{name}' is not provided by the workspace: it is not pinned in {pins.File}. Pinned packages: {string.Join(", ", pins.Names)}. Pin it there and build the solution, or use one of these.");
        if (version is not null && !string.Equals(version, pinned, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotebookException(
                $"{where}: package '{name}' version {version} is not provided by the workspace; {pins.File} pins version {pinned}. Ask for {pinned}.");
        }

        PackageCache cache = new(packageCache);
        HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
        ImmutableArray<string>.Builder paths = ImmutableArray.CreateBuilder<string>();
        AddPackage(cache, pins, name, pinned, exact: true, seen, paths, where);
        return paths.ToImmutable();
    }

    private static void AddPackage(
        PackageCache cache, PackagePins pins, string name, string version, bool exact, HashSet<string> seen, ImmutableArray<string>.Builder paths, string where)
    {
        if (!seen.Add(name) || IsFrameworkAssembly(name))
        {
            return;
        }

        PackageCache.Package package = cache.Find(name, version, exact)
            ?? throw new NotebookException(
                $"{where}: package '{name}' {version} is {(exact ? "pinned" : "needed")} but not in the NuGet cache ({cache.Root}). Build the solution (dotnet build) to restore it.");
        foreach (string assembly in package.Assemblies)
        {
            string path = LoadedAssemblyPath(Path.GetFileNameWithoutExtension(assembly)) ?? assembly;
            if (!paths.Contains(path))
            {
                paths.Add(path);
            }
        }

        foreach ((string dependency, string minimum) in package.Dependencies)
        {
            string? pinnedDependency = pins.VersionOf(dependency);
            AddPackage(cache, pins, dependency, pinnedDependency ?? minimum, exact: false, seen, paths, where);
        }
    }

    /// <summary>The file of an assembly the process already uses (loaded, shipped with the app, or part of the runtime).</summary>
    private static string? LoadedAssemblyPath(string name)
    {
        Assembly? loaded = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => !a.IsDynamic && a.Location.Length > 0 && string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null)
        {
            return loaded.Location;
        }

        string local = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        if (File.Exists(local))
        {
            return local;
        }

        string runtime = Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), name + ".dll");
        return File.Exists(runtime) ? runtime : null;
    }

    private static bool IsFrameworkAssembly(string name) =>
        File.Exists(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), name + ".dll"))
        || name.StartsWith("NETStandard.Library", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.NETCore.", StringComparison.OrdinalIgnoreCase);
}
