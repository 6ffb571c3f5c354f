using System.Collections.Immutable;
using System.Text;

using Framing.Frames;
using Framing.Statistics;
using Framing.Text;

namespace Framing.Concordance;

/// <summary>
/// Builds keyword-in-context (KWIC) lines: for the codebook's frame matches, or for a term such as
/// an actor's names. Context is taken from the match's own sentence, so it is always article text.
/// </summary>
public static class Concordancer
{
    /// <summary>
    /// One line per counting frame match (optionally only <paramref name="frameId"/>'s).
    /// </summary>
    /// <param name="documents">Processed documents (tokens and sentences), e.g. the canonical documents.</param>
    /// <param name="frames">The matcher's results for those documents (matched by document id).</param>
    /// <param name="frameId">Only this frame's matches; null for all frames.</param>
    /// <param name="options">Context width.</param>
    /// <exception cref="ArgumentException">A frame result names a document that is not in <paramref name="documents"/>, or a sentence index that document does not have.</exception>
    public static KwicTable ForFrames(IEnumerable<Document> documents, IEnumerable<DocumentFrames> frames, string? frameId = null, KwicOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(frames);
        options ??= KwicOptions.Default;
        options.Validate();
        var byId = ById(documents);
        var lines = new List<KwicLine>();
        foreach (var result in frames)
        {
            if (!byId.TryGetValue(result.DocumentId, out var document))
            {
                throw new ArgumentException($"Frame results name document '{result.DocumentId}', which is not among the documents given.", nameof(frames));
            }

            foreach (var sentenceFrames in result.Sentences)
            {
                if (sentenceFrames.Index < 0 || sentenceFrames.Index >= document.Sentences.Length)
                {
                    throw new ArgumentException($"Frame results for '{result.DocumentId}' name sentence {sentenceFrames.Index}, which the document does not have; match the document again.", nameof(frames));
                }

                var sentence = document.Sentences[sentenceFrames.Index];
                foreach (var match in sentenceFrames.Matches)
                {
                    if (frameId is null || string.Equals(match.FrameId, frameId, StringComparison.Ordinal))
                    {
                        lines.Add(Line(document, sentence, match.Start, match.End, match.FrameId, match.Pattern, options));
                    }
                }
            }
        }

        return new KwicTable(frameId is null ? "Frame matches" : "Frame matches: " + frameId, Sorted(lines));
    }

    /// <summary>One line per occurrence of <paramref name="term"/> (any of its forms; longest first, no overlaps).</summary>
    /// <param name="documents">Processed documents.</param>
    /// <param name="term">The term, e.g. <c>NodeTerm.Of("alliance")</c> or an actor's names.</param>
    /// <param name="options">Context width.</param>
    public static KwicTable ForTerm(IEnumerable<Document> documents, NodeTerm term, KwicOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(term);
        options ??= KwicOptions.Default;
        options.Validate();
        var lines = new List<KwicLine>();
        foreach (var document in ById(documents).Values)
        {
            foreach (var sentence in document.Sentences)
            {
                foreach (var (start, length) in term.Matches(document, sentence.FirstToken, sentence.EndToken))
                {
                    var first = document.Tokens[start];
                    var last = document.Tokens[start + length - 1];
                    var form = string.Join(' ', Enumerable.Range(start, length).Select(i => document.Tokens[i].Text));
                    lines.Add(Line(document, sentence, first.Start, last.End, term.Name, form, options));
                }
            }
        }

        return new KwicTable("Occurrences of " + term.Name, Sorted(lines));
    }

    private static Dictionary<string, Document> ById(IEnumerable<Document> documents)
    {
        var byId = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            if (!byId.TryAdd(document.Id, document))
            {
                throw new ArgumentException($"Two documents have the id '{document.Id}'.", nameof(documents));
            }
        }

        return byId;
    }

    private static KwicLine Line(Document document, Sentence sentence, int start, int end, string label, string detail, KwicOptions options)
    {
        var text = document.Text;
        var left = CutLeft(Collapse(text[sentence.Start..start]), options.ContextCharacters);
        var right = CutRight(Collapse(text[end..sentence.End]), options.ContextCharacters);
        return new KwicLine(document.Id, sentence.Index, sentence.Start, sentence.End, start, end, left, Collapse(text[start..end]), right, label, detail);
    }

    private static ImmutableArray<KwicLine> Sorted(List<KwicLine> lines) =>
    [
        .. lines
            .OrderBy(static l => l.DocumentId, StringComparer.Ordinal)
            .ThenBy(static l => l.MatchStart)
            .ThenBy(static l => l.MatchEnd)
            .ThenBy(static l => l.Label, StringComparer.Ordinal)
            .ThenBy(static l => l.Detail, StringComparer.Ordinal),
    ];

    /// <summary>Collapses whitespace runs (CR, LF, tabs, no-break spaces) to one space, keeping edge spaces as one space.</summary>
    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>Keeps the last <paramref name="max"/> characters, starting at a word; "…" marks a cut.</summary>
    internal static string CutLeft(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var start = text.Length - max;
        var space = text.IndexOf(' ', start);
        var kept = space < 0 ? text[start..] : text[(space + 1)..];
        return "…" + kept;
    }

    /// <summary>Keeps the first <paramref name="max"/> characters, ending at a word; "…" marks a cut.</summary>
    internal static string CutRight(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', max);
        var kept = space <= 0 ? text[..max] : text[..space];
        return kept + "…";
    }
}
