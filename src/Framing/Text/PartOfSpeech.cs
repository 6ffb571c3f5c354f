namespace Framing.Text;

/// <summary>
/// Universal Dependencies part-of-speech tags (UPOS). <see cref="None"/> means "not tagged yet".
/// </summary>
public enum PartOfSpeech
{
    /// <summary>No tag assigned (written as <c>_</c> in CoNLL-U).</summary>
    None = 0,
    /// <summary>Adjective.</summary>
    ADJ,
    /// <summary>Adposition.</summary>
    ADP,
    /// <summary>Adverb.</summary>
    ADV,
    /// <summary>Auxiliary.</summary>
    AUX,
    /// <summary>Coordinating conjunction.</summary>
    CCONJ,
    /// <summary>Determiner.</summary>
    DET,
    /// <summary>Interjection.</summary>
    INTJ,
    /// <summary>Noun.</summary>
    NOUN,
    /// <summary>Numeral.</summary>
    NUM,
    /// <summary>Particle.</summary>
    PART,
    /// <summary>Pronoun.</summary>
    PRON,
    /// <summary>Proper noun.</summary>
    PROPN,
    /// <summary>Punctuation.</summary>
    PUNCT,
    /// <summary>Subordinating conjunction.</summary>
    SCONJ,
    /// <summary>Symbol.</summary>
    SYM,
    /// <summary>Verb.</summary>
    VERB,
    /// <summary>Other.</summary>
    X,
}
