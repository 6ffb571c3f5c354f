using Framing.Frames;

namespace Framing.Tests.Frames;

public sealed class FrameTextTests
{
    [Theory]
    [InlineData("Russia’s “no limits”", "Russia's \"no limits\"")]
    [InlineData("‘quoted’ and ‛odd′", "'quoted' and 'odd'")]
    [InlineData("non‑breaking‐hyphen", "non-breaking-hyphen")]
    [InlineData("em — dash stays", "em — dash stays")]
    public void Fold_maps_typographic_forms_to_ascii_and_keeps_length(string text, string expected)
    {
        Assert.Equal(expected, FrameText.Fold(text));
        Assert.Equal(text.Length, FrameText.Fold(text).Length);
    }

    [Fact]
    public void Key_also_lower_cases()
    {
        Assert.Equal("arm's length", FrameText.Key("Arm’s LENGTH"));
    }

    [Fact]
    public void Sentences_normalise_whitespace_and_quotes_but_keep_case()
    {
        Assert.Equal("China's \"partner\" said so.", FrameText.NormalizeSentence("  China’s\r\n “partner”\t said so. "));
    }
}
