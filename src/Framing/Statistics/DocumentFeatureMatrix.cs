using System.Collections.Immutable;

using Framing.Text;

using Microsoft.Data.Analysis;

namespace Framing.Statistics;

/// <summary>
/// Feature counts per row, where a row is a document or a group of documents (an outlet, an
/// author). Every count can be traced back to its occurrences through <see cref="Examples"/>.
/// Near-duplicate documents are collapsed by passing only the canonical documents to
/// <see cref="Build"/> (the corpus loader says which those are).
/// </summary>
public sealed class DocumentFeatureMatrix
{
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, int>> _counts;
    private readonly ImmutableDictionary<string, ImmutableArray<(string DocumentId, FeatureOccurrence Occurrence)>> _occurrences;
    private readonly ImmutableDictionary<string, Document> _documents;
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, int>> _documentCounts;

    private DocumentFeatureMatrix(
        ImmutableArray<string> rows,
        ImmutableDictionary<string, ImmutableDictionary<string, int>> counts,
        ImmutableDictionary<string, ImmutableArray<(string DocumentId, FeatureOccurrence Occurrence)>> occurrences,
        ImmutableDictionary<string, Document> documents,
        ImmutableDictionary<string, ImmutableDictionary<string, int>> documentCounts,
        ImmutableDictionary<string, ImmutableArray<string>> members,
        FeatureOptions options)
    {
        _documentCounts = documentCounts;
        Rows = rows;
        _counts = counts;
        _occurrences = occurrences;
        _documents = documents;
        RowDocuments = members;
        Options = options;
        Features = [.. occurrences.Keys.Order(StringComparer.Ordinal)];
        RowTotals = rows.ToImmutableDictionary(r => r, r => counts[r].Values.Sum(), StringComparer.Ordinal);
    }

    /// <summary>Row labels (document ids, or group values after <see cref="GroupBy"/>), in first-seen order.</summary>
    public ImmutableArray<string> Rows { get; }

    /// <summary>All features, in ordinal order.</summary>
    public ImmutableArray<string> Features { get; }

    /// <summary>Total feature count per row.</summary>
    public ImmutableDictionary<string, int> RowTotals { get; }

    /// <summary>The document ids behind each row (one per row before grouping).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> RowDocuments { get; }

    /// <summary>The options the features were built with.</summary>
    public FeatureOptions Options { get; }

    /// <summary>Counts the features of each document (one row per document).</summary>
    /// <exception cref="StatisticsException">No documents, duplicate ids, or untokenized documents.</exception>
    public static DocumentFeatureMatrix Build(IEnumerable<Document> documents, FeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= FeatureOptions.Default;
        var list = documents.ToList();
        if (list.Count == 0)
        {
            throw new StatisticsException("The corpus is empty: there are no documents to count. Check the corpus folder and that documents were loaded.");
        }

        var counts = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, int>>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, ImmutableArray<(string, FeatureOccurrence)>.Builder>(StringComparer.Ordinal);
        var docs = ImmutableDictionary.CreateBuilder<string, Document>(StringComparer.Ordinal);
        foreach (var document in list)
        {
            ArgumentNullException.ThrowIfNull(document);
            if (!docs.TryAdd(document.Id, document))
            {
                throw new StatisticsException($"Document id '{document.Id}' appears twice. Give each document a unique id.");
            }

            var rowCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var occurrence in FeatureExtractor.Extract(document, options))
            {
                rowCounts[occurrence.Feature] = rowCounts.GetValueOrDefault(occurrence.Feature) + 1;
                if (!occurrences.TryGetValue(occurrence.Feature, out var builder))
                {
                    builder = ImmutableArray.CreateBuilder<(string, FeatureOccurrence)>();
                    occurrences.Add(occurrence.Feature, builder);
                }

                builder.Add((document.Id, occurrence));
            }

            counts.Add(document.Id, rowCounts.ToImmutableDictionary(StringComparer.Ordinal));
        }

        var rows = list.Select(static d => d.Id).ToImmutableArray();
        var documentCounts = counts.ToImmutable();
        return new DocumentFeatureMatrix(
            rows,
            documentCounts,
            occurrences.ToImmutableDictionary(static p => p.Key, static p => p.Value.ToImmutable(), StringComparer.Ordinal),
            docs.ToImmutable(),
            documentCounts,
            rows.ToImmutableDictionary(static r => r, static r => ImmutableArray.Create(r), StringComparer.Ordinal),
            options);
    }

    /// <summary>
    /// Sums rows into groups. <paramref name="groupOf"/> maps a document id to its group value
    /// (an outlet, an author, or the id itself); build it from any metadata field.
    /// </summary>
    public DocumentFeatureMatrix GroupBy(Func<string, string> groupOf)
    {
        ArgumentNullException.ThrowIfNull(groupOf);
        var rows = new List<string>();
        var merged = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            foreach (var documentId in RowDocuments[row])
            {
                var group = groupOf(documentId) ?? throw new StatisticsException($"Document '{documentId}' has no group value. Fill the metadata field used for grouping.");
                if (!merged.TryGetValue(group, out var target))
                {
                    target = new Dictionary<string, int>(StringComparer.Ordinal);
                    merged.Add(group, target);
                    members.Add(group, []);
                    rows.Add(group);
                }

                members[group].Add(documentId);
                foreach (var (feature, count) in _documentCounts[documentId])
                {
                    target[feature] = target.GetValueOrDefault(feature) + count;
                }
            }
        }

        return new DocumentFeatureMatrix(
            [.. rows],
            merged.ToImmutableDictionary(static p => p.Key, static p => p.Value.ToImmutableDictionary(StringComparer.Ordinal), StringComparer.Ordinal),
            _occurrences,
            _documents,
            _documentCounts,
            members.ToImmutableDictionary(static p => p.Key, static p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            Options);
    }

    /// <summary>The count of <paramref name="feature"/> in <paramref name="row"/> (0 when absent).</summary>
    public int Count(string row, string feature)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(feature);
        if (!_counts.TryGetValue(row, out var rowCounts))
        {
            throw new StatisticsException($"Unknown row '{row}'. Known rows: {string.Join(", ", Rows)}.");
        }

        return rowCounts.GetValueOrDefault(feature);
    }

    /// <summary>The non-zero counts of one row.</summary>
    public ImmutableDictionary<string, int> RowCounts(string row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _counts.TryGetValue(row, out var rowCounts)
            ? rowCounts
            : throw new StatisticsException($"Unknown row '{row}'. Known rows: {string.Join(", ", Rows)}.");
    }

    /// <summary>Total count of <paramref name="feature"/> over all rows.</summary>
    public int Total(string feature) => Rows.Sum(r => Count(r, feature));

    /// <summary>The document (as passed to <see cref="Build"/>) with id <paramref name="documentId"/>.</summary>
    public Document DocumentOf(string documentId) => _documents[documentId];

    /// <summary>
    /// Up to <paramref name="limit"/> occurrences of <paramref name="feature"/>, in document then text
    /// order, restricted to <paramref name="documentIds"/> when given, each with its sentence.
    /// </summary>
    public ImmutableArray<Evidence> Examples(string feature, int limit = 3, IEnumerable<string>? documentIds = null)
    {
        ArgumentNullException.ThrowIfNull(feature);
        if (!_occurrences.TryGetValue(feature, out var all))
        {
            return [];
        }

        var allowed = documentIds is null ? null : new HashSet<string>(documentIds, StringComparer.Ordinal);
        return [.. all.Where(o => allowed is null || allowed.Contains(o.DocumentId))
            .Take(limit)
            .Select(o => FeatureExtractor.EvidenceOf(_documents[o.DocumentId], o.Occurrence.SentenceIndex, o.Occurrence.Start, o.Occurrence.End))];
    }

    /// <summary>The matrix in long form: one row per (row, feature) with a non-zero count.</summary>
    public DataFrame ToDataFrame()
    {
        var rowColumn = new StringDataFrameColumn("row");
        var featureColumn = new StringDataFrameColumn("feature");
        var countColumn = new Int32DataFrameColumn("count");
        foreach (var row in Rows)
        {
            foreach (var (feature, count) in _counts[row].OrderBy(static p => p.Key, StringComparer.Ordinal))
            {
                rowColumn.Append(row);
                featureColumn.Append(feature);
                countColumn.Append(count);
            }
        }

        return new DataFrame(rowColumn, featureColumn, countColumn);
    }

    /// <summary>The non-zero counts of one document, whatever the grouping.</summary>
    public ImmutableDictionary<string, int> DocumentCounts(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return _documentCounts.TryGetValue(documentId, out var counts)
            ? counts
            : throw new StatisticsException($"Unknown document '{documentId}'.");
    }

    /// <summary>Total feature count of one document, whatever the grouping.</summary>
    public int DocumentTotal(string documentId) => DocumentCounts(documentId).Values.Sum();
}
