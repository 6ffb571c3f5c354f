namespace Framing.Statistics;

/// <summary>Which form of a token a feature is built from.</summary>
public enum FeatureUnit
{
    /// <summary>The surface form (the token text, folded).</summary>
    Token,

    /// <summary>The lemma when the document has one, otherwise the folded surface form.</summary>
    Lemma,
}

/// <summary>
/// How tokens become features. Defaults: lemmas, unigrams, lower-cased and folded, punctuation
/// dropped, the default English stopwords removed.
/// </summary>
public sealed record FeatureOptions
{
    /// <summary>Default options (lemma unigrams without stopwords).</summary>
    public static FeatureOptions Default { get; } = new();

    /// <summary>Surface form or lemma.</summary>
    public FeatureUnit Unit { get; init; } = FeatureUnit.Lemma;

    /// <summary>Length of the n-grams (1 = single words). N-grams never cross a sentence boundary.</summary>
    public int NGram { get; init; } = 1;

    /// <summary>Lower-case features (invariant culture). Typographic folding always applies.</summary>
    public bool LowerCase { get; init; } = true;

    /// <summary>Drop tokens without a letter or digit.</summary>
    public bool RemovePunctuation { get; init; } = true;

    /// <summary>Drop tokens that are numbers.</summary>
    public bool RemoveNumbers { get; init; }

    /// <summary>
    /// Stopwords. A unigram that is a stopword is dropped; an n-gram is dropped when its first or
    /// last word is a stopword (so "the West" is dropped but "junior partner" and "arm's length" stay).
    /// </summary>
    public StopwordList Stopwords { get; init; } = StopwordList.English;

    /// <summary>Throws when the options cannot be used.</summary>
    public void Validate()
    {
        if (NGram < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(NGram), NGram, "The n-gram length must be at least 1.");
        }

        ArgumentNullException.ThrowIfNull(Stopwords);
    }
}
