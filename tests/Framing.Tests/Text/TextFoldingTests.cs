using Framing.Text;

namespace Framing.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Russia’s", "russia's")]
    [InlineData("‘Quoted’ “twice”", "'quoted' \"twice\"")]
    [InlineData("A—B–C‐D", "a-b-c-d")]
    [InlineData("ÉLAN Straße", "élan straße")]
    [InlineData("already folded", "already folded")]
    [InlineData("", "")]
    public void Fold_lowercases_and_maps_typography_to_ascii(string input, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(input));
    }

    [Fact]
    public void Fold_keeps_the_length_so_offsets_carry_over()
    {
        const string text = "“Russia’s” ties — İstanbul";
        Assert.Equal(text.Length, TextFolding.Fold(text).Length);
    }

    [Fact]
    public void Folded_equality_ignores_case_and_apostrophe_style()
    {
        Assert.True(TextFolding.FoldedEquals("Russia’s", "RUSSIA's"));
        Assert.False(TextFolding.FoldedEquals("Russia’s", "Russias"));
        Assert.Throws<ArgumentNullException>(() => TextFolding.Fold(null!));
    }
}
