using System.Collections.Immutable;

using Microsoft.CodeAnalysis;

namespace Framing.Notebooks.Jupyter.Engine;

/// <summary>
/// What editing support (completion, inspection) needs to compile the way the session does.
/// </summary>
/// <param name="Submissions">Code of the cells executed so far, in order, as the compiler saw it.</param>
/// <param name="References">The metadata references the session compiles against.</param>
/// <param name="Imports">Namespaces imported into every cell.</param>
/// <param name="GlobalsType">The script globals type (e.g. the one that provides <c>display</c>), or null.</param>
public sealed record KernelCompilationContext(
    ImmutableArray<string> Submissions,
    ImmutableArray<MetadataReference> References,
    ImmutableArray<string> Imports,
    Type? GlobalsType);
