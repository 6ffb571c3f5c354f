using System.Collections.Immutable;

using Framing.Text;

using Microsoft.Data.Analysis;

namespace Framing.Statistics;

/// <summary>Options for <see cref="Collocations.Find"/>.</summary>
public sealed record CollocationOptions
{
    /// <summary>Words counted to the left of the node (span L).</summary>
    public int Left { get; init; } = 5;

    /// <summary>Words counted to the right of the node (span R).</summary>
    public int Right { get; init; } = 5;

    /// <summary>Minimum co-occurrence count (O11) for a collocate to be reported.</summary>
    public int MinCooccurrence { get; init; } = 2;

    /// <summary>Minimum corpus frequency of a collocate.</summary>
    public int MinCollocateFrequency { get; init; } = 2;

    /// <summary>
    /// Keep only collocates with these parts of speech (for example ADJ and VERB); empty keeps all.
    /// Untagged tokens fall back to <see cref="FallbackPartOfSpeech"/>.
    /// </summary>
    public ImmutableHashSet<PartOfSpeech> PartsOfSpeech { get; init; } = [];

    /// <summary>How collocates are normalised (unit, stopwords); n-gram length is ignored.</summary>
    public FeatureOptions Features { get; init; } = FeatureOptions.Default;

    /// <summary>Example sentences kept per collocate.</summary>
    public int ExamplesPerCollocate { get; init; } = 3;
}

/// <summary>One collocate of the node.</summary>
/// <param name="Collocate">The collocate (folded lemma or surface form).</param>
/// <param name="Observed">O11: times it occurs inside a node window.</param>
/// <param name="Expected">E11 = W · f(c) / N, with W the number of word positions in all windows.</param>
/// <param name="CollocateFrequency">f(c): its frequency in the corpus.</param>
/// <param name="MutualInformation">MI = log2(O11 / E11).</param>
/// <param name="TScore">t = (O11 − E11) / √O11.</param>
/// <param name="LogLikelihood">G² over the 2×2 table [[O11, W − O11], [f(c) − O11, N − W − f(c) + O11]] (cells clamped at 0).</param>
/// <param name="LogDice">logDice = 14 + log2(2·O11 / (f(node) + f(c))).</param>
/// <param name="Examples">Sentences where node and collocate co-occur.</param>
public sealed record CollocateRow(string Collocate, int Observed, double Expected, int CollocateFrequency, double MutualInformation, double TScore, double LogLikelihood, double LogDice, ImmutableArray<Evidence> Examples);

/// <summary>Collocates of one node over a set of documents.</summary>
/// <param name="Node">The node.</param>
/// <param name="NodeFrequency">f(node): number of node matches.</param>
/// <param name="CorpusSize">N: number of word tokens.</param>
/// <param name="WindowSize">W: word positions inside all node windows.</param>
/// <param name="Rows">Collocates sorted by logDice descending, then collocate (ordinal).</param>
public sealed record CollocationResult(NodeTerm Node, int NodeFrequency, int CorpusSize, int WindowSize, ImmutableArray<CollocateRow> Rows)
{
    /// <summary>One row per collocate.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("node", Rows.Select(_ => Node.Name)),
        new StringDataFrameColumn("collocate", Rows.Select(static r => r.Collocate)),
        new Int32DataFrameColumn("observed", Rows.Select(static r => r.Observed)),
        new DoubleDataFrameColumn("expected", Rows.Select(static r => r.Expected)),
        new Int32DataFrameColumn("collocate_frequency", Rows.Select(static r => r.CollocateFrequency)),
        new Int32DataFrameColumn("node_frequency", Rows.Select(_ => NodeFrequency)),
        new DoubleDataFrameColumn("mi", Rows.Select(static r => r.MutualInformation)),
        new DoubleDataFrameColumn("t_score", Rows.Select(static r => r.TScore)),
        new DoubleDataFrameColumn("log_likelihood", Rows.Select(static r => r.LogLikelihood)),
        new DoubleDataFrameColumn("log_dice", Rows.Select(static r => r.LogDice)),
        new StringDataFrameColumn("examples", Rows.Select(static r => string.Join(" | ", r.Examples))));
}

/// <summary>
/// Window-based collocation: for each node match, the words up to L to the left and R to the right
/// inside the same sentence (punctuation skipped, node words excluded) are counted.
/// </summary>
public static class Collocations
{
    /// <summary>Finds the collocates of <paramref name="node"/> in <paramref name="documents"/>.</summary>
    /// <exception cref="StatisticsException">No documents, or no words at all.</exception>
    public static CollocationResult Find(IEnumerable<Document> documents, NodeTerm node, CollocationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(node);
        options ??= new CollocationOptions();
        if (options.Left < 0 || options.Right < 0 || options.Left + options.Right == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The window needs a positive span (Left + Right > 0, neither negative).");
        }

        var docs = documents.ToList();
        if (docs.Count == 0)
        {
            throw new StatisticsException("The corpus is empty: there are no documents to search for collocates.");
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var observed = new Dictionary<string, int>(StringComparer.Ordinal);
        var examples = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        int corpusSize = 0, nodeFrequency = 0, windowSize = 0;
        foreach (var document in docs)
        {
            FeatureExtractor.RequireTokens(document);
            foreach (var sentence in FeatureExtractor.SentencesOf(document))
            {
                var words = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Where(i => WordFolding.IsWord(document.Tokens[i].Text)).ToList();
                corpusSize += words.Count;
                var nodeTokens = new HashSet<int>();
                var matches = node.Matches(document, sentence.FirstToken, sentence.EndToken).ToList();
                foreach (var (start, length) in matches)
                {
                    for (var k = start; k < start + length; k++)
                    {
                        nodeTokens.Add(k);
                    }
                }

                foreach (var index in words.Where(i => !nodeTokens.Contains(i)))
                {
                    if (Candidate(document.Tokens[index], options) is { } form)
                    {
                        frequency[form] = frequency.GetValueOrDefault(form) + 1;
                    }
                }

                foreach (var (start, length) in matches)
                {
                    nodeFrequency++;
                    var position = words.FindIndex(i => i >= start);
                    var after = words.FindIndex(i => i >= start + length);
                    var left = words.Take(position < 0 ? words.Count : position).Where(i => !nodeTokens.Contains(i)).TakeLast(options.Left);
                    var right = (after < 0 ? [] : words.Skip(after)).Where(i => !nodeTokens.Contains(i)).Take(options.Right);
                    foreach (var index in left.Concat(right))
                    {
                        windowSize++;
                        if (Candidate(document.Tokens[index], options) is not { } form)
                        {
                            continue;
                        }

                        observed[form] = observed.GetValueOrDefault(form) + 1;
                        if (!examples.TryGetValue(form, out var list))
                        {
                            list = [];
                            examples.Add(form, list);
                        }

                        if (list.Count < options.ExamplesPerCollocate && !list.Any(e => e.SentenceStart == sentence.Start && string.Equals(e.DocumentId, document.Id, StringComparison.Ordinal)))
                        {
                            list.Add(new Evidence(document.Id, document.Tokens[start].Start, document.Tokens[start + length - 1].End, sentence.Start, sentence.End, document.TextOf(sentence)));
                        }
                    }
                }
            }
        }

        if (corpusSize == 0)
        {
            throw new StatisticsException("The documents contain no words: nothing to compute collocations over.");
        }

        var rows = new List<CollocateRow>();
        foreach (var (collocate, o11) in observed)
        {
            var fc = frequency[collocate];
            if (o11 < options.MinCooccurrence || fc < options.MinCollocateFrequency)
            {
                continue;
            }

            rows.Add(Score(collocate, o11, fc, nodeFrequency, windowSize, corpusSize, [.. examples[collocate]]));
        }

        return new CollocationResult(node, nodeFrequency, corpusSize, windowSize, [.. rows.OrderByDescending(static r => r.LogDice).ThenBy(static r => r.Collocate, StringComparer.Ordinal)]);
    }

    /// <summary>Scores one collocate from its counts (exposed for tests and for custom counting).</summary>
    public static CollocateRow Score(string collocate, int observed, int collocateFrequency, int nodeFrequency, int windowSize, int corpusSize, ImmutableArray<Evidence> examples)
    {
        double o11 = observed, fc = collocateFrequency, w = windowSize, n = corpusSize;
        var expected = w * fc / n;
        var mi = Math.Log2(o11 / expected);
        var t = (o11 - expected) / Math.Sqrt(o11);
        var o12 = Math.Max(0, w - o11);
        var o21 = Math.Max(0, fc - o11);
        var o22 = Math.Max(0, n - w - fc + o11);
        var total = o11 + o12 + o21 + o22;
        var g2 = 2 * (Cell(o11, (o11 + o12) * (o11 + o21) / total)
            + Cell(o12, (o11 + o12) * (o12 + o22) / total)
            + Cell(o21, (o21 + o22) * (o11 + o21) / total)
            + Cell(o22, (o21 + o22) * (o12 + o22) / total));
        var logDice = 14 + Math.Log2(2 * o11 / (nodeFrequency + fc));
        return new CollocateRow(collocate, observed, expected, collocateFrequency, mi, t, Math.Max(0, g2), logDice, examples);
    }

    private static double Cell(double observed, double expected) => observed > 0 ? observed * Math.Log(observed / expected) : 0;

    private static string? Candidate(Token token, CollocationOptions options)
    {
        var form = FeatureExtractor.FormOf(token, options.Features);
        if (options.Features.Stopwords.Words.Contains(WordFolding.Fold(form)) || (options.Features.RemoveNumbers && WordFolding.IsNumber(token.Text)))
        {
            return null;
        }

        if (!options.PartsOfSpeech.IsEmpty && !options.PartsOfSpeech.Contains(FallbackPartOfSpeech.Of(token)))
        {
            return null;
        }

        return form;
    }
}
