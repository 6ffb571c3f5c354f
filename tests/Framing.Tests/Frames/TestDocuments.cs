using System.Collections.Immutable;
using System.Text.RegularExpressions;

using Framing.Text;

namespace Framing.Tests.Frames;

/// <summary>
/// A tiny tokenizer and sentence splitter for frame tests only, so the matcher can be tested
/// without the real English pipeline. Tokens: words (with inner hyphens kept whole unless
/// <c>splitHyphens</c>), the clitics 's and n't split off UD-style, abbreviations such as U.S. kept
/// whole, every other punctuation mark alone. Sentences end after . ? ! (plus closing quotes) before
/// whitespace, and at line breaks.
/// </summary>
internal static partial class TestDocuments
{
    public static Document Create(string text, string id = "test", bool splitHyphens = false, IEnumerable<TextSpan>? regions = null)
    {
        var document = new Document(id, text, regions);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (var region in document.Regions)
        {
            var slice = text[region.Start..region.End];
            var regex = splitHyphens ? TokenSplitHyphens() : TokenKeepHyphens();
            foreach (Match m in regex.Matches(slice))
            {
                var start = region.Start + m.Index;
                var end = start + m.Length;
                var spaceAfter = end < text.Length && char.IsWhiteSpace(text[end]);
                tokens.Add(new Token(m.Value, start, end, spaceAfter));
            }
        }

        document = document.WithTokens(tokens.ToImmutable());
        return document.WithSentences(Split(document));
    }

    private static ImmutableArray<Sentence> Split(Document document)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var last = i == tokens.Length - 1;
            var t = tokens[i];
            var gap = last ? string.Empty : document.Text[t.End..tokens[i + 1].Start];
            var terminal = t.Text is "." or "?" or "!" || (t.Text is "\u201D" or "\"" or "'" or "\u2019" && i > 0 && tokens[i - 1].Text is "." or "?" or "!");
            var nextIsCloser = !last && gap.Length == 0 && tokens[i + 1].Text is "\u201D" or "\"" or ")";
            if (last || gap.Contains('\n', StringComparison.Ordinal) || (terminal && !nextIsCloser && gap.Length > 0))
            {
                sentences.Add(new Sentence(sentences.Count, first, i - first + 1, tokens[first].Start, t.End));
                first = i + 1;
            }
        }

        return sentences.ToImmutable();
    }

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|n't|n’t|['’]s\b|\w+(?:[-'’]\w+)*?(?=n't|n’t|['’]s\b)|\w+(?:-\w+)*|\$|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenKeepHyphens();

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|n't|n’t|['’]s\b|\w+?(?=n't|n’t|['’]s\b)|\w+|\$|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenSplitHyphens();
}
