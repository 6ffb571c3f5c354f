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
            var lemma = token.Xpos == "PRP$" ? TextFolding.Fold(token.Text) : Lemmatize(token.Text, token.Upos, sentenceInitial); // her (possessive) stays her
            result.Add(token with { Lemma = lemma });
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

        if (upos == PartOfSpeech.None && !char.IsLetter(word[0]) && word[0] is not ('\'' or '\u2019' or '`'))
        {
            return word; // punctuation, numbers and symbols are their own lemmas
        }

        switch (upos)
        {
            case PartOfSpeech.PUNCT or PartOfSpeech.SYM:
                return word;
            case PartOfSpeech.PROPN:
                return word.Length > 5 && (word.EndsWith("ians", StringComparison.Ordinal) || word.EndsWith("cans", StringComparison.Ordinal))
                    ? word[..^1] : word; // Americans, Russians → American, Russian (but Orleans)
            case PartOfSpeech.NUM:
                return InflectionRules.NumberLemma(word);
            case PartOfSpeech.ADJ when !sentenceInitial && char.IsUpper(word[0]) && word.Length > 1 && !char.IsUpper(word[1]):
                return word; // American, Chinese
        }

        var folded = TextFolding.Fold(word);
        if (folded == "i" && upos is PartOfSpeech.None or PartOfSpeech.PRON)
        {
            return "I";
        }

        if (upos == PartOfSpeech.None && IsAcronym(word))
        {
            return word; // US, AM, NATO: not us, am
        }

        var irregular = FindIrregular(folded, upos);
        if (irregular is not null)
        {
            return irregular;
        }

        if (upos == PartOfSpeech.None && char.IsUpper(word[0]))
        {
            return GuessCapitalised(word, folded, sentenceInitial);
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

    /// <summary>
    /// An untagged capitalised word is taken for a name (kept as written) unless it opens a sentence
    /// and reads as a regular plural or verb form (Countries → country).
    /// </summary>
    private static string GuessCapitalised(string word, string folded, bool sentenceInitial)
    {
        if (!sentenceInitial || (word.Length > 1 && char.IsUpper(word[1])))
        {
            return word; // Russia, NATO
        }

        var guess = InflectionRules.GuessLemma(folded);
        return guess == folded ? word : guess;
    }

    private static bool IsAcronym(string word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsUpper(word[1]);

    private string? FindIrregular(string folded, PartOfSpeech upos)
    {
        var lemmas = lexicon.Find(folded);
        if (lemmas is null)
        {
            return null;
        }

        switch (upos)
        {
            case PartOfSpeech.None:
                foreach (var tag in UntaggedOrder)
                {
                    if (lemmas[(int)tag] is { } lemma)
                    {
                        return lemma;
                    }
                }

                return null;
            case PartOfSpeech.AUX:
                return lemmas[(int)PartOfSpeech.AUX] ?? lemmas[(int)PartOfSpeech.VERB];
            case PartOfSpeech.VERB:
                return lemmas[(int)PartOfSpeech.VERB] ?? lemmas[(int)PartOfSpeech.AUX];
            default:
                return lemmas[(int)upos];
        }
    }
}
