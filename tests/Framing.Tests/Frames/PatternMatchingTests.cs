using System.Collections.Immutable;

using Framing.Frames;
using Framing.Text;

namespace Framing.Tests.Frames;

public sealed class PatternMatchingTests
{
    /// <summary>The texts of the matches of <paramref name="pattern"/> in the first sentence of <paramref name="text"/>.</summary>
    private static string[] Matches(string pattern, string text, bool splitHyphens = false) =>
        Matches(pattern, TestDocuments.Create(text, splitHyphens: splitHyphens));

    private static string[] Matches(string pattern, Document document)
    {
        var view = new SentenceView(document, document.Sentences[0]);
        return [.. PatternMatcher.FindAll(Pattern.Parse(pattern), view)
            .Select(h => document.Text[view.Tokens[h.First].Start..view.Tokens[h.Last].End])];
    }

    [Fact]
    public void Words_ignore_case()
    {
        Assert.Equal(["Leverage", "leverage"], Matches("leverage", "Leverage and more leverage."));
    }

    [Fact]
    public void Globs_cover_whole_tokens_only()
    {
        Assert.Equal(["dependence", "depends"], Matches("depend*", "The dependence is independent and depends."));
    }

    [Fact]
    public void Question_mark_is_one_character()
    {
        Assert.Equal(["ally", "allay"], Matches("al?y|all?y", "An ally and an allay but not an alloyy."));
    }

    [Fact]
    public void Phrases_need_consecutive_tokens()
    {
        Assert.Equal(["junior partner"], Matches("junior partner", "A junior partner, not a junior and senior partner."));
    }

    [Fact]
    public void Typographic_apostrophes_match_ascii_ones_whether_or_not_the_clitic_is_split()
    {
        Assert.Equal(["arm’s length"], Matches("arm's length", "China kept Russia at arm’s length."));
        Assert.Equal(["arm's length"], Matches("arm’s length", "China kept Russia at arm's length."));
        var unsplit = new Document("d", "at arm’s length.").WithTokens([new Token("at", 0, 2, true), new Token("arm’s", 3, 8, true), new Token("length", 9, 15, false), new Token(".", 15, 16, false)]);
        unsplit = unsplit.WithSentences([new Sentence(0, 0, 4, 0, 16)]);
        Assert.Equal(["arm’s length"], Matches("arm's length", unsplit));
    }

    [Fact]
    public void Hyphenated_words_match_split_or_whole_tokens()
    {
        Assert.Equal(["full-fledged alliance"], Matches("full-fledged alliance", "Not a full-fledged alliance."));
        Assert.Equal(["full-fledged alliance"], Matches("full-fledged alliance", "Not a full-fledged alliance.", splitHyphens: true));
        Assert.Empty(Matches("full-fledged alliance", "Not a full - fledged alliance.", splitHyphens: true));
    }

    [Fact]
    public void Dotted_abbreviations_match_whole_or_split()
    {
        Assert.Equal(["U.S."], Matches("U.S.", "The U.S. said so."));
        var split = new Document("d", "the U.S. said").WithTokens([new Token("the", 0, 3, true), new Token("U", 4, 5, false), new Token(".", 5, 6, false), new Token("S", 6, 7, false), new Token(".", 7, 8, true), new Token("said", 9, 13, false)]);
        split = split.WithSentences([new Sentence(0, 0, 6, 0, 13)]);
        Assert.Equal(["U.S."], Matches("u.s.", split));
    }

    [Fact]
    public void Bounded_gaps_allow_up_to_their_maximum()
    {
        Assert.Equal(["not a full-fledged alliance"], Matches("not *{0,3} alliance", "It is not a full-fledged alliance."));
        Assert.Equal(["not alliance"], Matches("not *{0,3} alliance", "It is not alliance."));
        Assert.Empty(Matches("not *{0,1} alliance", "It is not a full-fledged alliance."));
        Assert.Empty(Matches("not *{2,3} alliance", "It is not an alliance."));
    }

    [Fact]
    public void Gaps_prefer_the_shortest_match()
    {
        Assert.Equal(["strengthen ties"], Matches("strengthen *{0,4} ties", "They strengthen ties and ties."));
    }

    [Fact]
    public void Lemmas_match_when_present()
    {
        var document = TestDocuments.Create("They relied on China.");
        var tokens = document.Tokens.Select(t => t.Text == "relied" ? t with { Lemma = "rely" } : t).ToImmutableArray();
        document = document.WithAnnotatedTokens(tokens);

        Assert.Equal(["relied on"], Matches("rely on", document));
        Assert.Empty(Matches("rely on", "They relied on China."));
    }

    [Fact]
    public void Part_of_speech_constraints_apply_to_tagged_tokens_and_are_ignored_on_untagged_ones()
    {
        const string text = "China will lead and take the lead.";
        var untagged = TestDocuments.Create(text);
        var tagged = untagged.WithAnnotatedTokens([.. untagged.Tokens.Select((t, i) => t with { Upos = i == 2 ? PartOfSpeech.VERB : t.Text == "lead" ? PartOfSpeech.NOUN : PartOfSpeech.X })]);

        Assert.Equal(["lead", "lead"], Matches("lead/VERB", untagged));
        Assert.Equal(["lead"], Matches("lead/VERB", tagged));
        Assert.Equal(2, tagged.Sentences[0].FirstToken + tagged.Tokens.IndexOf(tagged.Tokens.First(t => t.Upos == PartOfSpeech.VERB)));
    }

    [Fact]
    public void Case_sensitive_words_do_not_match_other_cases()
    {
        Assert.Equal(["US"], Matches("=US", "The US told us so."));
    }

    [Fact]
    public void Alternatives_fill_one_position()
    {
        Assert.Equal(["reliant on", "relies on"], Matches("rely|relies|reliant on", "Russia is reliant on China and relies on trade."));
    }

    [Fact]
    public void Matches_of_one_pattern_do_not_overlap()
    {
        Assert.Equal(["joint joint"], Matches("joint joint", "joint joint joint."));
    }
}
