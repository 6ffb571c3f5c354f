using System.Collections.Immutable;
using System.Xml.Linq;

namespace Framing.Notebooks.Execution;

/// <summary>
/// Reads packages from the local NuGet cache (<c>NUGET_PACKAGES</c> or <c>~/.nuget/packages</c>): the
/// assemblies for the best framework this runtime can load, and the dependencies the nuspec declares.
/// </summary>
internal sealed class PackageCache(string? root)
{
    /// <summary>Frameworks this runtime can load, best first.</summary>
    private static readonly string[] Frameworks =
    [
        "net10.0", "net9.0", "net8.0", "net7.0", "net6.0", "net5.0", "netcoreapp3.1", "netcoreapp3.0",
        "netstandard2.1", "netstandard2.0", "netstandard1.6", "netstandard1.3", "netstandard1.0",
    ];

    /// <summary>The cache folder.</summary>
    public string Root { get; } = root
        ?? Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>A package found in the cache.</summary>
    /// <param name="Assemblies">The assembly files to reference.</param>
    /// <param name="Dependencies">Dependency ids with their minimum versions.</param>
    public sealed record Package(ImmutableArray<string> Assemblies, ImmutableArray<(string Id, string MinimumVersion)> Dependencies);

    /// <summary>Finds <paramref name="name"/> at <paramref name="version"/> (or, when not <paramref name="exact"/>, the lowest cached version at least as high).</summary>
    public Package? Find(string name, string version, bool exact)
    {
        string packageRoot = Path.Combine(Root, name.ToLowerInvariant());
        if (!Directory.Exists(packageRoot))
        {
            return null;
        }

        string? folder = Path.Combine(packageRoot, version.ToLowerInvariant());
        if (!Directory.Exists(folder))
        {
            folder = exact ? null : LowestAtLeast(packageRoot, version);
        }

        return folder is null ? null : Read(folder);
    }

    private static string? LowestAtLeast(string packageRoot, string minimum)
    {
        Version? floor = ParseVersion(minimum);
        return Directory.GetDirectories(packageRoot)
            .Select(d => (Path: d, Version: ParseVersion(Path.GetFileName(d))))
            .Where(d => d.Version is not null && (floor is null || d.Version >= floor))
            .OrderBy(d => d.Version)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .Select(d => d.Path)
            .FirstOrDefault();
    }

    private static Version? ParseVersion(string text)
    {
        string core = text.Split('-', '+')[0];
        return Version.TryParse(core, out Version? version) ? version : null;
    }

    private static Package Read(string folder)
    {
        string lib = Path.Combine(folder, "lib");
        string? framework = Directory.Exists(lib)
            ? Frameworks.FirstOrDefault(f => Directory.Exists(Path.Combine(lib, f)))
            : null;
        ImmutableArray<string> assemblies = framework is null
            ? []
            : [.. Directory.GetFiles(Path.Combine(lib, framework), "*.dll").Order(StringComparer.Ordinal)];
        return new Package(assemblies, ReadDependencies(folder));
    }

    private static ImmutableArray<(string, string)> ReadDependencies(string folder)
    {
        string? nuspec = Directory.GetFiles(folder, "*.nuspec").Order(StringComparer.Ordinal).FirstOrDefault();
        if (nuspec is null)
        {
            return [];
        }

        XElement? dependencies = XDocument.Load(nuspec).Descendants().FirstOrDefault(e => e.Name.LocalName == "dependencies");
        if (dependencies is null)
        {
            return [];
        }

        List<XElement> groups = [.. dependencies.Elements().Where(e => e.Name.LocalName == "group")];
        XElement? group = Frameworks
            .Select(f => groups.FirstOrDefault(g => string.Equals(NormalizeFramework((string?)g.Attribute("targetFramework")), f, StringComparison.Ordinal)))
            .FirstOrDefault(g => g is not null);
        IEnumerable<XElement> chosen = groups.Count == 0 ? dependencies.Elements() : group?.Elements() ?? [];
        return [.. chosen
            .Where(e => e.Name.LocalName == "dependency")
            .Select(e => ((string?)e.Attribute("id") ?? "", MinimumVersion((string?)e.Attribute("version") ?? "0.0.0")))
            .Where(d => d.Item1.Length > 0)];
    }

    private static string NormalizeFramework(string? framework)
    {
        if (framework is null)
        {
            return "";
        }

        string lower = framework.ToLowerInvariant();
        if (lower.StartsWith(".netstandard", StringComparison.Ordinal))
        {
            return "netstandard" + lower[".netstandard".Length..];
        }

        if (lower.StartsWith(".netcoreapp", StringComparison.Ordinal))
        {
            string version = lower[".netcoreapp".Length..];
            return version.StartsWith('5') || version.StartsWith('6') || version.StartsWith('7') || version.StartsWith('8')
                || version.StartsWith('9') || version.StartsWith("10", StringComparison.Ordinal)
                ? "net" + version
                : "netcoreapp" + version;
        }

        return lower;
    }

    private static string MinimumVersion(string range)
    {
        string trimmed = range.Trim().TrimStart('[', '(');
        string minimum = trimmed.Split(',')[0].TrimEnd(']', ')').Trim();
        return minimum.Length == 0 ? "0.0.0" : minimum;
    }
}
