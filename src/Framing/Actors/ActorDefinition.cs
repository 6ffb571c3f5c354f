using System.Collections.Immutable;

using Framing.Statistics;

namespace Framing.Actors;

/// <summary>
/// An actor and the terms that name it. Matching is folded and case-insensitive; a term may have
/// several words and end in <c>*</c>.
/// </summary>
/// <param name="Name">Display name ("Russia").</param>
/// <param name="Terms">Terms ("Russia", "Russian", "Moscow", "Kremlin", "Putin").</param>
public sealed record ActorDefinition(string Name, ImmutableArray<string> Terms)
{
    /// <summary>
    /// A default actor list for Russia–China coverage. The codebook's actor list replaces it when
    /// available (see <see cref="FromTerms"/>).
    /// </summary>
    public static ImmutableArray<ActorDefinition> Defaults { get; } =
    [
        new("China", ["China", "Chinese", "Beijing", "Xi", "Xi Jinping", "Li Qiang"]),
        new("Russia", ["Russia", "Russian", "Russians", "Moscow", "Kremlin", "Putin", "Vladimir Putin", "Mishustin"]),
        new("United States", ["US", "U.S.", "United States", "America", "American", "Americans", "Washington", "White House", "Biden"]),
        new("West", ["West", "Western", "NATO", "Europe", "European", "EU"]),
    ];

    /// <summary>Builds actors from a name → terms map (for example the codebook's actor list).</summary>
    public static ImmutableArray<ActorDefinition> FromTerms(IEnumerable<KeyValuePair<string, IEnumerable<string>>> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        return [.. actors.Select(static a => new ActorDefinition(a.Key, [.. a.Value]))];
    }

    /// <summary>The actor as a collocation node.</summary>
    public NodeTerm ToNode() => new(Name, Terms);
}
