using System.Collections.Immutable;

using Framing.Corpus.Cleaning;

namespace Framing.Corpus;

/// <summary>
/// Finds documents whose article bodies are near-identical, by word-shingle containment. Only the
/// body is compared, so a copy with extra page chrome still matches its clean twin. Passages shared
/// between otherwise different articles (quotations) are a different question, left to statistics.
/// </summary>
public static class NearDuplicateDetector
{
    /// <summary>
    /// Groups near-duplicate documents. Each group's canonical member is the one with the most body
    /// shingles (the most complete copy), then the least removed chrome, then the smallest id (ordinal).
    /// Groups are ordered by canonical id.
    /// </summary>
    public static ImmutableArray<DuplicateGroup> Find(IReadOnlyList<CorpusDocument> documents, DuplicateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= DuplicateOptions.Default;
        var ordered = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var shingles = ordered.Select(d => Shingles(d.BodyText, options.ShingleSize)).ToList();
        var parent = Enumerable.Range(0, ordered.Count).ToArray();
        var pairs = new List<(int A, int B, DuplicatePair Pair)>();
        foreach (var ((i, j), shared) in SharedCounts(shingles, options.MinShingles, cancellationToken).OrderBy(p => p.Key))
        {
            var containment = (double)shared / Math.Min(shingles[i].Count, shingles[j].Count);
            if (containment >= options.MinContainment)
            {
                var jaccard = (double)shared / (shingles[i].Count + shingles[j].Count - shared);
                pairs.Add((i, j, new DuplicatePair(ordered[i].Id, ordered[j].Id, Math.Round(containment, 4), Math.Round(jaccard, 4))));
                Union(parent, i, j);
            }
        }

        return [.. Enumerable.Range(0, ordered.Count)
            .GroupBy(i => Root(parent, i))
            .Where(g => g.Count() > 1)
            .Select(g => ToGroup([.. g], ordered, shingles, pairs))
            .OrderBy(g => g.Canonical, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Shared-shingle counts for every pair of documents that share at least one shingle, via an
    /// inverted index, so unrelated documents cost nothing (no all-pairs comparison).
    /// </summary>
    private static Dictionary<(int, int), int> SharedCounts(List<HashSet<ulong>> shingles, int minShingles, CancellationToken cancellationToken)
    {
        var postings = new Dictionary<ulong, List<int>>();
        var shared = new Dictionary<(int, int), int>();
        for (var j = 0; j < shingles.Count; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (shingles[j].Count < minShingles)
            {
                continue;
            }

            foreach (var shingle in shingles[j])
            {
                if (!postings.TryGetValue(shingle, out var earlier))
                {
                    postings[shingle] = earlier = [];
                }

                foreach (var i in earlier)
                {
                    shared[(i, j)] = shared.GetValueOrDefault((i, j)) + 1;
                }

                earlier.Add(j);
            }
        }

        return shared;
    }

    /// <summary>The set of hashed word n-grams of <paramref name="text"/> (words lower-cased, apostrophes folded).</summary>
    internal static HashSet<ulong> Shingles(string text, int size)
    {
        var words = LineShape.WordsOf(text).ToList();
        var set = new HashSet<ulong>();
        for (var i = 0; i + size <= words.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var k = i; k < i + size; k++)
            {
                foreach (var c in words[k])
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            set.Add(hash);
        }

        return set;
    }

    private static DuplicateGroup ToGroup(List<int> members, List<CorpusDocument> docs, List<HashSet<ulong>> shingles, List<(int A, int B, DuplicatePair Pair)> pairs)
    {
        var canonical = members
            .OrderByDescending(i => shingles[i].Count)
            .ThenBy(i => docs[i].Removed.Sum(r => r.Span.Length))
            .ThenBy(i => docs[i].Id, StringComparer.Ordinal)
            .First();
        return new DuplicateGroup(
            docs[canonical].Id,
            [.. members.Select(i => docs[i].Id).Order(StringComparer.Ordinal)],
            [.. pairs.Where(p => members.Contains(p.A)).Select(p => p.Pair)]);
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Root(parent, a), Root(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
