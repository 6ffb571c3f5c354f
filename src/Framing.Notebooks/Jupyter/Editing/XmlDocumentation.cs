using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

using Microsoft.CodeAnalysis;

namespace Framing.Notebooks.Jupyter.Editing;

/// <summary>
/// Attaches XML documentation to metadata references so inspection can show summaries: the
/// <c>.xml</c> file beside the assembly, or for framework assemblies the reference pack's file when
/// an SDK is installed next to the runtime.
/// </summary>
internal static class XmlDocumentation
{
    private static readonly ConcurrentDictionary<string, MetadataReference> Cache = new(StringComparer.Ordinal);
    private static readonly Lazy<string?> FrameworkDocs = new(FindFrameworkDocs);

    /// <summary>The references, each with documentation attached where a file can be found.</summary>
    public static ImmutableArray<MetadataReference> WithDocumentation(ImmutableArray<MetadataReference> references) =>
        [.. references.Select(WithDocumentation)];

    private static MetadataReference WithDocumentation(MetadataReference reference)
    {
        if (reference is not PortableExecutableReference { FilePath: { Length: > 0 } path } portable)
        {
            return reference;
        }

        return Cache.GetOrAdd(path, p =>
        {
            string? xml = FindXml(p);
            return xml is null
                ? portable
                : MetadataReference.CreateFromFile(p, portable.Properties, XmlDocumentationProvider.CreateFromFile(xml));
        });
    }

    private static string? FindXml(string assemblyPath)
    {
        string beside = Path.ChangeExtension(assemblyPath, ".xml");
        if (File.Exists(beside))
        {
            return beside;
        }

        if (FrameworkDocs.Value is { } folder)
        {
            string inPack = Path.Combine(folder, Path.GetFileNameWithoutExtension(assemblyPath) + ".xml");
            if (File.Exists(inPack))
            {
                return inPack;
            }
        }

        return null;
    }

    /// <summary>
    /// The runtime lives in <c>DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION</c>; an SDK install has
    /// the documented reference assemblies in <c>DOTNET_ROOT/packs/Microsoft.NETCore.App.Ref/VERSION/ref/netX.Y</c>.
    /// </summary>
    private static string? FindFrameworkDocs()
    {
        string runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        string? root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(runtime)));
        string version = Path.GetFileName(runtime);
        if (root is null)
        {
            return null;
        }

        string moniker = "net" + Environment.Version.ToString(2);
        string exact = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref", version, "ref", moniker);
        if (Directory.Exists(exact))
        {
            return exact;
        }

        string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        return Directory.Exists(packs)
            ? Directory.EnumerateDirectories(packs)
                .Select(d => Path.Combine(d, "ref", moniker))
                .Where(Directory.Exists)
                .Order(StringComparer.Ordinal)
                .LastOrDefault()
            : null;
    }
}
