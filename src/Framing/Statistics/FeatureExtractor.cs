using System.Collections.Immutable;

using Framing.Text;

namespace Framing.Statistics;

/// <summary>One feature occurrence in a document: the folded feature and the offsets it covers.</summary>
/// <param name="Feature">The feature (a word, lemma or space-joined n-gram).</param>
/// <param name="SentenceIndex">Index of the sentence in <see cref="Document.Sentences"/> (0 when the document has no sentences).</param>
/// <param name="Start">Offset of the first character of the first token.</param>
/// <param name="End">Offset one past the last character of the last token.</param>
public readonly record struct FeatureOccurrence(string Feature, int SentenceIndex, int Start, int End);

/// <summary>Turns a tokenized <see cref="Document"/> into feature occurrences under <see cref="FeatureOptions"/>.</summary>
public static class FeatureExtractor
{
    /// <summary>
    /// The folded form of one token under <paramref name="options"/> (lemma or surface). A proper
    /// noun written as an acronym keeps its capitals and loses its dots even when features are
    /// lower-cased: "US" and "U.S." are one feature, "US", and never the pronoun "us".
    /// </summary>
    public static string FormOf(Token token, FeatureOptions options)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(options);
        var raw = options.Unit == FeatureUnit.Lemma && !string.IsNullOrEmpty(token.Lemma) ? token.Lemma : token.Text;
        return options.LowerCase && token.Upos == PartOfSpeech.PROPN && IsAcronym(raw)
            ? WordFolding.Fold(raw.Replace(".", string.Empty, StringComparison.Ordinal), lowerCase: false)
            : WordFolding.Fold(raw, options.LowerCase);
    }

    /// <summary>Two or more capital letters, optionally each followed by a dot ("UN", "NATO", "U.S.").</summary>
    private static bool IsAcronym(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>
    /// The sentences of <paramref name="document"/> as token ranges; a document with tokens but no
    /// sentences is treated as one sentence.
    /// </summary>
    public static ImmutableArray<Sentence> SentencesOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Sentences.IsDefaultOrEmpty)
        {
            return document.Sentences;
        }

        if (document.Tokens.IsDefaultOrEmpty)
        {
            return [];
        }

        return [new Sentence(0, 0, document.Tokens.Length, document.Tokens[0].Start, document.Tokens[^1].End)];
    }

    /// <summary>Extracts every feature occurrence of <paramref name="document"/> in text order.</summary>
    /// <exception cref="StatisticsException">The document has text but no tokens (it was not run through a pipeline).</exception>
    public static ImmutableArray<FeatureOccurrence> Extract(Document document, FeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= FeatureOptions.Default;
        options.Validate();
        RequireTokens(document);
        var result = ImmutableArray.CreateBuilder<FeatureOccurrence>();
        foreach (var sentence in SentencesOf(document))
        {
            var kept = new List<(string Form, Token Token)>();
            foreach (var token in document.TokensOf(sentence))
            {
                if (options.RemovePunctuation && !WordFolding.IsWord(token.Text))
                {
                    continue;
                }

                if (options.RemoveNumbers && WordFolding.IsNumber(token.Text))
                {
                    continue;
                }

                kept.Add((FormOf(token, options), token));
            }

            for (var i = 0; i + options.NGram <= kept.Count; i++)
            {
                var first = kept[i];
                var last = kept[i + options.NGram - 1];
                if (options.Stopwords.Words.Contains(WordFolding.Fold(first.Form)) || options.Stopwords.Words.Contains(WordFolding.Fold(last.Form)))
                {
                    continue;
                }

                var feature = options.NGram == 1 ? first.Form : string.Join(' ', kept.Skip(i).Take(options.NGram).Select(static k => k.Form));
                result.Add(new FeatureOccurrence(feature, sentence.Index, first.Token.Start, last.Token.End));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Throws when a document with text carries no tokens.</summary>
    internal static void RequireTokens(Document document)
    {
        if (document.Tokens.IsDefaultOrEmpty && document.Regions.Any(static r => r.Length > 0) && document.Text.Any(static c => !char.IsWhiteSpace(c)))
        {
            throw new StatisticsException($"Document '{document.Id}' has text but no tokens: run it through the text pipeline (for example EnglishPipeline) before computing statistics.");
        }
    }

    /// <summary>Evidence for an occurrence: the enclosing sentence's text and offsets.</summary>
    internal static Evidence EvidenceOf(Document document, int sentenceIndex, int start, int end)
    {
        var sentences = SentencesOf(document);
        if (sentences.IsDefaultOrEmpty)
        {
            return new Evidence(document.Id, start, end, start, end, document.Text[start..end]);
        }

        var sentence = sentences[Math.Clamp(sentenceIndex, 0, sentences.Length - 1)];
        return new Evidence(document.Id, start, end, sentence.Start, sentence.End, document.TextOf(sentence));
    }
}
