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

    private static readonly string[] CoreLibDocumentedIn =
        ["System.Runtime", "System.Collections", "System.Memory", "System.Threading", "System.Runtime.InteropServices"];

    /// <summary>
    /// The references, each with documentation attached where a file can be found, without duplicates
    /// (a session's compilation may list the same assembly twice; a workspace project may not).
    /// </summary>
    public static ImmutableArray<MetadataReference> WithDocumentation(ImmutableArray<MetadataReference> references) =>
        [.. references.Select(WithDocumentation).Distinct()];

    private static MetadataReference WithDocumentation(MetadataReference reference)
    {
        if (reference is not PortableExecutableReference { FilePath: { Length: > 0 } path } portable)
        {
            return reference;
        }

        return Cache.GetOrAdd(path, p =>
        {
            DocumentationProvider? documentation = FindDocumentation(p);
            return documentation is null
                ? portable
                : MetadataReference.CreateFromFile(p, portable.Properties, documentation);
        });
    }

    private static DocumentationProvider? FindDocumentation(string assemblyPath)
    {
        string beside = Path.ChangeExtension(assemblyPath, ".xml");
        if (File.Exists(beside))
        {
            return XmlDocumentationProvider.CreateFromFile(beside);
        }

        if (FrameworkDocs.Value is not { } folder)
        {
            return null;
        }

        string name = Path.GetFileNameWithoutExtension(assemblyPath);
        if (name == "System.Private.CoreLib")
        {
            // CoreLib's public types are documented with the reference assemblies that expose them.
            return new MergedXmlDocumentation(CoreLibDocumentedIn
                .Select(n => Path.Combine(folder, n + ".xml"))
                .Where(File.Exists));
        }

        string inPack = Path.Combine(folder, name + ".xml");
        return File.Exists(inPack) ? XmlDocumentationProvider.CreateFromFile(inPack) : null;
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
