using Framing.Frames;
using Framing.Text;

namespace Framing.Tests.Frames;

/// <summary>The shipped codebook on short sentences run through the real English pipeline (not seed sentences).</summary>
public sealed class DefaultCodebookTests
{
    private static readonly Codebook Codebook = Codebook.LoadDefault();

    private static SentenceFrames One(string text) =>
        Assert.Single(Codebook.Match(EnglishPipeline.Default.Process("t", text)).Sentences);

    [Theory]
    [InlineData("Russia’s growing dependence on China alarms its generals.", "asymmetry", "russia", "china")]
    [InlineData("Kazakhstan depends on Moscow for its grain and China depends on nobody.", "asymmetry", null, "russia")]
    [InlineData("Moscow relies on Beijing for drones.", "asymmetry", "russia", "china")]
    [InlineData("The Kremlin now needs Beijing more than ever.", "asymmetry", "russia", "china")]
    [InlineData("Washington's leverage over Moscow is limited.", "asymmetry", "russia", "united_states")]
    [InlineData("China's economy is ten times larger than Russia's.", "asymmetry", "russia", "china")]
    [InlineData("Russia, the junior partner of China, has few options.", "junior_partner", "russia", "china")]
    [InlineData("Moscow will have to defer to Beijing on prices.", "junior_partner", "russia", "china")]
    [InlineData("Russia has no choice but to sell oil at a discount.", "junior_partner", "russia", null)]
    public void Subordinate_and_dominant_sides_come_from_the_sentence(string text, string frame, string? subordinate, string? dominant)
    {
        var sentence = One(text);

        Assert.Contains(frame, sentence.Frames);
        var role = Assert.Single(sentence.Roles, r => r.FrameId == frame);
        Assert.Equal(subordinate, role.Subordinate?.ActorId);
        Assert.Equal(dominant, role.Dominant?.ActorId);
    }

    [Theory]
    [InlineData("China and Russia aren’t ironclad allies.")]
    [InlineData("Officials speak of the ties as not a full-fledged alliance.")]
    [InlineData("Our two countries do not form a military bloc.")]
    public void Negated_alignment_becomes_restraint(string text)
    {
        var sentence = One(text);

        Assert.Equal(["restraint"], sentence.Frames.ToArray());
        Assert.Contains(sentence.Matches, m => m.RoutedFrom == "alignment" && m.Negated);
    }

    [Theory]
    [InlineData("Beijing keeps Moscow at arm’s length.", "restraint")]
    [InlineData("Beijing is walking a fine line.", "restraint")]
    [InlineData("Talks on the new pipeline have stalled.", "restraint")]
    [InlineData("The two navies held joint drills near Alaska.", "alignment")]
    [InlineData("They signed a joint statement against US hegemony.", "alignment")]
    [InlineData("Minsk is little more than an appendage of Moscow.", "junior_partner")]
    [InlineData("The power imbalance keeps growing.", "asymmetry")]
    public void Definition_cues_are_recognised(string text, string frame)
    {
        Assert.Contains(frame, One(text).Frames);
    }

    [Theory]
    [InlineData("The weather in Moscow was mild.")]
    [InlineData("The US and its allies met in Brussels.")]
    [InlineData("Energy independence is a goal for Europe.")]
    [InlineData("Tell us what the West Bank needs.")]
    public void Neutral_sentences_carry_no_frame(string text)
    {
        Assert.Empty(One(text).Frames);
    }

    [Fact]
    public void Actor_names_follow_the_documented_decisions()
    {
        var sentence = One("The US told us that NATO, the EU and western Siberia matter to Xi Jinping and Putin.");

        Assert.Equal(
            ["united_states:US", "west:NATO", "west:EU", "china:Xi Jinping", "russia:Putin"],
            sentence.Actors.Select(a => $"{a.ActorId}:{a.Text}"));
    }
}
