using System.Globalization;

using Framing.Text;

namespace Framing.Tests.Text.Sentences;

public class SentenceSpecTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().UseTokenizer().UseSentenceSplitter().Build();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var spec in SpecFile.Read("sentences.spec.txt"))
        {
            data.Add(spec.Line.ToString(CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentences_match_the_spec(string line)
    {
        var spec = SpecFile.Read("sentences.spec.txt").Single(c => c.Line.ToString(CultureInfo.InvariantCulture) == line);

        var document = Pipeline.Process("spec", spec.Input);

        Assert.Equal(spec.Expected, document.Sentences.Select(document.TextOf));
    }
}
