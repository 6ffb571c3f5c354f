using System.Collections.Immutable;

using Framing.Text.Tokenization;

namespace Framing.Text.Sentences;

/// <summary>
/// Rule-based sentence splitter over tokens. A sentence ends:
/// <list type="bullet">
/// <item>at every region boundary (sentences never cross regions);</item>
/// <item>at a blank line;</item>
/// <item>at a single line break when the line has no final punctuation and the next line starts
/// like a new sentence (headlines, questions without a question mark, list items);</item>
/// <item>after final punctuation (<c>. ! ? … ...</c>) and any closing quotes or brackets attached to it,
/// unless a quotation continues with a lower-case word (<c>"Yes!" he said.</c>);</item>
/// <item>after an abbreviation that is not a title when the next word is a capitalised function
/// word (<c>in the U.S. The</c>), but never after a title or initial (<c>Mr.</c>, <c>J.</c>).</item>
/// </list>
/// </summary>
public sealed class SentenceSplitter : IPipelineStep
{
    /// <summary>Splits the document's tokens into sentences; tokens are left unchanged.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.WithSentences(Split(document.Text, document.Regions, document.Tokens, cancellationToken));
    }

    /// <summary>Splits <paramref name="tokens"/> (in text order, inside <paramref name="regions"/>) into sentences.</summary>
    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<TextSpan> regions, ImmutableArray<Token> tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<Sentence>(Math.Max(4, tokens.Length / 16));
        var region = 0;
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            while (region < regions.Length && tokens[i].Start >= regions[region].End)
            {
                region++;
            }

            var next = i + 1;
            var endsHere = next == tokens.Length
                || (region < regions.Length && tokens[next].Start >= regions[region].End)
                || EndsAfter(text, tokens, i);
            if (endsHere)
            {
                sentences.Add(new Sentence(sentences.Count, first, next - first, tokens[first].Start, tokens[i].End));
                first = next;
            }
        }

        return sentences.DrainToImmutable();
    }

    /// <summary>True when a sentence ends after token <paramref name="i"/> (the next token is in the same region).</summary>
    private static bool EndsAfter(string text, ImmutableArray<Token> tokens, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        var lineBreaks = Layout.CountLineBreaks(text, token.End, next.Start);
        if (lineBreaks >= 2)
        {
            return true;
        }

        if ((Layout.IsClosing(next.Text, attached: !token.SpaceAfter) || Layout.IsEmoticon(next.Text) || Layout.IsFinalPunctuation(next.Text))
            && FinalPunctuation(tokens, i) >= 0)
        {
            return false; // a closing quote or bracket, a smiley or more dots stay with the sentence they close
        }

        var final = FinalPunctuation(tokens, i);
        if (final >= 0)
        {
            // An abbreviation at the end of a line (…in the U.S.⏎China…) ends the sentence like a period.
            return EndsAfterFinal(tokens, final, i) || (lineBreaks == 1 && Layout.StartsLine(next));
        }

        return lineBreaks == 1 && Layout.EndsLine(token) && Layout.StartsLine(next);
    }

    /// <summary>
    /// The index of the final punctuation that token <paramref name="i"/> ends or closes
    /// (<paramref name="i"/> itself, or the punctuation before a run of attached closing quotes), or -1.
    /// </summary>
    private static int FinalPunctuation(ImmutableArray<Token> tokens, int i)
    {
        var j = i;
        while (j > 0 && Layout.IsClosing(tokens[j].Text, attached: !tokens[j - 1].SpaceAfter) && j > i - 3)
        {
            j--;
        }

        return IsFinal(tokens, j) ? j : -1;
    }

    private static bool IsFinal(ImmutableArray<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        return Layout.IsFinalPunctuation(text) || Layout.IsEmoticon(text) || (text.Length > 1 && text[^1] == '.' && !Abbreviations.IsTitleToken(text));
    }

    private static bool EndsAfterFinal(ImmutableArray<Token> tokens, int final, int i)
    {
        var punctuation = tokens[final].Text;
        var next = tokens[i + 1].Text;
        var nextIsLower = char.IsLower(next[0]);
        if (Layout.IsEmoticon(punctuation))
        {
            return true;
        }

        if (!Layout.IsFinalPunctuation(punctuation))
        {
            // An abbreviation such as U.S. or Inc.: a sentence ends only before a clear sentence opener.
            return Layout.IsCapitalisedFunctionWord(next);
        }

        if (nextIsLower && (final < i || Layout.IsEllipsis(punctuation)))
        {
            return false; // "Yes!" he said. · wait... what
        }

        return !Layout.IsContinuingPunctuation(next);
    }
}
