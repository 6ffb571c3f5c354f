using System.Collections.Immutable;

using Framing.Text.Lemmatization.Rules;

namespace Framing.Text.Lemmatization.Learned;

/// <summary>
/// Pipeline step that sets <see cref="Token.Lemma"/> from the token's form and its (predicted)
/// <see cref="Token.Upos"/>: the lemma learned from UD English EWT for that (form, tag), and for
/// words not seen in training the <see cref="RuleLemmatizer"/>. Run it after a tagger. Thread-safe.
/// </summary>
public sealed class LearnedLemmatizer : IPipelineStep
{
    private readonly LemmaTable _table;

    internal LearnedLemmatizer(LemmaTable table)
    {
        _table = table;
    }

    /// <summary>Number of forms in the exception lexicon.</summary>
    public int LexiconSize => _table.LexiconSize;

    /// <summary>The lemma of <paramref name="word"/> used as <paramref name="upos"/>.</summary>
    public string Lemmatize(string word, PartOfSpeech upos)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _table.Lemmatize(word, upos) ?? RuleLemmatizer.Instance.Lemmatize(word, upos);
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
            result[i] = token with { Lemma = Lemmatize(token.Text, token.Upos) };
        }

        return document.WithAnnotatedTokens(ImmutableArray.Create(result));
    }
}
