using System.Collections.Immutable;
using System.Globalization;

using Framing.Text;

using Microsoft.Data.Analysis;

namespace Framing.Statistics;

/// <summary>A symmetric similarity matrix with row/column labels.</summary>
/// <param name="Measure">What the values are (for titles).</param>
/// <param name="Labels">Row and column labels (document ids), in input order.</param>
/// <param name="Values">Values[i][j] is the similarity of Labels[i] and Labels[j]; NaN when undefined.</param>
public sealed record SimilarityMatrix(string Measure, ImmutableArray<string> Labels, ImmutableArray<ImmutableArray<double>> Values)
{
    /// <summary>The similarity of two labelled documents.</summary>
    public double this[string a, string b] => Values[IndexOf(a)][IndexOf(b)];

    /// <summary>Long form: one row per ordered pair (a, b).</summary>
    public DataFrame ToDataFrame()
    {
        var a = new StringDataFrameColumn("a");
        var b = new StringDataFrameColumn("b");
        var value = new DoubleDataFrameColumn("similarity");
        for (var i = 0; i < Labels.Length; i++)
        {
            for (var j = 0; j < Labels.Length; j++)
            {
                a.Append(Labels[i]);
                b.Append(Labels[j]);
                value.Append(Values[i][j]);
            }
        }

        return new DataFrame(new StringDataFrameColumn("measure", Enumerable.Repeat(Measure, a.Length > int.MaxValue ? 0 : (int)a.Length)), a, b, value);
    }

    private int IndexOf(string label)
    {
        var index = Labels.IndexOf(label);
        return index >= 0 ? index : throw new StatisticsException($"Unknown document '{label}' in the {Measure} matrix. Known: {string.Join(", ", Labels)}.");
    }
}

/// <summary>Document similarity: cosine over TF-IDF vectors and Jaccard over word shingles.</summary>
public static class DocumentSimilarity
{
    /// <summary>
    /// Cosine similarity of TF-IDF vectors, one per row of <paramref name="matrix"/>. tf is the raw
    /// count; idf is smoothed as in scikit-learn: idf(t) = ln((1 + n) / (1 + df(t))) + 1, with n the
    /// number of rows. The +1 inside acts as one extra row containing every term (no division by
    /// zero) and the +1 outside keeps terms found in every row from vanishing. A row without
    /// features has similarity NaN to the others (1 to itself).
    /// </summary>
    public static SimilarityMatrix TfIdfCosine(DocumentFeatureMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var n = matrix.Rows.Length;
        var documentFrequency = matrix.Features.ToDictionary(f => f, f => matrix.Rows.Count(r => matrix.Count(r, f) > 0), StringComparer.Ordinal);
        var vectors = matrix.Rows.Select(r => matrix.RowCounts(r).ToDictionary(
            static p => p.Key,
            p => p.Value * (Math.Log((1.0 + n) / (1.0 + documentFrequency[p.Key])) + 1),
            StringComparer.Ordinal)).ToList();
        return Build("TF-IDF cosine", matrix.Rows, (i, j) => Cosine(vectors[i], vectors[j]));
    }

    /// <summary>
    /// Jaccard similarity |A ∩ B| / |A ∪ B| of the sets of <paramref name="k"/>-word shingles
    /// (consecutive folded, lower-cased words; punctuation skipped; shingles may cross sentences).
    /// NaN when both documents have fewer than k words.
    /// </summary>
    public static SimilarityMatrix Jaccard(IEnumerable<Document> documents, int k = 5)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var docs = documents.ToList();
        if (docs.Count == 0)
        {
            throw new StatisticsException("The corpus is empty: there are no documents to compare.");
        }

        var sets = docs.Select(d => Shingles(d, k)).ToList();
        return Build(string.Create(CultureInfo.InvariantCulture, $"Jaccard ({k}-word shingles)"), [.. docs.Select(static d => d.Id)], (i, j) =>
        {
            var union = sets[i].Count + sets[j].Count - sets[i].Count(sets[j].Contains);
            return union == 0 ? double.NaN : (double)sets[i].Count(sets[j].Contains) / union;
        });
    }

    /// <summary>The set of k-word shingles of one document (words joined by a space).</summary>
    public static HashSet<string> Shingles(Document document, int k)
    {
        ArgumentNullException.ThrowIfNull(document);
        FeatureExtractor.RequireTokens(document);
        var words = document.Tokens.Where(static t => WordFolding.IsWord(t.Text)).Select(static t => WordFolding.Fold(t.Text)).ToList();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + k <= words.Count; i++)
        {
            set.Add(string.Join(' ', words.Skip(i).Take(k)));
        }

        return set;
    }

    private static SimilarityMatrix Build(string measure, ImmutableArray<string> labels, Func<int, int, double> similarity)
    {
        var values = new double[labels.Length][];
        for (var i = 0; i < labels.Length; i++)
        {
            values[i] = new double[labels.Length];
            values[i][i] = 1;
        }

        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                values[i][j] = values[j][i] = similarity(i, j);
            }
        }

        return new SimilarityMatrix(measure, labels, [.. values.Select(static v => v.ToImmutableArray())]);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        // Sum in ordinal key order: the vectors come from hash-ordered dictionaries whose order changes
        // from process to process, and a floating-point sum depends on its order. Reports must be
        // byte-identical across runs, so the order is fixed here.
        double dot = 0, normA = 0, normB = 0;
        foreach (var key in a.Keys.Order(StringComparer.Ordinal))
        {
            var value = a[key];
            normA += value * value;
            if (b.TryGetValue(key, out var other))
            {
                dot += value * other;
            }
        }

        foreach (var key in b.Keys.Order(StringComparer.Ordinal))
        {
            normB += b[key] * b[key];
        }

        var norm = Math.Sqrt(normA) * Math.Sqrt(normB);
        return norm == 0 ? double.NaN : dot / norm;
    }
}
