using System.Collections.Immutable;
using System.Text;

using Framing.Text.Conllu;

namespace Framing.Text.Evaluation;

/// <summary>
/// The raw text of a gold CoNLL-U file, rebuilt as in the CoNLL 2018 shared task: FORMs joined
/// by a space unless <c>SpaceAfter=No</c>, sentences of a paragraph joined by a space, and a blank
/// line before each <c># newpar</c> or <c># newdoc</c>. Also holds the gold units with their spans.
/// </summary>
public sealed class GoldText
{
    private GoldText(
        string text,
        ImmutableArray<TextSpan> paragraphs,
        ImmutableArray<TextSpan> tokens,
        ImmutableArray<GoldWord> words,
        ImmutableArray<TextSpan> sentences,
        ImmutableArray<int> sentenceFirstWords)
    {
        Text = text;
        Paragraphs = paragraphs;
        Tokens = tokens;
        Words = words;
        Sentences = sentences;
        SentenceFirstWords = sentenceFirstWords;
    }

    /// <summary>The rebuilt raw text.</summary>
    public string Text { get; }

    /// <summary>Paragraph spans (used as document regions).</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; }

    /// <summary>Surface token spans (a multiword token such as "don't" is one token).</summary>
    public ImmutableArray<TextSpan> Tokens { get; }

    /// <summary>Syntactic words with their gold annotation.</summary>
    public ImmutableArray<GoldWord> Words { get; }

    /// <summary>Sentence spans.</summary>
    public ImmutableArray<TextSpan> Sentences { get; }

    /// <summary>Index in <see cref="Words"/> of each sentence's first word.</summary>
    public ImmutableArray<int> SentenceFirstWords { get; }

    /// <summary>Rebuilds the text of <paramref name="sentences"/>.</summary>
    public static GoldText Build(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        var tokens = ImmutableArray.CreateBuilder<TextSpan>();
        var words = ImmutableArray.CreateBuilder<GoldWord>();
        var sentenceSpans = ImmutableArray.CreateBuilder<TextSpan>();
        var firstWords = ImmutableArray.CreateBuilder<int>();
        var paragraphStart = 0;
        var previousSpaceAfter = true;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (s > 0)
            {
                if (sentence.StartsDocument || sentence.StartsParagraph)
                {
                    paragraphs.Add(new TextSpan(paragraphStart, text.Length));
                    text.Append("\n\n");
                    paragraphStart = text.Length;
                }
                else if (previousSpaceAfter)
                {
                    text.Append(' ');
                }
            }

            var surface = sentence.SurfaceTokens;
            var sentenceStart = text.Length;
            firstWords.Add(words.Count);
            for (var t = 0; t < surface.Length; t++)
            {
                var token = surface[t];
                var start = text.Length;
                text.Append(token.Line.Form);
                tokens.Add(new TextSpan(start, text.Length));
                AddWords(token, start, text.Length, words);
                previousSpaceAfter = token.Line.SpaceAfter;
                if (t < surface.Length - 1 && previousSpaceAfter)
                {
                    text.Append(' ');
                }
            }

            sentenceSpans.Add(new TextSpan(sentenceStart, text.Length));
        }

        paragraphs.Add(new TextSpan(paragraphStart, text.Length));
        return new GoldText(text.ToString(), paragraphs.ToImmutable(), tokens.ToImmutable(), words.ToImmutable(), sentenceSpans.ToImmutable(), firstWords.ToImmutable());
    }

    /// <summary>A document over the raw text with no annotation (for a full pipeline).</summary>
    public Document ToRawDocument(string id) => new(id, Text, Paragraphs);

    /// <summary>
    /// A document carrying the gold words as tokens and the gold sentences (for a tagger and
    /// lemmatizer). Words of a multiword token whose forms do not spell the token are merged back
    /// into the one surface token, since a token must be a slice of the text.
    /// </summary>
    public Document ToGoldTokenizedDocument(string id)
    {
        var document = new Document(id, Text, Paragraphs);
        var tokens = ImmutableArray.CreateBuilder<Token>(Words.Length);
        var sentences = ImmutableArray.CreateBuilder<Sentence>(Sentences.Length);
        for (var s = 0; s < Sentences.Length; s++)
        {
            var first = SentenceFirstWords[s];
            var end = s + 1 < Sentences.Length ? SentenceFirstWords[s + 1] : Words.Length;
            var firstToken = tokens.Count;
            TextSpan? previous = null;
            for (var w = first; w < end; w++)
            {
                var span = Words[w].Span;
                if (previous == span)
                {
                    continue;
                }

                previous = span;
                var spaceAfter = span.End < Text.Length && char.IsWhiteSpace(Text[span.End]);
                tokens.Add(new Token(Text[span.Start..span.End], span.Start, span.End, spaceAfter));
            }

            sentences.Add(new Sentence(s, firstToken, tokens.Count - firstToken, Sentences[s].Start, Sentences[s].End));
        }

        return document.WithTokens(tokens.ToImmutable()).WithSentences(sentences.ToImmutable());
    }

    private static void AddWords(ConlluSurfaceToken token, int start, int end, ImmutableArray<GoldWord>.Builder words)
    {
        if (!token.IsMultiword)
        {
            words.Add(GoldWord.From(token.Words[0], new TextSpan(start, end)));
            return;
        }

        // Words of "don't" (do + n't) spell the token: give each its own slice. Otherwise
        // ("won't" as will + not) every word gets the whole token's span.
        var spelled = string.Concat(token.Words.Select(static w => w.Form));
        var splits = spelled == token.Line.Form;
        var offset = start;
        foreach (var word in token.Words)
        {
            var span = splits ? new TextSpan(offset, offset + word.Form.Length) : new TextSpan(start, end);
            offset += word.Form.Length;
            words.Add(GoldWord.From(word, span));
        }
    }
}

/// <summary>A gold syntactic word and where it lies in the rebuilt text.</summary>
/// <param name="Span">Its span in <see cref="GoldText.Text"/>.</param>
/// <param name="Form">FORM column.</param>
/// <param name="Upos">UPOS column.</param>
/// <param name="Xpos">XPOS column.</param>
/// <param name="Lemma">LEMMA column.</param>
public sealed record GoldWord(TextSpan Span, string Form, string Upos, string Xpos, string Lemma)
{
    internal static GoldWord From(ConlluLine line, TextSpan span) => new(span, line.Form, line.Upos, line.Xpos, line.Lemma);
}
