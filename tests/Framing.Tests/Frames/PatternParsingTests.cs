using Framing.Frames;

namespace Framing.Tests.Frames;

public sealed class PatternParsingTests
{
    [Theory]
    [InlineData("depend*", 1)]
    [InlineData("junior partner", 2)]
    [InlineData("arm's length", 2)]
    [InlineData("not *{0,3} alliance", 3)]
    [InlineData("not * alliance", 3)]
    [InlineData("lead/VERB", 1)]
    [InlineData("lead/VERB,NOUN the way", 3)]
    [InlineData("rely|relies|reliant on", 2)]
    [InlineData("=US", 1)]
    [InlineData("{actor} *{2} {actor:china,russia}", 3)]
    [InlineData("  spaced   out  ", 2)]
    public void Valid_patterns_compile_to_one_element_per_space_separated_part(string text, int elements)
    {
        var pattern = Pattern.Parse(text);

        Assert.Equal(elements, pattern.Elements.Length);
        Assert.Equal(text, pattern.Text);
    }

    [Fact]
    public void A_bare_star_is_a_gap_of_zero_to_three_tokens()
    {
        var gap = Assert.IsType<GapElement>(Pattern.Parse("not * alliance").Elements[1]);

        Assert.Equal(new GapElement(0, Pattern.DefaultGap), gap);
    }

    [Fact]
    public void A_single_bound_gap_is_exact()
    {
        Assert.Equal(new GapElement(2, 2), Pattern.Parse("a *{2} b").Elements[1]);
    }

    [Fact]
    public void Words_are_folded_and_lower_cased_unless_case_sensitive()
    {
        var folded = Assert.IsType<TermElement>(Pattern.Parse("Arm’s").Elements[0]).Alternatives[0];
        var exact = Assert.IsType<TermElement>(Pattern.Parse("=US").Elements[0]).Alternatives[0];

        Assert.Equal("arm's", folded.Word);
        Assert.True(folded.Glued);
        Assert.Equal("US", exact.Word);
        Assert.True(exact.CaseSensitive);
    }

    [Fact]
    public void Part_of_speech_and_slots_are_recognised()
    {
        var tagged = Assert.IsType<TermElement>(Pattern.Parse("lead/VERB,AUX").Elements[0]).Alternatives[0];
        var roles = Pattern.Parse("{sub} depend* on {dom}");
        var actors = Pattern.Parse("{actor:china} leverage");

        Assert.Equal([Framing.Text.PartOfSpeech.VERB, Framing.Text.PartOfSpeech.AUX], tagged.PartsOfSpeech.ToArray());
        Assert.Equal("lead", tagged.Word);
        Assert.True(roles.HasRoleSlots);
        Assert.True(actors.HasSlots);
        Assert.False(actors.HasRoleSlots);
        Assert.Equal(["china"], ((TermElement)actors.Elements[0]).Alternatives[0].Actors.ToArray());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("* alliance", "cannot start")]
    [InlineData("alliance *", "cannot end")]
    [InlineData("not * *{1,2} alliance", "two gaps in a row")]
    [InlineData("not *{3,1} alliance", "minimum above its maximum")]
    [InlineData("not *{0,21} alliance", "longer than 20")]
    [InlineData("not *{0} alliance", "allows no tokens")]
    [InlineData("not *{a,b} alliance", "malformed gap")]
    [InlineData("not *{1,2 alliance", "malformed gap")]
    [InlineData("rely||relies", "empty alternative")]
    [InlineData("|rely", "empty alternative")]
    [InlineData("lead/VERBS", "unknown part of speech 'VERBS'")]
    [InlineData("lead/verb", "unknown part of speech 'verb'")]
    [InlineData("lead/None", "unknown part of speech 'None'")]
    [InlineData("{partner}", "unknown slot '{partner}'")]
    [InlineData("{actor:China}", "unknown slot")]
    [InlineData("dep{end", "stray brace")]
    [InlineData("**", "no letters")]
    [InlineData("a ?* b", "no letters")]
    [InlineData("=", "no letters")]
    public void Malformed_patterns_raise_a_FramingException_quoting_the_pattern(string text, string problem)
    {
        var error = Assert.Throws<FramingException>(() => Pattern.Parse(text));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        if (text.Trim().Length > 0)
        {
            Assert.Contains($"\"{text}\"", error.Message, StringComparison.Ordinal);
        }
    }
}
