using System.Collections.Immutable;

using Framing.Actors;
using Framing.Concordance;
using Framing.Frames;
using Framing.Notebooks.Formatting;
using Framing.Notebooks.Formatting.Library;
using Framing.Reuse;
using Framing.Statistics;
using Framing.Text;
using Framing.Validation;

namespace Framing.Notebooks.Tests.AnalysisNotebooks;

/// <summary>
/// The library formatters: registered with the notebook formatting, they show the result's content, and
/// article text (here a <c>&lt;script&gt;</c> snippet) always comes out escaped, never as markup.
/// </summary>
public sealed class LibraryFormatterTests
{
    private const string Script = "<script>alert('x')</script>";
    private const string EscapedScript = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    private const string CodebookYaml = """
        frames:
          - id: restraint
            label: Restraint <b>
            definition: "holds back <script>alert('x')</script>"
            patterns:
              - fine line
        actors:
          - id: china
            label: China
            names: [China, Beijing]
        """;

    private static readonly Codebook Book = Codebook.Parse(CodebookYaml, "test");

    private static readonly Document Article = EnglishPipeline.Default.Process(
        "doc<1>", "Beijing walks a fine line " + Script + " today. China waits.");

    private static string Html(object value) => NotebookFormatters.Format(value, NotebookFormatters.Html);

    private static void AssertNoMarkupFromText(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("doc<1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Kwic_table_highlights_the_match_and_escapes_the_article_text()
    {
        KwicTable table = Concordancer.ForFrames([Article], [Book.Match(Article)]);

        string html = Html(table);

        Assert.Contains("framing-kwic", html, StringComparison.Ordinal);
        Assert.Contains("<mark title=\"fine line\">fine line</mark>", html, StringComparison.Ordinal);
        Assert.Contains(EscapedScript, html, StringComparison.Ordinal);
        Assert.Contains("doc&lt;1&gt;", html, StringComparison.Ordinal);
        AssertNoMarkupFromText(html);
        Assert.Contains("[fine line]", NotebookFormatters.Format(table, NotebookFormatters.PlainText), StringComparison.Ordinal);
    }

    [Fact]
    public void Kwic_table_without_lines_says_so_and_long_tables_are_cut_with_a_note()
    {
        KwicTable empty = new("Nothing", []);
        KwicLine line = new("d", 0, 0, 10, 0, 5, "", "China", " waits.", "China", "China");
        KwicTable many = new("Many", [.. Enumerable.Repeat(line, KwicFormatter.MaxLines + 5)]);

        Assert.Contains("No matches.", Html(empty), StringComparison.Ordinal);
        string html = Html(many);
        Assert.Contains($"Showing the first {KwicFormatter.MaxLines} of {KwicFormatter.MaxLines + 5} lines.", html, StringComparison.Ordinal);
        Assert.Equal(KwicFormatter.MaxLines, CountOf(html, "<mark "));
    }

    [Fact]
    public void Frames_per_sentence_mark_the_cues_with_their_pattern_and_escape_the_sentence()
    {
        DocumentFrames frames = Book.Match(Article);

        string html = Html(frames);

        Assert.Contains("framing-frames", html, StringComparison.Ordinal);
        Assert.Contains("<mark title=\"restraint: fine line\">fine line</mark>", html, StringComparison.Ordinal);
        Assert.Contains(EscapedScript, html, StringComparison.Ordinal);
        Assert.Contains("1 of 2 sentences carry a frame.", html, StringComparison.Ordinal);
        AssertNoMarkupFromText(html);
        AssertNoMarkupFromText(Html(frames.Sentences[0]));
    }

    [Fact]
    public void Codebook_shows_definitions_and_patterns_escaped()
    {
        string html = Html(Book);

        Assert.Contains("framing-codebook", html, StringComparison.Ordinal);
        Assert.Contains("<code>fine line</code>", html, StringComparison.Ordinal);
        Assert.Contains("holds back " + EscapedScript, html, StringComparison.Ordinal);
        Assert.Contains("Restraint &lt;b&gt;", html, StringComparison.Ordinal);
        AssertNoMarkupFromText(html);
    }

    [Fact]
    public void Keyness_lists_key_features_with_dispersion_and_escaped_evidence()
    {
        Evidence evidence = new("doc<1>", 6, 11, 0, 40, "Words " + Script + " here.");
        KeynessRow key = new("<b>", 12, 1, 100, 100, 9.1, 0.002, 11.2, 0.0008, 3.6, new Dispersion(2, 2, 0.93, null), [evidence]);
        KeynessRow plain = new("plain", 1, 12, 100, 100, 9.1, 0.002, 11.2, 0.0008, -3.6, new Dispersion(2, 1, 0.1, null), []);
        KeynessResult result = new("Outlet <i>", ["a", "b"], ["c"], [key, plain]);

        string html = Html(result);

        Assert.Contains("framing-keyness", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("0.93", html, StringComparison.Ordinal);
        Assert.Contains("2/2", html, StringComparison.Ordinal);
        Assert.Contains("&lt;0.001", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">plain<", html, StringComparison.Ordinal); // under-used features are not key features
        Assert.Contains("Outlet &lt;i&gt;", html, StringComparison.Ordinal);
        AssertNoMarkupFromText(html);
    }

    [Fact]
    public void Keyness_examples_are_cut_to_whole_words_around_the_feature()
    {
        static string Words(string prefix) => string.Join(' ', Enumerable.Range(0, 40).Select(i => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        string sentence = Words("before") + " pivot " + Words("after");
        int start = sentence.IndexOf(" pivot ", StringComparison.Ordinal) + 1;
        Evidence evidence = new("d", start, start + 5, 0, sentence.Length, sentence);
        KeynessRow row = new("pivot", 12, 1, 100, 100, 9.1, 0.002, 11.2, 0.0008, 3.6, new Dispersion(2, 2, 0.93, null), [evidence]);

        string html = Html(new KeynessResult("A", ["a"], ["b"], [row]));

        string example = html[html.IndexOf("[0–", StringComparison.Ordinal)..];
        Assert.Contains("<mark>pivot</mark>", example, StringComparison.Ordinal);
        Assert.Matches(@"</code> …before\d+ ", example);   // starts at a whole word after the cut mark
        Assert.Matches(@" after\d+…</td>", example);        // ends at a whole word before the cut mark
        Assert.DoesNotContain("before0 ", example, StringComparison.Ordinal);
        Assert.DoesNotContain("after39", example, StringComparison.Ordinal);
    }

    [Fact]
    public void Similarity_matrix_is_a_shaded_table_with_escaped_labels()
    {
        SimilarityMatrix matrix = new("cosine", ["doc<1>", "b"], [[1.0, 0.25], [0.25, 1.0]]);

        string html = Html(matrix);

        Assert.Contains("framing-similarity", html, StringComparison.Ordinal);
        Assert.Contains("0.250", html, StringComparison.Ordinal);
        Assert.Contains("rgba(31,119,180,0.70)", html, StringComparison.Ordinal);
        Assert.Contains("rgba(31,119,180,0.18)", html, StringComparison.Ordinal);
        AssertNoMarkupFromText(html);
    }

    [Fact]
    public void Frame_rates_show_each_share_with_both_intervals()
    {
        static FramedSentence Sentence(int index, params string[] frames) =>
            new("doc<1>", "Outlet <i>", index, new TextSpan(index * 10, (index * 10) + 9), Script, index / 3.0, [.. frames]);
        FrameRateTable table = FrameRateTable.Compute([Sentence(0, "restraint"), Sentence(1), Sentence(2), Sentence(3, "restraint")], ["restraint"]);

        string html = Html(table);

        Assert.Contains("<strong>50.0 %</strong>", html, StringComparison.Ordinal);
        Assert.Contains("W 15.0 %–85.0 %", html, StringComparison.Ordinal);
        Assert.Contains("Outlet &lt;i&gt;", html, StringComparison.Ordinal);
        AssertNoMarkupFromText(html);
    }

    [Fact]
    public void Validation_report_shows_scores_confusion_and_escaped_error_sentences()
    {
        HandCodedSentence coded = new("d", 0, 30, Script + " walks a fine line.", null, ["restraint"], "coder", 1);
        HandCodedSentence uncoded = new("d", 31, 60, "Another " + Script, null, [], "coder", 2);
        PredictedSentence missed = new("d", 0, 30, Script + " walks a fine line.", []);
        PredictedSentence spurious = new("d", 31, 60, "Another " + Script, ["restraint"]) { Evidence = ["restraint: \"<b>\""] };

        ValidationReport report = FrameValidation.Score([coded, uncoded], [missed, spurious], ["restraint"]);
        string html = Html(report);

        Assert.Contains("framing-validation", html, StringComparison.Ordinal);
        Assert.Contains("framing-confusion", html, StringComparison.Ordinal);
        Assert.Contains("false negative", html, StringComparison.Ordinal);
        Assert.Contains("false positive", html, StringComparison.Ordinal);
        Assert.Contains(EscapedScript + " walks a fine line.", html, StringComparison.Ordinal);
        AssertNoMarkupFromText(html);
    }

    [Fact]
    public void Claims_cite_numbered_sentences_that_link_to_an_escaped_evidence_list()
    {
        Evidence evidence = new("doc<1>", 0, 37, 0, 37, "Text " + Script + " end.");
        ClaimTable table = new("Claims <b>", [
            new Claim("Outlet", "restraint", "15 % of sentences <b>", [evidence]),
            new Claim("Outlet", "asymmetry", "12 %", [evidence]),
        ]);

        string html = Html(table);

        Assert.Contains("framing-claims", html, StringComparison.Ordinal);
        Assert.Contains("framing-evidence", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, "[1]</a>")); // the same sentence cited twice keeps one number
        string target = html[(html.IndexOf("href=\"#", StringComparison.Ordinal) + 7)..];
        string anchor = target[..target.IndexOf('"', StringComparison.Ordinal)];
        Assert.Contains("<li id=\"" + anchor + "\">", html, StringComparison.Ordinal);
        Assert.Contains("doc&lt;1&gt; [0–37)", html, StringComparison.Ordinal);
        Assert.Contains(EscapedScript, html, StringComparison.Ordinal);
        AssertNoMarkupFromText(html);
    }

    [Fact]
    public void Actor_roles_show_counts_and_an_escaped_example_per_cell()
    {
        string sentence = Script + " depends on.";
        Evidence evidence = new("doc<1>", 0, sentence.Length, 0, sentence.Length, sentence);
        ActorRoleTable table = new([new ActorRoleRow("Outlet <i>", "russia", 3, 0, [evidence], [])]);

        string html = Html(table);

        Assert.Contains("framing-roles", html, StringComparison.Ordinal);
        Assert.Contains("<td>3</td><td>0</td>", html, StringComparison.Ordinal);
        Assert.Contains(EscapedScript + " depends on.", html, StringComparison.Ordinal);
        AssertNoMarkupFromText(html);
    }

    [Fact]
    public void Reuse_report_shows_both_locations_escaped()
    {
        PassageLocation a = new("doc<1>", 10, 50, 8, "quoted " + Script);
        PassageLocation b = new("b", 0, 40, 8, "quoted " + Script);
        ReuseReport report = new([new ReusePair("doc<1>", "b", ReuseKind.PartialReuse, 0.055, [new SharedPassage(a, b, 8, 0.9)])]);

        string html = Html(report);

        Assert.Contains("PartialReuse", html, StringComparison.Ordinal);
        Assert.Contains("5.5 %", html, StringComparison.Ordinal);
        Assert.Contains("b [0–40)", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, EscapedScript));
        AssertNoMarkupFromText(html);
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
