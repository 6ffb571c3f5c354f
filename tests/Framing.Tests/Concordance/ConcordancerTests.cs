using System.Collections.Immutable;

using Framing.Concordance;
using Framing.Frames;
using Framing.Statistics;
using Framing.Text;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Framing.Tests.Concordance;

public sealed class ConcordancerTests
{
    private const string Codebook = """
        frames:
          - id: alignment
            label: Alignment
            definition: the two move closer.
            patterns:
              - ironclad allies
              - partnership
            when_negated: restraint
          - id: restraint
            label: Restraint
            definition: one side holds back.
            patterns:
              - fine line
        actors:
          - id: china
            label: China
            names: [China, Beijing]
          - id: russia
            label: Russia
            names: [Russia, Moscow]
        """;

    private static readonly Framing.Frames.Codebook Book = Framing.Frames.Codebook.Parse(Codebook, "test codebook");

    private static Document Process(string id, string text) => EnglishPipeline.Default.Process(id, text);

    [Fact]
    public void Term_lines_give_the_match_its_offsets_and_context_from_its_own_sentence_only()
    {
        Document document = Process("d1", "Russia waits.\r\nBeijing walks a fine line with\r\nMoscow today. Moscow smiles.");

        KwicTable table = Concordancer.ForTerm([document], new NodeTerm("Russia", ["Russia", "Moscow"]));

        Assert.Equal(["Russia", "Moscow", "Moscow"], table.Lines.Select(l => l.Match));
        KwicLine second = table.Lines[1];
        Assert.Equal("Moscow", document.Text[second.MatchStart..second.MatchEnd]);
        Assert.Equal(1, second.SentenceIndex);
        Assert.Equal("Beijing walks a fine line with ", second.Left);   // CRLF collapsed to one space; "Russia waits." not included
        Assert.Equal(" today.", second.Right);
        Assert.Equal("Russia", second.Label);
        int moscow = document.Text.IndexOf("Moscow", StringComparison.Ordinal);
        Assert.Equal($"d1@{moscow}-{moscow + 6}", second.Citation);
        Assert.Equal(document.Sentences[1].Start, second.SentenceStart);
        Assert.Equal(document.Sentences[1].End, second.SentenceEnd);
        Assert.Equal("", table.Lines[2].Left);
    }

    [Fact]
    public void Long_context_is_cut_at_a_word_boundary_and_marked()
    {
        Document document = Process("d1", "Alpha bravo charlie delta echo China foxtrot golf hotel india juliet.");

        KwicLine line = Assert.Single(Concordancer.ForTerm([document], NodeTerm.Of("China"), new KwicOptions { ContextCharacters = 12 }).Lines);

        Assert.Equal("…delta echo ", line.Left);
        Assert.Equal(" foxtrot…", line.Right);
    }

    [Fact]
    public void Frame_lines_follow_the_matcher_including_routed_negations_and_can_be_filtered()
    {
        Document document = Process("d1", "China and Russia aren't ironclad allies. Beijing walks a fine line. Their partnership grows.");
        DocumentFrames frames = Book.Match(document);

        KwicTable all = Concordancer.ForFrames([document], [frames]);
        KwicTable restraint = Concordancer.ForFrames([document], [frames], "restraint");

        Assert.Equal(["ironclad allies", "fine line", "partnership"], all.Lines.Select(l => l.Match));
        Assert.Equal(["restraint", "restraint", "alignment"], all.Lines.Select(l => l.Label));
        Assert.Equal(["ironclad allies", "fine line"], restraint.Lines.Select(l => l.Match));
        Assert.Equal("Frame matches: restraint", restraint.Title);
        Assert.Equal(restraint.Lines.ToArray(), all.Only("restraint").Lines.ToArray());
        Assert.Equal("fine line", all.Lines[1].Detail);
        Assert.All(all.Lines, l => Assert.Equal(l.Match, document.Text[l.MatchStart..l.MatchEnd]));
    }

    [Fact]
    public void Order_is_by_document_then_offset_whatever_the_input_order()
    {
        Document a = Process("a", "China rises. China waits.");
        Document b = Process("b", "China again.");

        KwicTable forward = Concordancer.ForTerm([a, b], NodeTerm.Of("China"));
        KwicTable backward = Concordancer.ForTerm([b, a], NodeTerm.Of("China"));

        Assert.Equal(forward.Lines.ToArray(), backward.Lines.ToArray());
        Assert.Equal(["a", "a", "b"], forward.Lines.Select(l => l.DocumentId));
        Assert.True(forward.Lines[0].MatchStart < forward.Lines[1].MatchStart);
    }

    [Fact]
    public void Data_frame_has_one_row_per_line()
    {
        Document document = Process("d1", "China and Russia. China.");

        var frame = Concordancer.ForTerm([document], NodeTerm.Of("China")).ToDataFrame();

        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("China", frame.Columns["match"][1]);
    }

    [Fact]
    public void No_matches_give_an_empty_table()
    {
        Document document = Process("d1", "Nothing to see here.");

        Assert.Empty(Concordancer.ForTerm([document], NodeTerm.Of("China")).Lines);
        Assert.Empty(Concordancer.ForFrames([document], [Book.Match(document)]).Lines);
    }

    [Fact]
    public void Frame_results_for_an_unknown_document_are_rejected_with_its_id()
    {
        Document document = Process("d1", "Beijing walks a fine line.");
        Document other = Process("d2", "Beijing walks a fine line.");

        var error = Assert.Throws<ArgumentException>(() => Concordancer.ForFrames([document], [Book.Match(other)]));

        Assert.Contains("'d2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Frame_results_from_a_differently_split_document_are_rejected()
    {
        Document matched = Process("d1", "Beijing walks a fine line. Moscow waits. China too.");
        Document shorter = Process("d1", "Beijing walks a fine line.");

        var error = Assert.Throws<ArgumentException>(() => Concordancer.ForFrames([shorter], [Book.Match(matched)]));

        Assert.Contains("sentence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_document_ids_and_negative_context_are_rejected()
    {
        Document document = Process("d1", "China.");

        Assert.Throws<ArgumentException>(() => Concordancer.ForTerm([document, document], NodeTerm.Of("China")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Concordancer.ForTerm([document], NodeTerm.Of("China"), new KwicOptions { ContextCharacters = -1 }));
    }

    [Property(MaxTest = 200)]
    public Property Context_never_exceeds_the_width_plus_the_cut_mark_and_the_match_is_the_original_text(NonNegativeInt width, PositiveInt seed)
    {
        string[] words = ["China", "and", "Russia", "meet", "in", "Beijing", "to", "talk", "trade", "again"];
        var random = new Random(seed.Get);
        string text = string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)])) + ".";
        Document document = Process("p", text);

        ImmutableArray<KwicLine> lines = Concordancer.ForTerm([document], NodeTerm.Of("China"), new KwicOptions { ContextCharacters = width.Get }).Lines;

        return lines.All(l => l.Left.Length <= width.Get + 1 && l.Right.Length <= width.Get + 1
                && l.Match == text[l.MatchStart..l.MatchEnd]
                && (l.Left.StartsWith('…') || text[l.SentenceStart..l.MatchStart] == l.Left))
            .Label($"width {width.Get}: {string.Join(" | ", lines.Select(l => l.Left + "[" + l.Match + "]" + l.Right))}");
    }

    [Fact]
    public void Claims_flatten_to_one_row_per_piece_of_evidence()
    {
        Evidence first = new("d1", 0, 5, 0, 20, "China holds back here.");
        Evidence second = new("d2", 3, 9, 0, 30, "Russia depends on China now.");
        ClaimTable table = new("t", [
            new Claim("Outlet A", "restraint", "1 sentence", [first, second]),
            new Claim("Outlet B", "asymmetry", "none", []),
        ]);

        var frame = table.ToDataFrame();

        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal(["Outlet A", "Outlet B"], table.Groups.ToArray());
        Assert.Equal(["restraint", "asymmetry"], table.Topics.ToArray());
        Assert.Equal("Russia depends on China now.", frame.Columns["sentence"][1]);
        Assert.Null(frame.Columns["doc"][2]);
    }
}
