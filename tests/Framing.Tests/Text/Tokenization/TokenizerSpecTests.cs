using Framing.Text;
using Framing.Text.Tokenization;

namespace Framing.Tests.Text.Tokenization;

public class TokenizerSpecTests
{
    private static readonly Tokenizer Tokenizer = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var spec in SpecFile.Read("tokenizer.spec.txt"))
        {
            data.Add(spec.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokens_and_offsets_match_the_spec(string line)
    {
        var spec = SpecFile.Read("tokenizer.spec.txt").Single(c => c.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) == line);
        var expected = ExpectedTokens(spec.Input, spec.Expected.Single());

        var actual = Tokenizer.Tokenize(spec.Input);

        Assert.Equal(expected.Select(t => t.Text), actual.Select(t => t.Text));
        Assert.Equal(expected.Select(t => (t.Start, t.End, t.SpaceAfter)), actual.Select(t => (t.Start, t.End, t.SpaceAfter)));
    }

    [Fact]
    public void Spec_file_has_cases_for_every_section()
    {
        var sections = SpecFile.Read("tokenizer.spec.txt").Select(c => c.Section).Distinct().ToList();
        Assert.Contains("Contractions (EWT splits them into syntactic words)", sections);
        Assert.True(sections.Count >= 9, $"only {sections.Count} sections");
    }

    /// <summary>Locates each expected token right after the previous one (skipping white space only), giving its exact offsets.</summary>
    private static List<Token> ExpectedTokens(string input, string expected)
    {
        var tokens = new List<Token>();
        var position = 0;
        foreach (var text in expected.Split(' '))
        {
            while (position < input.Length && CharClasses.IsSeparator(input[position]))
            {
                position++;
            }

            Assert.True(string.CompareOrdinal(input, position, text, 0, text.Length) == 0, $"spec error: '{text}' is not at offset {position} of '{input}'");
            var end = position + text.Length;
            tokens.Add(new Token(text, position, end, end == input.Length || CharClasses.IsSeparator(input[end])));
            position = end;
        }

        Assert.True(input[position..].All(CharClasses.IsSeparator), "spec error: input has text after the last expected token");
        return tokens;
    }
}
