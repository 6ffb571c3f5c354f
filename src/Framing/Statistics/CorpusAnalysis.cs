using System.Collections.Immutable;
using System.Globalization;

using Framing.Actors;
using Framing.Corpus;
using Framing.Frames;
using Framing.Quotes;
using Framing.Reuse;
using Framing.Text;
using Framing.Text.Tagging;

namespace Framing.Statistics;

/// <summary>
/// The entry point for the CLI and notebooks: a loaded corpus, run through the text pipeline once,
/// with a group value per document (any metadata field). Statistics use the canonical documents
/// (near-duplicates counted once); reuse detection uses every document so that republications show.
/// </summary>
public sealed class CorpusAnalysis
{
    /// <summary>Metadata fields that can group documents.</summary>
    public static readonly ImmutableArray<string> GroupFields = ["outlet", "author", "authors", "document", "republisher", "year", "title"];

    private const string Unknown = "(unknown)";
    private readonly ImmutableDictionary<string, string> _groups;

    private CorpusAnalysis(ImmutableArray<Document> all, ImmutableArray<Document> canonical, ImmutableDictionary<string, string> groups, string groupField)
    {
        AllDocuments = all;
        Documents = canonical;
        _groups = groups;
        GroupField = groupField;
        Groups = [.. canonical.Select(d => groups[d.Id]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The canonical documents (one per near-duplicate group), tokenized and lemmatized.</summary>
    public ImmutableArray<Document> Documents { get; }

    /// <summary>Every document, duplicates included (for reuse detection).</summary>
    public ImmutableArray<Document> AllDocuments { get; }

    /// <summary>The metadata field the groups come from.</summary>
    public string GroupField { get; }

    /// <summary>Group values of the canonical documents, in document order.</summary>
    public ImmutableArray<string> Groups { get; }

    /// <summary>
    /// Prepares <paramref name="corpus"/>: runs <paramref name="pipeline"/> (default
    /// <see cref="TrainedPipeline.Default"/>, which tags parts of speech so collocate and descriptor
    /// filters use real tags; pass <see cref="EnglishPipeline.Default"/> for the rule-based one)
    /// over every document's body and groups documents by
    /// <paramref name="groupField"/> (outlet, author = all authors joined by "; ", document,
    /// republisher, year, title; a missing value becomes "(unknown)").
    /// </summary>
    /// <exception cref="StatisticsException">Unknown field, or an empty corpus.</exception>
    public static CorpusAnalysis Create(Framing.Corpus.Corpus corpus, string groupField = "outlet", Pipeline? pipeline = null, bool collapseDuplicates = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(groupField);
        var field = groupField.Trim().ToLowerInvariant();
        if (!GroupFields.Contains(field, StringComparer.Ordinal))
        {
            throw new StatisticsException($"Cannot group by '{groupField}': use one of {string.Join(", ", GroupFields)}.");
        }

        if (corpus.Documents.IsDefaultOrEmpty)
        {
            throw new StatisticsException("The corpus is empty: add .txt articles to the corpus folder.");
        }

        pipeline ??= TrainedPipeline.Default;
        var all = corpus.Documents.Select(d => pipeline.Process(d.ToDocument(), cancellationToken)).ToImmutableArray();
        var canonicalIds = (collapseDuplicates ? corpus.Canonical : corpus.Documents).Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
        var groups = corpus.Documents.ToImmutableDictionary(static d => d.Id, d => GroupValue(d.Metadata, field), StringComparer.Ordinal);
        return new CorpusAnalysis(all, [.. all.Where(d => canonicalIds.Contains(d.Id))], groups, field);
    }

    /// <summary>Groups already-processed documents with an explicit group function (for tests and custom inputs).</summary>
    public static CorpusAnalysis FromDocuments(IEnumerable<Document> documents, Func<Document, string> groupOf, string groupField = "group")
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(groupOf);
        var list = documents.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new StatisticsException("The corpus is empty: there are no documents to analyse.");
        }

        return new CorpusAnalysis(list, list, list.ToImmutableDictionary(static d => d.Id, d => groupOf(d) ?? Unknown, StringComparer.Ordinal), groupField);
    }

    /// <summary>The group value of a document.</summary>
    public string GroupOf(string documentId) => _groups.TryGetValue(documentId, out var group)
        ? group
        : throw new StatisticsException($"Unknown document '{documentId}'.");

    /// <summary>Canonical documents with their group values.</summary>
    public IEnumerable<(Document Document, string Group)> Grouped() => Documents.Select(d => (d, GroupOf(d.Id)));

    /// <summary>Document-feature counts, one row per canonical document.</summary>
    public DocumentFeatureMatrix Matrix(FeatureOptions? options = null) => DocumentFeatureMatrix.Build(Documents, options);

    /// <summary>Keyness of <paramref name="targetGroup"/> against every other group.</summary>
    public KeynessResult Keyness(string targetGroup, FeatureOptions? features = null, KeynessOptions? options = null) =>
        Statistics.Keyness.Compare(Matrix(features), GroupOf, targetGroup, options);

    /// <summary>Keyness of each group against the rest, in group order.</summary>
    public ImmutableArray<KeynessResult> KeynessForEachGroup(FeatureOptions? features = null, KeynessOptions? options = null)
    {
        var matrix = Matrix(features);
        return [.. Groups.Select(g => Statistics.Keyness.Compare(matrix, GroupOf, g, options))];
    }

    /// <summary>Collocates of <paramref name="node"/>, over all groups or within one.</summary>
    public CollocationResult Collocates(NodeTerm node, CollocationOptions? options = null, string? group = null) =>
        Collocations.Find(group is null ? Documents : Documents.Where(d => string.Equals(GroupOf(d.Id), group, StringComparison.Ordinal)), node, options);

    /// <summary>TF-IDF cosine similarity of the canonical documents.</summary>
    public SimilarityMatrix TfIdfCosine(FeatureOptions? features = null) => DocumentSimilarity.TfIdfCosine(Matrix(features));

    /// <summary>Jaccard similarity over k-word shingles of the canonical documents.</summary>
    public SimilarityMatrix Jaccard(int k = 5) => DocumentSimilarity.Jaccard(Documents, k);

    /// <summary>Shared passages between every pair of documents (duplicates included).</summary>
    public ReuseReport Reuse(ReuseOptions? options = null, CancellationToken cancellationToken = default) => ReuseDetector.FindAll(AllDocuments, options, cancellationToken);

    /// <summary>Direct quotations and speakers of the canonical documents.</summary>
    public QuoteTable Quotes() => QuoteExtractor.ExtractAll(Grouped());

    /// <summary>Adjectives and verbs attached to each actor, per group.</summary>
    public DescriptorTable Descriptors(IEnumerable<Framing.Actors.ActorDefinition>? actors = null, DescriptorOptions? options = null) => ActorDescriptors.Find(Grouped(), actors, options);

    /// <summary>Runs the frame matcher (default: the shipped codebook) over the canonical documents.</summary>
    public ImmutableArray<(Document Document, string Group, DocumentFrames Frames)> MatchFrames(Codebook? codebook = null, CancellationToken cancellationToken = default)
    {
        var matcher = new FrameMatcher(codebook ?? Codebook.LoadDefault());
        return [.. Documents.Select(d => (d, GroupOf(d.Id), matcher.Match(d, cancellationToken)))];
    }

    /// <summary>One <see cref="FramedSentence"/> per sentence of every canonical document, with codebook actor labels.</summary>
    public ImmutableArray<FramedSentence> FramedSentences(Codebook? codebook = null, CancellationToken cancellationToken = default)
    {
        codebook ??= Codebook.LoadDefault();
        var labels = LabelsOf(codebook);
        return [.. MatchFrames(codebook, cancellationToken).SelectMany(m => FramedSentence.FromFrames(m.Frames, m.Group, labels))];
    }

    /// <summary>Frame rates per group with Wilson and bootstrap intervals.</summary>
    public FrameRateTable FrameRates(Codebook? codebook = null, BootstrapOptions? bootstrap = null)
    {
        codebook ??= Codebook.LoadDefault();
        return FrameRateTable.Compute(FramedSentences(codebook), codebook.Frames.Select(static f => f.Id), bootstrap);
    }

    /// <summary>Subordinate/dominant casts per group and actor.</summary>
    public ActorRoleTable ActorRoles(Codebook? codebook = null) => ActorRoleTable.Count(FramedSentences(codebook));

    /// <summary>Adjectives and verbs attached to the codebook actors the matcher found, per group.</summary>
    public DescriptorTable Descriptors(Codebook codebook, DescriptorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        return ActorDescriptors.FindFromMatches(MatchFrames(codebook), LabelsOf(codebook), options);
    }

    private static Func<string, string> LabelsOf(Codebook codebook)
    {
        var labels = codebook.Actors.ToDictionary(static a => a.Id, static a => a.Label, StringComparer.Ordinal);
        return id => labels.TryGetValue(id, out var label) ? label : id;
    }

    private static string GroupValue(ArticleMetadata metadata, string field)
    {
        var value = field switch
        {
            "outlet" => metadata.Outlet,
            "author" or "authors" => metadata.Authors.IsDefaultOrEmpty ? null : string.Join("; ", metadata.Authors),
            "document" => metadata.Id,
            "republisher" => metadata.Republisher,
            "year" => metadata.Published?.Year.ToString(CultureInfo.InvariantCulture),
            "title" => metadata.Title,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(value) ? Unknown : value;
    }
}
