using System.Collections.Immutable;

namespace Framing.Corpus;

/// <summary>Documents that carry the same article (for example one copy with page chrome and one without).</summary>
/// <param name="Canonical">The id of the member that represents the group in statistics.</param>
/// <param name="Members">All member ids (including <paramref name="Canonical"/>), ordinal order.</param>
/// <param name="Pairs">The similarity of each member pair that met the threshold.</param>
public sealed record DuplicateGroup(string Canonical, ImmutableArray<string> Members, ImmutableArray<DuplicatePair> Pairs);

/// <summary>The similarity of two documents' bodies.</summary>
/// <param name="First">The id that sorts first (ordinal).</param>
/// <param name="Second">The other id.</param>
/// <param name="Containment">Share of the smaller document's shingles found in the other (0 to 1).</param>
/// <param name="Jaccard">Shared shingles over all distinct shingles of both (0 to 1).</param>
public sealed record DuplicatePair(string First, string Second, double Containment, double Jaccard);
