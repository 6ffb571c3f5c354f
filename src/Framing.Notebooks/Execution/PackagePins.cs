using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace Framing.Notebooks.Execution;

/// <summary>The package versions pinned in the workspace's <c>Directory.Packages.props</c>.</summary>
internal sealed class PackagePins
{
    private const string FileName = "Directory.Packages.props";
    private readonly ImmutableSortedDictionary<string, string> _versions;

    private PackagePins(string file, ImmutableSortedDictionary<string, string> versions)
    {
        File = file;
        _versions = versions;
    }

    /// <summary>The props file the pins come from.</summary>
    public string File { get; }

    /// <summary>The pinned package names in order.</summary>
    public IEnumerable<string> Names => _versions.Keys;

    /// <summary>Reads the pins from <paramref name="workspaceRoot"/>, or from the nearest folder above <paramref name="start"/> that has them.</summary>
    /// <exception cref="NotebookException">No props file is found or it cannot be read.</exception>
    public static PackagePins Find(string? workspaceRoot, string start)
    {
        string? file = workspaceRoot is not null ? Path.Combine(workspaceRoot, FileName) : SearchUp(start);
        if (file is null || !System.IO.File.Exists(file))
        {
            throw new NotebookException(
                $"No {FileName} found {(workspaceRoot is null ? $"in {start} or above" : $"in {workspaceRoot}")}; package references resolve only against the workspace's pinned packages. Run the notebook inside the workspace.");
        }

        try
        {
            XDocument document = XDocument.Load(file);
            ImmutableSortedDictionary<string, string> versions = document.Descendants()
                .Where(e => e.Name.LocalName == "PackageVersion")
                .Select(e => (Name: (string?)e.Attribute("Include"), Version: (string?)e.Attribute("Version")))
                .Where(p => p.Name is not null && p.Version is not null)
                .GroupBy(p => p.Name!, StringComparer.OrdinalIgnoreCase)
                .ToImmutableSortedDictionary(g => g.Key, g => g.Last().Version!, StringComparer.OrdinalIgnoreCase);
            return new PackagePins(file, versions);
        }
        catch (XmlException ex)
        {
            throw new NotebookException($"{file}: not valid XML (line {ex.LineNumber}): {ex.Message}", ex);
        }
    }

    /// <summary>The pinned version of <paramref name="name"/>, or null when it is not pinned.</summary>
    public string? VersionOf(string name) => _versions.TryGetValue(name, out string? version) ? version : null;

    private static string? SearchUp(string start)
    {
        for (DirectoryInfo? directory = new(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, FileName);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
