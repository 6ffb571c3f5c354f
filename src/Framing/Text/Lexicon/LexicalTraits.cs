namespace Framing.Text.Lexicon;

/// <summary>
/// What an English lexicon knows about a lower-cased word form: the parts of speech WordNet lists
/// for it (as a lemma or as a regular or irregular inflection), and how a spelling word list writes
/// it (lower case, capitalised only, or all capitals). The tagger uses the combination as a feature,
/// which helps most on words it never saw in training.
/// </summary>
[Flags]
public enum LexicalTraits
{
    /// <summary>Not in the lexicon.</summary>
    None = 0,

    /// <summary>A WordNet noun lemma.</summary>
    Noun = 1 << 0,

    /// <summary>A WordNet verb lemma.</summary>
    Verb = 1 << 1,

    /// <summary>A WordNet adjective lemma.</summary>
    Adjective = 1 << 2,

    /// <summary>A WordNet adverb lemma.</summary>
    Adverb = 1 << 3,

    /// <summary>A plural of a WordNet noun (regular or from WordNet's exception list).</summary>
    NounPlural = 1 << 4,

    /// <summary>A third-person singular present of a WordNet verb.</summary>
    VerbPresent = 1 << 5,

    /// <summary>A past tense or participle of a WordNet verb.</summary>
    VerbPast = 1 << 6,

    /// <summary>An -ing form of a WordNet verb.</summary>
    VerbGerund = 1 << 7,

    /// <summary>A comparative or superlative of a WordNet adjective.</summary>
    AdjectiveGraded = 1 << 8,

    /// <summary>A WordNet noun that is always capitalised (a proper name: "India").</summary>
    ProperNoun = 1 << 9,

    /// <summary>The word list has it in lower case.</summary>
    ListedLowerCase = 1 << 10,

    /// <summary>The word list has it only capitalised.</summary>
    ListedCapitalised = 1 << 11,

    /// <summary>The word list has it only in capitals (an acronym).</summary>
    ListedAllCapitals = 1 << 12,
}
