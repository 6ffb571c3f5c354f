using Framing.Frames;
using Framing.Text;

namespace Framing.Tests.Frames;

public sealed class FrameMatcherTests
{
    private const string Yaml = """
        actors:
          - id: china
            names: [China, Chinese, Beijing, Xi Jinping, Xi]
            exclusions: [South China Sea]
          - id: russia
            names: [Russia, Russian, Moscow, Kremlin]
          - id: united_states
            names: [=US, United States]
        frames:
          - id: asymmetry
            label: Asymmetry
            definition: unequal
            patterns: [depend*, leverage]
            roles:
              - "{sub} *{0,6} depend* on {dom}"
              - "{dom} *{0,3} leverage over {sub}"
          - id: restraint
            label: Restraint
            definition: holds back
            patterns: ["arm's length", "not *{0,3} agree*"]
            when_negated: keep
          - id: alignment
            label: Alignment
            definition: closer
            patterns: [ally|allies|alliance, cooperation, bloc]
            exclusions: ["{actor:united_states} *{0,3} allies"]
            when_negated: restraint
          - id: junior_partner
            label: Junior partner
            definition: subordinate
            patterns: [junior partner]
            when_negated: drop
        """;

    private static readonly Codebook Codebook = Codebook.Parse(Yaml, "test.yaml");

    private static SentenceFrames One(string text, Codebook? codebook = null) =>
        Assert.Single((codebook ?? Codebook).Match(TestDocuments.Create(text)).Sentences);

    [Fact]
    public void Every_sentence_is_present_even_without_frames()
    {
        var result = Codebook.Match(TestDocuments.Create("Russia depends on China. The weather was fine.\nNothing here either."));

        Assert.Equal(3, result.Sentences.Length);
        Assert.Equal(["asymmetry"], result.Sentences[0].Frames.ToArray());
        Assert.Empty(result.Sentences[1].Frames.ToArray());
        Assert.Empty(result.Sentences[2].Frames.ToArray());
        Assert.Equal([0, 1, 2], result.Sentences.Select(s => s.Index));
        Assert.Equal("The weather was fine.", result.Sentences[1].Text);
    }

    [Fact]
    public void Matches_record_pattern_tokens_text_and_offsets_into_the_original_text()
    {
        const string text = "Menu\nThey keep Russia at arm’s length.";
        var document = TestDocuments.Create(text, regions: [new TextSpan(5, text.Length)]);

        var sentence = Assert.Single(Codebook.Match(document).Sentences);
        var match = Assert.Single(sentence.Matches);

        Assert.Equal("restraint", match.FrameId);
        Assert.Equal("arm's length", match.Pattern);
        Assert.Equal("arm’s length", match.Text);
        Assert.Equal(text.IndexOf("arm’s", StringComparison.Ordinal), match.Start);
        Assert.Equal(text[match.Start..match.End], match.Text);
        Assert.Equal(["arm", "’s", "length"], match.Tokens.Select(i => document.Tokens[i].Text));
        Assert.False(match.Negated);
    }

    [Theory]
    [InlineData("China and Russia aren't ironclad allies.", "n't")]
    [InlineData("China and Russia aren’t allies.", "n’t")]
    [InlineData("It is not a full-fledged alliance.", "not")]
    [InlineData("Our two countries do not form a military bloc.", "not")]
    [InlineData("They will never be allies.", "never")]
    public void Negated_alignment_cues_are_routed_to_restraint(string text, string negator)
    {
        var sentence = One(text);

        Assert.Equal(["restraint"], sentence.Frames.ToArray());
        var match = Assert.Single(sentence.Matches);
        Assert.True(match.Negated);
        Assert.Equal(negator, match.Negator);
        Assert.Equal("alignment", match.RoutedFrom);
    }

    [Theory]
    [InlineData("They are not only allies but friends.")]
    [InlineData("The talks failed, but they remain allies.")]
    [InlineData("Not now; they are allies.")]
    [InlineData("There was no doubt, they are allies.")]
    [InlineData("Not that it matters much here: allies.")]
    public void Negators_outside_the_clause_or_in_ignored_phrases_do_not_negate(string text)
    {
        var sentence = One(text);

        Assert.Equal(["alignment"], sentence.Frames.ToArray());
        Assert.False(Assert.Single(sentence.Matches).Negated);
    }

    [Fact]
    public void Negators_further_back_than_the_window_do_not_negate()
    {
        Assert.Equal(["alignment"], One("No one says that these two big old countries are allies.").Frames.ToArray());
    }

    [Fact]
    public void Dropped_negated_cues_are_reported_as_suppressed()
    {
        var sentence = One("Russia is not a junior partner.");

        Assert.Empty(sentence.Frames.ToArray());
        var suppressed = Assert.Single(sentence.Suppressed);
        Assert.Equal("junior_partner", suppressed.FrameId);
        Assert.Equal("negated by 'not'", suppressed.Reason);
    }

    [Fact]
    public void Default_handling_drops_negated_cues()
    {
        var sentence = One("Russia does not depend on China.");

        Assert.Empty(sentence.Frames.ToArray());
        Assert.Empty(sentence.Roles);
        Assert.Equal("asymmetry", Assert.Single(sentence.Suppressed).FrameId);
    }

    [Fact]
    public void Kept_negated_cues_count_for_their_own_frame()
    {
        var sentence = One("Beijing has not agreed to a deal.");

        Assert.Equal(["restraint"], sentence.Frames.ToArray());
    }

    [Fact]
    public void Exclusions_suppress_cues_that_share_a_word_but_not_neighbouring_cues()
    {
        var sentence = One("The US and its allies watched Russia-China cooperation.");

        Assert.Equal(["alignment"], sentence.Frames.ToArray());
        Assert.Equal("cooperation", Assert.Single(sentence.Matches).Text);
        var suppressed = Assert.Single(sentence.Suppressed);
        Assert.Equal("allies", suppressed.Text);
        Assert.StartsWith("excluded by", suppressed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Actors_are_found_in_text_order_with_offsets_longest_name_first()
    {
        const string text = "Xi Jinping met Putin’s team in Moscow, not the US, and talked to us.";
        var sentence = One(text);

        Assert.Equal(["china", "russia"], sentence.Actors.Select(a => a.ActorId).Take(2));
        Assert.Equal("Xi Jinping", sentence.Actors[0].Text);
        Assert.Equal(["Xi Jinping", "Moscow", "US"], sentence.Actors.Select(a => a.Text));
        Assert.All(sentence.Actors, a => Assert.Equal(a.Text, text[a.Start..a.End]));
    }

    [Fact]
    public void Actors_inside_hyphenated_and_possessive_tokens_are_found()
    {
        const string text = "The Russia-China relationship and Russia’s role.";
        var whole = new Document("d", text).WithTokens([
            new Token("The", 0, 3, true), new Token("Russia-China", 4, 16, true), new Token("relationship", 17, 29, true),
            new Token("and", 30, 33, true), new Token("Russia’s", 34, 42, true), new Token("role", 43, 47, false), new Token(".", 47, 48, false)]);
        whole = whole.WithSentences([new Sentence(0, 0, 7, 0, 48)]);

        var sentence = Assert.Single(Codebook.Match(whole).Sentences);

        Assert.Equal(["Russia", "China", "Russia"], sentence.Actors.Select(a => a.Text));
        Assert.Equal(["russia", "china", "russia"], sentence.Actors.Select(a => a.ActorId));
        Assert.Equal(11, sentence.Actors[1].Start);
    }

    [Fact]
    public void Actor_exclusions_remove_place_names()
    {
        Assert.Equal(["Beijing"], One("Beijing patrols the South China Sea.").Actors.Select(a => a.Text));
    }

    [Theory]
    [InlineData("Russia’s growing dependence on China worries Moscow.", "Russia", "China")]
    [InlineData("Moscow is now heavily dependent on Beijing.", "Moscow", "Beijing")]
    [InlineData("These changes give China more leverage over Russia.", "Russia", "China")]
    public void Roles_name_the_subordinate_and_the_dominant_side(string text, string subordinate, string dominant)
    {
        var sentence = One(text);

        var role = Assert.Single(sentence.Roles);
        Assert.Equal("asymmetry", role.FrameId);
        Assert.Equal(subordinate, role.Subordinate?.Text);
        Assert.Equal(dominant, role.Dominant?.Text);
        Assert.Equal(role.Subordinate?.ActorId, sentence.Subordinate);
        Assert.Equal(role.Dominant?.ActorId, sentence.Dominant);
    }

    [Fact]
    public void Roles_stay_empty_when_the_sentence_does_not_say_which_side()
    {
        var sentence = One("Dependence is growing.");

        Assert.Equal(["asymmetry"], sentence.Frames.ToArray());
        Assert.Empty(sentence.Roles);
        Assert.Null(sentence.Subordinate);
    }

    [Fact]
    public void A_negated_role_statement_does_not_assign_sides()
    {
        var sentence = One("China prefers not to become dependent on Russia, and China has leverage over Moscow.");

        var role = Assert.Single(sentence.Roles);
        Assert.Equal("russia", role.Subordinate?.ActorId);
        Assert.Equal("china", role.Dominant?.ActorId);
        Assert.Equal("China", role.Dominant?.Text);
    }

    [Fact]
    public void A_cue_inside_a_longer_cue_of_the_same_frame_is_reported_once()
    {
        var codebook = Codebook.Parse("""
            actors: [{id: china, names: [China]}]
            frames:
              - {id: alignment, label: A, definition: d, patterns: [joint, joint statement]}
            """);

        var sentence = One("A joint statement.", codebook);

        Assert.Equal("joint statement", Assert.Single(sentence.Matches).Text);
    }

    [Fact]
    public void A_document_with_tokens_but_no_sentences_is_rejected()
    {
        var document = new Document("d", "Hello there").WithTokens([new Token("Hello", 0, 5, true), new Token("there", 6, 11, false)]);

        var error = Assert.Throws<ArgumentException>(() => Codebook.Match(document));
        Assert.Contains("sentence splitter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_has_no_sentences_and_no_error()
    {
        Assert.Empty(Codebook.Match(new Document("d", string.Empty)).Sentences);
    }

    [Fact]
    public void Matching_is_deterministic()
    {
        var document = TestDocuments.Create("Russia’s dependence on China grew, but they are not allies. China kept Russia at arm's length.");

        Assert.Equal(Describe(Codebook.Match(document)), Describe(Codebook.Match(document)));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Codebook.Match(TestDocuments.Create("One. Two."), cancelled.Token));
    }

    private static string Describe(DocumentFrames frames) => string.Join("\n", frames.Sentences.Select(s =>
        $"{s.Index} {string.Join(",", s.Frames)} {string.Join(",", s.Matches.Select(m => $"{m.FrameId}:{m.Start}-{m.End}"))} {string.Join(",", s.Actors.Select(a => a.ActorId + a.Start))}"));
}
