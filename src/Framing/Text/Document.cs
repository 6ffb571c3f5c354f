using System.Collections.Immutable;

namespace Framing.Text;

/// <summary>
/// An analysed text: the original text, the regions of it that carry the article (page chrome
/// excluded), and the tokens and sentences found there. Immutable: pipeline steps return new
/// documents through the <c>With…</c> methods.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document over <paramref name="text"/> with no annotation yet.</summary>
    /// <param name="id">Identifier, usually the corpus file stem.</param>
    /// <param name="text">The original text; every offset in this document indexes it.</param>
    /// <param name="regions">The spans to analyse, in order and non-overlapping; null means the whole text.</param>
    public Document(string id, string text, IEnumerable<TextSpan>? regions = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Regions = regions is null ? [new TextSpan(0, text.Length)] : [.. regions];
        ValidateRegions(Regions, text.Length);
        Tokens = [];
        Sentences = [];
    }

    private Document(Document source, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        Id = source.Id;
        Text = source.Text;
        Regions = source.Regions;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>Identifier, usually the corpus file stem.</summary>
    public string Id { get; }

    /// <summary>The original text. Token and sentence offsets index this string.</summary>
    public string Text { get; }

    /// <summary>The spans of <see cref="Text"/> that are analysed (for example article paragraphs). Sentences never cross a region boundary.</summary>
    public ImmutableArray<TextSpan> Regions { get; }

    /// <summary>Tokens in text order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Sentences in text order; together they cover every token exactly once.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Returns a copy with new tokens; sentences are cleared because they index tokens.</summary>
    public Document WithTokens(ImmutableArray<Token> tokens) => new(this, tokens, []);

    /// <summary>Returns a copy with new sentences over the existing tokens.</summary>
    public Document WithSentences(ImmutableArray<Sentence> sentences) => new(this, Tokens, sentences);

    /// <summary>Returns a copy whose tokens are replaced one for one (for taggers and lemmatizers).</summary>
    /// <exception cref="ArgumentException">The count differs from <see cref="Tokens"/>.</exception>
    public Document WithAnnotatedTokens(ImmutableArray<Token> tokens)
    {
        if (tokens.Length != Tokens.Length)
        {
            throw new ArgumentException($"Expected {Tokens.Length} tokens, got {tokens.Length}.", nameof(tokens));
        }

        return new(this, tokens, Sentences);
    }

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);
    }

    /// <summary>The original text of one sentence.</summary>
    public string TextOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Text[sentence.Start..sentence.End];
    }

    private static void ValidateRegions(ImmutableArray<TextSpan> regions, int length)
    {
        var previousEnd = 0;
        foreach (var region in regions)
        {
            if (region.Start < previousEnd || region.End < region.Start || region.End > length)
            {
                throw new ArgumentException($"Region {region} is out of order, overlapping or outside the text (length {length}).", nameof(regions));
            }

            previousEnd = region.End;
        }
    }
}
