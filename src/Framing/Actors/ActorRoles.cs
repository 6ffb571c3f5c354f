using System.Collections.Immutable;

using Framing.Statistics;

using Microsoft.Data.Analysis;

namespace Framing.Actors;

/// <summary>How often one actor is cast as subordinate or dominant in one group.</summary>
/// <param name="Group">The group (outlet).</param>
/// <param name="Actor">The actor.</param>
/// <param name="Subordinate">Frame matches casting the actor as the weaker side.</param>
/// <param name="Dominant">Frame matches casting the actor as the stronger side.</param>
/// <param name="SubordinateExamples">Sentences behind <see cref="Subordinate"/>.</param>
/// <param name="DominantExamples">Sentences behind <see cref="Dominant"/>.</param>
public sealed record ActorRoleRow(string Group, string Actor, int Subordinate, int Dominant, ImmutableArray<Evidence> SubordinateExamples, ImmutableArray<Evidence> DominantExamples);

/// <summary>Subordinate/dominant casts per group and actor, from frame matches.</summary>
/// <param name="Rows">Rows ordered by group (first seen) then actor (ordinal).</param>
public sealed record ActorRoleTable(ImmutableArray<ActorRoleRow> Rows)
{
    /// <summary>
    /// Counts the <see cref="FramedSentence.Roles"/> of <paramref name="sentences"/>. Each role
    /// (one frame match) counts once for its subordinate and once for its dominant actor.
    /// </summary>
    public static ActorRoleTable Count(IEnumerable<FramedSentence> sentences, int examplesPerCell = 3)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var cells = new Dictionary<(string Group, string Actor), (List<Evidence> Sub, List<Evidence> Dom)>();
        var groups = new List<string>();
        foreach (var sentence in sentences)
        {
            if (!groups.Contains(sentence.Group, StringComparer.Ordinal))
            {
                groups.Add(sentence.Group);
            }

            foreach (var role in sentence.Roles)
            {
                if (role.Subordinate is { } subordinate)
                {
                    Cell(cells, sentence.Group, subordinate).Sub.Add(sentence.ToEvidence());
                }

                if (role.Dominant is { } dominant)
                {
                    Cell(cells, sentence.Group, dominant).Dom.Add(sentence.ToEvidence());
                }
            }
        }

        var rows = cells
            .OrderBy(c => groups.IndexOf(c.Key.Group))
            .ThenBy(static c => c.Key.Actor, StringComparer.Ordinal)
            .Select(c => new ActorRoleRow(c.Key.Group, c.Key.Actor, c.Value.Sub.Count, c.Value.Dom.Count, [.. c.Value.Sub.Distinct().Take(examplesPerCell)], [.. c.Value.Dom.Distinct().Take(examplesPerCell)]));
        return new ActorRoleTable([.. rows]);
    }

    /// <summary>One row per (group, actor).</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("group", Rows.Select(static r => r.Group)),
        new StringDataFrameColumn("actor", Rows.Select(static r => r.Actor)),
        new Int32DataFrameColumn("subordinate", Rows.Select(static r => r.Subordinate)),
        new Int32DataFrameColumn("dominant", Rows.Select(static r => r.Dominant)),
        new StringDataFrameColumn("subordinate_examples", Rows.Select(static r => string.Join(" | ", r.SubordinateExamples))),
        new StringDataFrameColumn("dominant_examples", Rows.Select(static r => string.Join(" | ", r.DominantExamples))));

    private static (List<Evidence> Sub, List<Evidence> Dom) Cell(Dictionary<(string, string), (List<Evidence>, List<Evidence>)> cells, string group, string actor)
    {
        if (!cells.TryGetValue((group, actor), out var cell))
        {
            cell = ([], []);
            cells.Add((group, actor), cell);
        }

        return cell;
    }
}
