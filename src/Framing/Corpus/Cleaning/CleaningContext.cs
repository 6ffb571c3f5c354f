using System.Collections.Immutable;

using Framing.Text;

namespace Framing.Corpus.Cleaning;

/// <summary>
/// The mutable working state one <c>ArticleCleaner.Clean</c> call threads through its rules:
/// the page's lines, which are still open (not yet removed), and the metadata found so far.
/// Never shared between calls or threads.
/// </summary>
internal sealed class CleaningContext
{
    private readonly RemovedSpan?[] _removedLines;
    private readonly List<RemovedSpan> _removedInline = [];

    public CleaningContext(string text, ArticleMetadata known, CleaningOptions options)
    {
        Text = text;
        Known = known;
        Options = options;
        Lines = Split(text, options);
        _removedLines = new RemovedSpan?[Lines.Length];
    }

    public string Text { get; }

    /// <summary>Metadata known before cleaning (from the manifest), used to recognise the title and author lines.</summary>
    public ArticleMetadata Known { get; }

    public CleaningOptions Options { get; }

    public ImmutableArray<PageLine> Lines { get; }

    /// <summary>The title found on the page (verbatim), if any.</summary>
    public string? Title { get; set; }

    /// <summary>Author names found in bylines and bios, in page order, without duplicates.</summary>
    public List<string> Authors { get; } = [];

    /// <summary>Byline and bio lines, verbatim.</summary>
    public List<string> Credits { get; } = [];

    /// <summary>The first full date found in a date line.</summary>
    public PartialDate? Date { get; set; }

    /// <summary>Non-blank lines that no rule has removed yet.</summary>
    public IEnumerable<PageLine> OpenLines => Lines.Where(IsOpen);

    public bool IsOpen(PageLine line) => !line.IsBlank && _removedLines[line.Index] is null;

    /// <summary>Removes a whole line (its trimmed content) with the rule's name and a reason.</summary>
    public void Remove(PageLine line, string rule, string reason)
    {
        if (IsOpen(line))
        {
            _removedLines[line.Index] = new RemovedSpan(line.Content, rule, reason);
        }
    }

    /// <summary>Removes part of an open line; the rest of the line stays in the body.</summary>
    public void RemoveInline(TextSpan span, string rule, string reason) => _removedInline.Add(new RemovedSpan(span, rule, reason));

    /// <summary>The first open paragraph-shaped line, or null.</summary>
    public PageLine? FirstParagraph() => OpenLines.FirstOrDefault(l => l.IsParagraph);

    /// <summary>The last open paragraph-shaped line, or null.</summary>
    public PageLine? LastParagraph() => OpenLines.LastOrDefault(l => l.IsParagraph);

    /// <summary>The nearest non-blank line before <paramref name="line"/> in the same block, or null.</summary>
    public PageLine? PreviousInBlock(PageLine line) =>
        line.Index > 0 && !Lines[line.Index - 1].IsBlank && Lines[line.Index - 1].Block == line.Block ? Lines[line.Index - 1] : null;

    public void AddAuthor(string name)
    {
        if (!Authors.Contains(name, StringComparer.Ordinal))
        {
            Authors.Add(name);
        }
    }

    /// <summary>Body spans (open lines minus inline removals) and every removed span, both in text order.</summary>
    public (ImmutableArray<TextSpan> Body, ImmutableArray<RemovedSpan> Removed) Result()
    {
        var removed = _removedLines.OfType<RemovedSpan>().Concat(_removedInline).OrderBy(r => r.Span.Start).ThenBy(r => r.Span.End).ToImmutableArray();
        var body = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var line in OpenLines)
        {
            var start = line.Content.Start;
            foreach (var cut in _removedInline.Where(r => line.Content.Contains(r.Span)).OrderBy(r => r.Span.Start))
            {
                AddTrimmed(body, start, cut.Span.Start);
                start = Math.Max(start, cut.Span.End);
            }

            AddTrimmed(body, start, line.Content.End);
        }

        return (body.ToImmutable(), removed);
    }

    private void AddTrimmed(ImmutableArray<TextSpan>.Builder body, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            body.Add(new TextSpan(start, end));
        }
    }

    private static ImmutableArray<PageLine> Split(string text, CleaningOptions options)
    {
        var lines = ImmutableArray.CreateBuilder<PageLine>();
        var block = 0;
        var previousBlank = true;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny(['\r', '\n'], start);
            var lineEnd = end < 0 ? text.Length : end;
            var content = Trim(text, start, lineEnd);
            var isBlank = content.Length == 0;
            if (!isBlank && previousBlank && lines.Count > 0)
            {
                block++;
            }

            lines.Add(new PageLine(lines.Count, content, text[content.Start..content.End], block, options));
            previousBlank = isBlank;
            if (end < 0)
            {
                break;
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return lines.ToImmutable();
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
