using System.Collections.Immutable;

using Framing.Text;

namespace Framing.Reuse;

/// <summary>
/// Finds passages shared by two documents with seed-and-extend alignment over folded words:
/// (1) exact word n-grams found in both documents are seeds; (2) seeds are chained when the next
/// seed follows within <see cref="ReuseOptions.MaxGap"/> words in both documents and on a nearby
/// diagonal, which bridges substituted or inserted words; (3) each chain is extended at both ends
/// word by word, stepping over one substituted, inserted or deleted word when two exact matches
/// follow; (4) overlapping chains are merged; (5) passages shorter than
/// <see cref="ReuseOptions.MinWords"/> or less similar than <see cref="ReuseOptions.MinSimilarity"/>
/// are dropped. Similarity is Dice over the longest common subsequence of the two passages' words.
/// </summary>
public static class ReuseDetector
{
    /// <summary>Compares every pair of documents and returns the pairs that share a passage.</summary>
    public static ReuseReport FindAll(IEnumerable<Document> documents, ReuseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var scanned = list.Select(static d => (Document: d, Words: WordScanner.Scan(d))).ToList();
        var pairs = ImmutableArray.CreateBuilder<ReusePair>();
        for (var i = 0; i < scanned.Count; i++)
        {
            for (var j = i + 1; j < scanned.Count; j++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var pair = Compare(scanned[i].Document, scanned[i].Words, scanned[j].Document, scanned[j].Words, options ?? new ReuseOptions());
                if (pair.Kind != ReuseKind.None)
                {
                    pairs.Add(pair);
                }
            }
        }

        return new ReuseReport(pairs.ToImmutable());
    }

    /// <summary>Aligns two documents and classifies their relation.</summary>
    public static ReusePair Compare(Document a, Document b, ReuseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compare(a, WordScanner.Scan(a), b, WordScanner.Scan(b), options ?? new ReuseOptions());
    }

    private static ReusePair Compare(Document a, ImmutableArray<Word> wa, Document b, ImmutableArray<Word> wb, ReuseOptions options)
    {
        options.Validate();
        var chains = Chain(Seeds(wa, wb, options.SeedLength), options);
        var extended = chains.Select(c => Extend(c, wa, wb)).ToList();
        var merged = Merge(extended);
        var passages = ImmutableArray.CreateBuilder<SharedPassage>();
        var matched = 0;
        foreach (var block in merged)
        {
            var lengthA = block.EndA - block.StartA;
            var lengthB = block.EndB - block.StartB;
            if (lengthA < options.MinWords || lengthB < options.MinWords)
            {
                continue;
            }

            var common = LongestCommonSubsequence(wa, block.StartA, block.EndA, wb, block.StartB, block.EndB);
            var similarity = 2.0 * common / (lengthA + lengthB);
            if (similarity < options.MinSimilarity)
            {
                continue;
            }

            matched += common;
            passages.Add(new SharedPassage(Location(a, wa, block.StartA, block.EndA), Location(b, wb, block.StartB, block.EndB), common, similarity));
        }

        var shorter = Math.Min(wa.Length, wb.Length);
        var coverage = shorter == 0 ? 0 : Math.Min(1, (double)matched / shorter);
        var kind = passages.Count == 0 ? ReuseKind.None : coverage >= options.RepublicationCoverage ? ReuseKind.Republication : ReuseKind.PartialReuse;
        return new ReusePair(a.Id, b.Id, kind, coverage, passages.ToImmutable());
    }

    private static PassageLocation Location(Document document, ImmutableArray<Word> words, int start, int end) =>
        new(document.Id, words[start].Start, words[end - 1].End, end - start, document.Text[words[start].Start..words[end - 1].End]);

    private static List<(int I, int J)> Seeds(ImmutableArray<Word> wa, ImmutableArray<Word> wb, int n)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j + n <= wb.Length; j++)
        {
            var key = Key(wb, j, n);
            if (!index.TryGetValue(key, out var list))
            {
                list = [];
                index.Add(key, list);
            }

            list.Add(j);
        }

        var seeds = new List<(int, int)>();
        for (var i = 0; i + n <= wa.Length; i++)
        {
            if (index.TryGetValue(Key(wa, i, n), out var positions))
            {
                seeds.AddRange(positions.Select(j => (i, j)));
            }
        }

        return seeds;
    }

    private static string Key(ImmutableArray<Word> words, int start, int n) => string.Join(' ', Enumerable.Range(start, n).Select(k => words[k].Form));

    private static List<Block> Chain(List<(int I, int J)> seeds, ReuseOptions options)
    {
        var n = options.SeedLength;
        var chains = new List<Block>();
        foreach (var (i, j) in seeds)
        {
            var best = -1;
            var bestCost = int.MaxValue;
            for (var c = 0; c < chains.Count; c++)
            {
                var chain = chains[c];
                var gapA = i - chain.EndA;
                var gapB = j - chain.EndB;
                var drift = Math.Abs((i - j) - (chain.LastI - chain.LastJ));
                if (i <= chain.LastI || j <= chain.LastJ || gapA > options.MaxGap || gapB > options.MaxGap || drift > options.MaxGap)
                {
                    continue;
                }

                var cost = (drift * 1000) + Math.Max(gapA, 0) + Math.Max(gapB, 0);
                if (cost < bestCost)
                {
                    (best, bestCost) = (c, cost);
                }
            }

            if (best < 0)
            {
                chains.Add(new Block(i, i + n, j, j + n, i, j));
            }
            else
            {
                var chain = chains[best];
                chains[best] = chain with { EndA = Math.Max(chain.EndA, i + n), EndB = Math.Max(chain.EndB, j + n), LastI = i, LastJ = j };
            }
        }

        return chains;
    }

    private static Block Extend(Block block, ImmutableArray<Word> wa, ImmutableArray<Word> wb)
    {
        int endA = block.EndA, endB = block.EndB;
        while (true)
        {
            if (endA < wa.Length && endB < wb.Length && Same(wa, endA, wb, endB))
            {
                endA++;
                endB++;
            }
            else if (TryStep(wa, endA, wb, endB, forward: true) is { } step)
            {
                (endA, endB) = (endA + step.A, endB + step.B);
            }
            else
            {
                break;
            }
        }

        int startA = block.StartA, startB = block.StartB;
        while (true)
        {
            if (startA > 0 && startB > 0 && Same(wa, startA - 1, wb, startB - 1))
            {
                startA--;
                startB--;
            }
            else if (TryStep(wa, startA - 1, wb, startB - 1, forward: false) is { } step)
            {
                (startA, startB) = (startA - step.A, startB - step.B);
            }
            else
            {
                break;
            }
        }

        return new Block(startA, endA, startB, endB, block.LastI, block.LastJ);
    }

    /// <summary>
    /// One tolerant step from (i, j) in the given direction: a substitution (1, 1), an extra word
    /// in A (1, 0) or in B (0, 1), accepted only when the next two words then match exactly.
    /// Returns how many words of each document to add including those two matches.
    /// </summary>
    private static (int A, int B)? TryStep(ImmutableArray<Word> wa, int i, ImmutableArray<Word> wb, int j, bool forward)
    {
        var sign = forward ? 1 : -1;
        foreach (var (skipA, skipB) in new[] { (1, 1), (1, 0), (0, 1) })
        {
            var ok = true;
            for (var k = 0; k < 2 && ok; k++)
            {
                var x = i + (sign * (skipA + k));
                var y = j + (sign * (skipB + k));
                ok = x >= 0 && y >= 0 && x < wa.Length && y < wb.Length && Same(wa, x, wb, y);
            }

            if (ok)
            {
                return (skipA + 2, skipB + 2);
            }
        }

        return null;
    }

    private static bool Same(ImmutableArray<Word> wa, int i, ImmutableArray<Word> wb, int j) => string.Equals(wa[i].Form, wb[j].Form, StringComparison.Ordinal);

    private static List<Block> Merge(List<Block> blocks)
    {
        var ordered = blocks.OrderBy(static b => b.StartA).ThenBy(static b => b.StartB).ToList();
        var merged = new List<Block>();
        foreach (var block in ordered)
        {
            var index = merged.FindIndex(m => block.StartA < m.EndA && block.StartB < m.EndB && m.StartA < block.EndA && m.StartB < block.EndB);
            if (index < 0)
            {
                merged.Add(block);
            }
            else
            {
                var m = merged[index];
                merged[index] = new Block(Math.Min(m.StartA, block.StartA), Math.Max(m.EndA, block.EndA), Math.Min(m.StartB, block.StartB), Math.Max(m.EndB, block.EndB), m.LastI, m.LastJ);
            }
        }

        return [.. merged.OrderBy(static b => b.StartA).ThenBy(static b => b.StartB)];
    }

    private static int LongestCommonSubsequence(ImmutableArray<Word> wa, int startA, int endA, ImmutableArray<Word> wb, int startB, int endB)
    {
        var lengthB = endB - startB;
        var previous = new int[lengthB + 1];
        var current = new int[lengthB + 1];
        for (var i = startA; i < endA; i++)
        {
            for (var j = 1; j <= lengthB; j++)
            {
                current[j] = Same(wa, i, wb, startB + j - 1) ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[lengthB];
    }

    /// <summary>An aligned block: half-open word ranges in A and B, plus the last seed chained.</summary>
    private readonly record struct Block(int StartA, int EndA, int StartB, int EndB, int LastI, int LastJ);
}
