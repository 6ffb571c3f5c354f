using System.Collections.Immutable;

namespace Framing.Text.Lemmatization.Rules;

/// <summary>
/// Rule-based English lemmatizer: an irregular-form lexicon (was → be, took → take, women → woman,
/// better → good) and suffix rules for regular inflection (countries → country, sold → sell via the
/// lexicon, created → create). With part-of-speech tags it applies the rules of that class; without
/// tags it guesses from the suffix. Lemmas follow UD English EWT conventions (lower case except proper
/// nouns and <c>I</c>; <c>n't</c> → <c>not</c>; possessive <c>'s</c> → <c>'s</c>).
/// </summary>
public sealed class RuleLemmatizer : IPipelineStep
{
    /// <summary>Lookup order for untagged words: closed classes first, then verbs before nouns.</summary>
    private static readonly PartOfSpeech[] UntaggedOrder =
        [PartOfSpeech.PRON, PartOfSpeech.DET, PartOfSpeech.PART, PartOfSpeech.AUX, PartOfSpeech.VERB, PartOfSpeech.NOUN, PartOfSpeech.ADJ, PartOfSpeech.ADV, PartOfSpeech.ADP, PartOfSpeech.SCONJ, PartOfSpeech.CCONJ];

    private readonly IrregularLexicon lexicon;

    private RuleLemmatizer(IrregularLexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    /// <summary>The shared instance (stateless and thread-safe).</summary>
    public static RuleLemmatizer Instance { get; } = new(IrregularLexicon.Load());

    /// <summary>Sets <see cref="Token.Lemma"/> on every token, using <see cref="Token.Upos"/> when present.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var result = ImmutableArray.CreateBuilder<Token>(tokens.Length);
        var sentence = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentenceInitial = i == 0;
            while (sentence < document.Sentences.Length && document.Sentences[sentence].FirstToken < i)
            {
                sentence++;
            }

            sentenceInitial |= sentence < document.Sentences.Length && document.Sentences[sentence].FirstToken == i;
            var token = tokens[i];
            result.Add(token with { Lemma = Lemmatize(token.Text, token.Upos, sentenceInitial) });
        }

        return document.WithAnnotatedTokens(result.MoveToImmutable());
    }

    /// <summary>The lemma of <paramref name="word"/> read as <paramref name="upos"/> (<see cref="PartOfSpeech.None"/>: guess).</summary>
    public string Lemmatize(string word, PartOfSpeech upos) => Lemmatize(word, upos, sentenceInitial: false);

    /// <summary>
    /// The lemma of <paramref name="word"/> read as <paramref name="upos"/>. A capitalised adjective
    /// keeps its capital (American) unless it starts a sentence.
    /// </summary>
    public string Lemmatize(string word, PartOfSpeech upos, bool sentenceInitial)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            return word;
        }

        switch (upos)
        {
            case PartOfSpeech.PUNCT or PartOfSpeech.SYM or PartOfSpeech.PROPN:
                return word;
            case PartOfSpeech.ADJ when !sentenceInitial && char.IsUpper(word[0]) && word.Length > 1 && !char.IsUpper(word[1]):
                return word; // American, Chinese
        }

        var folded = TextFolding.Fold(word);
        if (folded == "i" && upos is PartOfSpeech.None or PartOfSpeech.PRON)
        {
            return "I";
        }

        var irregular = FindIrregular(folded, upos);
        if (irregular is not null)
        {
            return irregular;
        }

        return upos switch
        {
            PartOfSpeech.NOUN => InflectionRules.NounLemma(folded),
            PartOfSpeech.VERB or PartOfSpeech.AUX => InflectionRules.VerbLemma(folded),
            PartOfSpeech.ADJ => InflectionRules.AdjectiveLemma(folded),
            PartOfSpeech.None => InflectionRules.GuessLemma(folded),
            _ => folded,
        };
    }

    private string? FindIrregular(string folded, PartOfSpeech upos)
    {
        switch (upos)
        {
            case PartOfSpeech.None:
                foreach (var tag in UntaggedOrder)
                {
                    if (lexicon.Find(folded, tag) is { } lemma)
                    {
                        return lemma;
                    }
                }

                return null;
            case PartOfSpeech.AUX:
                return lexicon.Find(folded, PartOfSpeech.AUX) ?? lexicon.Find(folded, PartOfSpeech.VERB);
            case PartOfSpeech.VERB:
                return lexicon.Find(folded, PartOfSpeech.VERB) ?? lexicon.Find(folded, PartOfSpeech.AUX);
            default:
                return lexicon.Find(folded, upos);
        }
    }
}
