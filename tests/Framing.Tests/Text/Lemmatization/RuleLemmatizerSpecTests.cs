using Framing.Text;
using Framing.Text.Lemmatization.Rules;

namespace Framing.Tests.Text.Lemmatization;

public class RuleLemmatizerSpecTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(TestPaths.Spec("lemmas.spec.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            Assert.Equal(3, parts.Length);
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lemma_matches_the_spec(string word, string upos, string lemma)
    {
        var tag = upos == "_" ? PartOfSpeech.None : Enum.Parse<PartOfSpeech>(upos);

        Assert.Equal(lemma, RuleLemmatizer.Instance.Lemmatize(word, tag));
    }
}
