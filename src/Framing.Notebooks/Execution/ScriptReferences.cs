using System.Collections.Concurrent;
using System.Collections.Immutable;

using Microsoft.CodeAnalysis;

namespace Framing.Notebooks.Execution;

/// <summary>
/// Metadata references, created once per file per process: Roslyn caches what it reads per reference
/// object, so sharing them keeps every cell after the first (and every later session) fast.
/// </summary>
internal static class ScriptReferences
{
    private static readonly ConcurrentDictionary<string, MetadataReference> ByPath = new(StringComparer.Ordinal);
    private static readonly Lazy<ImmutableArray<MetadataReference>> Defaults = new(CreateDefaults);

    /// <summary>The runtime's assemblies and the engine's own (for <c>display</c> and interruption).</summary>
    public static ImmutableArray<MetadataReference> Default => Defaults.Value;

    /// <summary>The shared reference for an assembly file.</summary>
    public static MetadataReference ForFile(string path) => ByPath.GetOrAdd(path, p => MetadataReference.CreateFromFile(p));

    private static ImmutableArray<MetadataReference> CreateDefaults()
    {
        string runtime = Path.GetFullPath(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory());
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        IEnumerable<string> framework = trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFullPath(p).StartsWith(runtime, StringComparison.Ordinal))
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal));
        if (!framework.Any())
        {
            framework = Directory.GetFiles(runtime, "*.dll").Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.CSharp.dll");
        }

        return [.. framework.Append(typeof(ScriptReferences).Assembly.Location).Order(StringComparer.Ordinal).Select(ForFile)];
    }
}
