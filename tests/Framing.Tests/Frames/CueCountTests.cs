using System.Collections.Immutable;

using Framing.Frames;

namespace Framing.Tests.Frames;

public class CueCountTests
{
    [Fact]
    public void Overlapping_matches_of_a_frame_are_one_cue_and_separate_ones_each_count()
    {
        var sentence = Sentence(
            Match("alignment", 10, 25),   // "Chinese support"
            Match("alignment", 18, 34),   // "support, with Xi" shares "support"
            Match("alignment", 50, 60),   // a separate cue
            Match("restraint", 12, 20));  // another frame overlapping: counted for its own frame only

        Assert.Equal(2, sentence.CueCount("alignment"));
        Assert.Equal(1, sentence.CueCount("restraint"));
        Assert.Equal(0, sentence.CueCount("asymmetry"));
    }

    [Fact]
    public void Adjacent_matches_are_two_cues_and_a_chain_of_overlaps_is_one()
    {
        var adjacent = Sentence(Match("a", 0, 5), Match("a", 5, 9));
        var chain = Sentence(Match("a", 20, 30), Match("a", 0, 10), Match("a", 8, 22));

        Assert.Equal(2, adjacent.CueCount("a"));
        Assert.Equal(1, chain.CueCount("a"));
    }

    private static FrameMatch Match(string frame, int start, int end) => new(frame, "p", [], "text", start, end);

    private static SentenceFrames Sentence(params FrameMatch[] matches) =>
        new("d", 0, 0, 100, "text", [.. matches.Select(m => m.FrameId).Distinct()], [.. matches], [], [], []);
}
