using System.Collections.Immutable;

using Framing.Text;

namespace Framing.Corpus;

/// <summary>
/// One loaded article file: the decoded original text, where the article is in it (<see cref="Body"/>),
/// what was removed as page chrome and why (<see cref="Removed"/>), and its metadata.
/// </summary>
public sealed class CorpusDocument
{
    /// <summary>Creates a document; <see cref="CorpusLoader"/> is the usual way to get one.</summary>
    /// <exception cref="ArgumentException">The body spans are out of order, overlapping or outside the text.</exception>
    public CorpusDocument(
        string id,
        string filePath,
        string text,
        string sha256,
        DetectedEncoding encoding,
        ArticleMetadata metadata,
        ImmutableArray<TextSpan> body,
        ImmutableArray<RemovedSpan> removed)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        FilePath = filePath ?? throw new ArgumentNullException(nameof(filePath));
        Text = text;
        Sha256 = sha256 ?? throw new ArgumentNullException(nameof(sha256));
        Encoding = encoding ?? throw new ArgumentNullException(nameof(encoding));
        Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        Body = body.IsDefault ? [] : body;
        Removed = removed.IsDefault ? [] : removed;
        _ = new Document(id, text, Body); // validates the spans once, with the same rules the pipeline applies
    }

    /// <summary>The document id: the file stem (file name without <c>.txt</c>).</summary>
    public string Id { get; }

    /// <summary>The file the text was read from, as given to the loader.</summary>
    public string FilePath { get; }

    /// <summary>The decoded original text, line endings and typographic quotes as in the file. All spans index it.</summary>
    public string Text { get; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes, for report provenance.</summary>
    public string Sha256 { get; }

    /// <summary>How the bytes were decoded (including whether the Windows-1252 fallback was used).</summary>
    public DetectedEncoding Encoding { get; }

    /// <summary>The encoding's name: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c> or <c>windows-1252</c>.</summary>
    public string EncodingName => Encoding.Name;

    /// <summary>Manifest metadata, completed with what cleaning inferred (see <see cref="ArticleMetadata.Inferred"/>).</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>The article text as ordered, non-overlapping, trimmed spans of <see cref="Text"/> (paragraphs and subheads).</summary>
    public ImmutableArray<TextSpan> Body { get; }

    /// <summary>The page chrome left out of <see cref="Body"/>, each span with its rule and reason, in text order.</summary>
    public ImmutableArray<RemovedSpan> Removed { get; }

    /// <summary>The body spans' text joined by blank lines (for display and comparison; offsets do not apply to it).</summary>
    public string BodyText => string.Join("\n\n", Body.Select(s => s.Slice(Text)));

    /// <summary>A pipeline document over the original text whose regions are the article body.</summary>
    public Document ToDocument() => new(Id, Text, Body);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Body.Length} body spans, {Removed.Length} removed)";
}
