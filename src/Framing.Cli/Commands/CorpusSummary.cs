using Framing.Corpus;
using Framing.Reuse;
using Framing.Text;

namespace Framing.Cli.Commands;

/// <summary>The data behind <c>framing corpus</c>, shaped for JSON and tables.</summary>
/// <param name="Manifest">Manifest path, when there is one.</param>
/// <param name="ManifestSha256">SHA-256 of the manifest bytes.</param>
/// <param name="Documents">One row per document, ordered by id.</param>
/// <param name="Removed">Removed spans summarised per cleaning rule.</param>
/// <param name="DuplicateGroups">Near-duplicate groups.</param>
/// <param name="SharedPassages">Passages shared between documents (republications and quotations), with both locations.</param>
/// <param name="Warnings">Loader warnings (for example a .txt file with no manifest entry).</param>
public sealed record CorpusSummary(
    string? Manifest,
    string? ManifestSha256,
    IReadOnlyList<DocumentSummary> Documents,
    IReadOnlyList<RemovedSummary> Removed,
    IReadOnlyList<DuplicateSummary> DuplicateGroups,
    IReadOnlyList<SharedPassageSummary> SharedPassages,
    IReadOnlyList<WarningSummary> Warnings)
{
    /// <summary>Summarises <paramref name="corpus"/>, running the English pipeline for token and sentence counts.</summary>
    public static CorpusSummary Create(Framing.Corpus.Corpus corpus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var pipeline = EnglishPipeline.Default;
        var analysed = corpus.Documents.Select(d => pipeline.Process(d.ToDocument(), cancellationToken)).ToList();
        var documents = corpus.Documents.Zip(analysed, (d, a) =>
        {
            var m = d.Metadata;
            return new DocumentSummary(
                d.Id, m.Outlet, m.Title, [.. m.Authors], m.Published?.ToString(), m.Republisher, m.Notes, d.EncodingName, d.Sha256,
                a.Tokens.Length, a.Sentences.Length, d.Body.Length, d.Removed.Length, corpus.IsDuplicate(d.Id) ? corpus.CanonicalIdOf(d.Id) : null,
                [.. d.Removed.Select(r => new RemovedSpanSummary(r.Rule, r.Reason, r.Span.Start, r.Span.End, Excerpt(r.Span.Slice(d.Text))))]);
        }).ToList();
        var removed = corpus.Documents
            .SelectMany(d => d.Removed.Select(r => (r.Rule, Text: r.Span.Slice(d.Text))))
            .GroupBy(r => r.Rule, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RemovedSummary(g.Key, g.Count(), g.Sum(r => r.Text.Length), Excerpt(g.First().Text)))
            .ToList();
        var groups = corpus.DuplicateGroups
            .Select(g => new DuplicateSummary(g.Canonical, [.. g.Members], g.Pairs.Length == 0 ? 1 : g.Pairs.Min(p => p.Containment)))
            .ToList();
        var passages = ReuseDetector.FindAll(analysed, cancellationToken: cancellationToken).Pairs
            .SelectMany(p => p.Passages.Select(s => new SharedPassageSummary(
                p.Kind.ToString(), s.A.DocumentId, s.A.Start, s.A.End, s.B.DocumentId, s.B.Start, s.B.End, s.MatchedWords, Math.Round(s.Similarity, 3), Excerpt(s.A.Text))))
            .ToList();
        var warnings = corpus.Warnings.Select(w => new WarningSummary(w.DocumentId, w.ToString())).ToList();
        return new CorpusSummary(corpus.ManifestPath, corpus.ManifestSha256, documents, removed, groups, passages, warnings);
    }

    private static string Excerpt(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }
}

/// <summary>One document in <see cref="CorpusSummary"/>.</summary>
public sealed record DocumentSummary(
    string Id,
    string? Outlet,
    string? Title,
    IReadOnlyList<string> Authors,
    string? Published,
    string? Republisher,
    string? Notes,
    string Encoding,
    string Sha256,
    int Tokens,
    int Sentences,
    int BodySpans,
    int RemovedSpans,
    string? DuplicateOf,
    IReadOnlyList<RemovedSpanSummary> Removed);

/// <summary>One removed span of a document.</summary>
public sealed record RemovedSpanSummary(string Rule, string Reason, int Start, int End, string Excerpt);

/// <summary>Removed spans of one cleaning rule across the corpus.</summary>
public sealed record RemovedSummary(string Rule, int Spans, int Characters, string Example);

/// <summary>A near-duplicate group.</summary>
public sealed record DuplicateSummary(string Canonical, IReadOnlyList<string> Members, double Containment);

/// <summary>A passage two documents share: the pair's kind (republication or partial reuse such as a quotation) and both locations.</summary>
public sealed record SharedPassageSummary(string Kind, string DocA, int StartA, int EndA, string DocB, int StartB, int EndB, int Words, double Similarity, string Excerpt);

/// <summary>A loader warning.</summary>
public sealed record WarningSummary(string? Document, string Message);
