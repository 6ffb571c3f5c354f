using System.Collections.Immutable;
using System.Runtime.InteropServices;

using Framing.Text.Lemmatization.Rules;
using Framing.Text.Lexicon;

namespace Framing.Text.Lemmatization.Learned;

/// <summary>
/// Pipeline step that sets <see cref="Token.Lemma"/> from the token's form and its (predicted)
/// <see cref="Token.Upos"/> and <see cref="Token.Xpos"/>: the lemma learned from UD English EWT for
/// that (form, tag), and for words not seen in training the <see cref="RuleLemmatizer"/>, whose
/// guess is then checked against the lemmas seen in training (e-restoration, undoubling) and
/// given EWT's casing. Run it after a tagger. Thread-safe.
/// </summary>
public sealed class LearnedLemmatizer : IPipelineStep
{
    private readonly LemmaTable _table;
    private readonly EnglishLexicon _lexicon;

    internal LearnedLemmatizer(LemmaTable table, EnglishLexicon lexicon)
    {
        _table = table;
        _lexicon = lexicon;
    }

    /// <summary>Number of forms in the exception lexicon.</summary>
    public int LexiconSize => _table.LexiconSize;

    /// <summary>The lemma of <paramref name="word"/> used as <paramref name="upos"/>.</summary>
    public string Lemmatize(string word, PartOfSpeech upos) => Lemmatize(word, upos, null);

    /// <summary>The lemma of <paramref name="word"/> used as <paramref name="upos"/> with the Penn tag <paramref name="xpos"/> (may be null).</summary>
    public string Lemmatize(string word, PartOfSpeech upos, string? xpos)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (upos == PartOfSpeech.PRON && xpos == "PRP$")
        {
            // EWT lemmatises possessive determiners as themselves: "her" (possessive) stays "her".
            return word.ToLowerInvariant();
        }

        if (_table.Lemmatize(word, upos, out var exactForm) is { } learned)
        {
            // A lemma learned for this exact form is kept; one learned for the lower-cased form
            // carries a guessed casing, which the lexicon can correct for adjectives.
            return exactForm || upos != PartOfSpeech.ADJ || IsAllCapitals(word) ? learned : AdjectiveCase(learned);
        }

        return Unseen(word, upos, xpos);
    }

    /// <summary>Sets the lemma of every token.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        if (tokens.IsDefaultOrEmpty)
        {
            return document;
        }

        var result = new Token[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            result[i] = token with { Lemma = Lemmatize(token.Text, token.Upos, token.Xpos) };
        }

        // The array is never written again, so it can become the immutable array without a copy.
        return document.WithAnnotatedTokens(ImmutableCollectionsMarshal.AsImmutableArray(result));
    }

    private string Unseen(string word, PartOfSpeech upos, string? xpos)
    {
        if (upos == PartOfSpeech.PROPN && xpos == "NNPS" && word.Length > 3)
        {
            // Plural proper nouns take the singular, keeping the capitals ("Hills" → "Hill").
            var singular = RuleLemmatizer.Instance.Lemmatize(word.ToLowerInvariant(), PartOfSpeech.NOUN);
            return word.StartsWith(singular, StringComparison.OrdinalIgnoreCase) ? word[..singular.Length] : word;
        }

        var lemma = RuleLemmatizer.Instance.Lemmatize(word, upos);
        if (upos is PartOfSpeech.VERB or PartOfSpeech.ADJ or PartOfSpeech.NOUN && lemma != word)
        {
            lemma = Repair(lemma);
        }

        return upos == PartOfSpeech.ADJ ? AdjectiveCase(lemma) : lemma;
    }

    /// <summary>
    /// Capitalised adjectives are mostly title or sentence-initial case ("Unlimited" → unlimited),
    /// except nationality and other proper adjectives ("Chinese"): the lexicon's word list tells
    /// them apart; for words it lacks, nationality endings decide.
    /// </summary>
    private string AdjectiveCase(string lemma)
    {
        if (lemma.Length < 2 || !char.IsUpper(lemma[0]))
        {
            return lemma;
        }

        var traits = _lexicon.FlagsOfWord(lemma);
        var keep = (traits & (LexicalTraits.ListedLowerCase | LexicalTraits.ListedCapitalised)) switch
        {
            LexicalTraits.ListedCapitalised => true,
            LexicalTraits.None => IsNationality(lemma),
            _ => (traits & LexicalTraits.ListedLowerCase) == 0,
        };
        return keep ? lemma : lemma.ToLowerInvariant();
    }

    private static bool IsAllCapitals(string word) => word.Length > 1 && word.All(static c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>A suffix-stripped stem that is not a known lemma: restores a final e or undoubles a consonant when that gives a known lemma.</summary>
    private string Repair(string stem)
    {
        if (stem.Length < 3 || IsKnownLemma(stem))
        {
            return stem;
        }

        var withE = stem + "e";
        if (IsKnownLemma(withE))
        {
            return withE;
        }

        var last = stem[^1];
        var shorter = stem[..^1];
        if ((last == stem[^2] || last == 'k') && IsKnownLemma(shorter))
        {
            return shorter;
        }

        // Stems no English lemma ends with: "evacuat" → "evacuate", "receiv" → "receive".
        return last == 'v' || stem.EndsWith("iz", StringComparison.Ordinal) || (stem.EndsWith("at", StringComparison.Ordinal) && !IsVowel(stem[^3]))
            ? withE
            : stem;
    }

    /// <summary>A lemma seen in training or a WordNet lemma of an open class.</summary>
    private bool IsKnownLemma(string lemma) =>
        _table.IsKnownLemma(lemma) || (_lexicon.FlagsOfWord(lemma) & (LexicalTraits.Noun | LexicalTraits.Verb | LexicalTraits.Adjective | LexicalTraits.Adverb)) != 0;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsNationality(string word) =>
        word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith('i');
}
