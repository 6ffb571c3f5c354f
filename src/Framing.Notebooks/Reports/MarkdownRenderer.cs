using System.Text;

using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Framing.Notebooks.Reports;

/// <summary>A heading for the table of contents.</summary>
/// <param name="Level">1 for <c>#</c>, 2 for <c>##</c>, …</param>
/// <param name="Text">The heading's text.</param>
/// <param name="Id">The element id, unique in the report.</param>
internal sealed record ReportHeading(int Level, string Text, string Id);

/// <summary>
/// Renders Markdown cells with Markdig, GitHub style (pipe tables, fenced code, autolinks, strikethrough,
/// task lists). Raw HTML in Markdown is shown as text, never passed through. Heading ids are derived from
/// the heading text and made unique across the whole report, so the table of contents links are stable.
/// </summary>
internal sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseTaskLists()
        .DisableHtml()
        .Build();

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<ReportHeading> _headings = [];

    /// <summary>The headings rendered so far, in order.</summary>
    public IReadOnlyList<ReportHeading> Headings => _headings;

    /// <summary>Reserves an id (e.g. a cell anchor) so no heading takes it.</summary>
    public void Reserve(string id) => _ids.Add(id);

    /// <summary>Renders one Markdown cell.</summary>
    public string Render(string markdown)
    {
        MarkdownDocument document = Markdown.Parse(markdown, Pipeline);
        foreach (HeadingBlock heading in document.Descendants<HeadingBlock>())
        {
            string text = InlineText(heading.Inline);
            string id = UniqueId(Slug(text));
            heading.GetAttributes().Id = id;
            _headings.Add(new ReportHeading(heading.Level, text, id));
        }

        using StringWriter writer = new() { NewLine = "\n" };
        HtmlRenderer renderer = new(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        StringBuilder text = new();
        foreach (Inline child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static string Slug(string text)
    {
        StringBuilder slug = new();
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if ((c == ' ' || c == '-' || c == '_') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        string result = slug.ToString().Trim('-');
        return result.Length == 0 ? "section" : result;
    }

    private string UniqueId(string slug)
    {
        string id = slug;
        for (int n = 2; !_ids.Add(id); n++)
        {
            id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }
}
