using Framing.Text;
using Framing.Text.Conllu;
using Framing.Text.Evaluation;

namespace Framing.Tests.Text.Ewt;

/// <summary>A gold word of a UD treebank with its span in the rebuilt raw text.</summary>
internal sealed record GoldWord(string Form, string Lemma, PartOfSpeech Upos, int Start, int End, bool SentenceInitial);

/// <summary>
/// The raw text of a CoNLL-U file rebuilt by the evaluator's <see cref="GoldText"/> (FORMs, SpaceAfter=No
/// and the document/paragraph markers), viewed as the columns the rule-based text pipeline is measured on:
/// words with typed tags and a sentence-initial flag, surface tokens (multiword tokens whole) and sentences.
/// </summary>
internal sealed class EwtGold
{
    private EwtGold(GoldText gold)
    {
        Text = gold.Text;
        SurfaceTokens = gold.Tokens;
        Sentences = gold.Sentences;
        var sentenceStarts = gold.SentenceFirstWords.ToHashSet();
        Words = [.. gold.Words.Select((w, i) => new GoldWord(
            w.Form, w.Lemma, Enum.Parse<PartOfSpeech>(w.Upos), w.Span.Start, w.Span.End, sentenceStarts.Contains(i)))];
    }

    public string Text { get; }

    public IReadOnlyList<GoldWord> Words { get; }

    public IReadOnlyList<TextSpan> SurfaceTokens { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public static EwtGold Load(string path) => new(GoldText.Build(ConlluReader.ReadFile(path)));
}
