using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Framing.Text.Tokenization;

/// <summary>
/// Rule-based English tokenizer following the UD English EWT conventions. It scans each region of
/// the document once, cuts it into whitespace-free chunks and splits each chunk into words and
/// punctuation. Every token keeps its exact offsets in the original text.
/// </summary>
public sealed class Tokenizer : IPipelineStep
{
    /// <summary>Bound prefixes that stay attached to the next word across a hyphen in EWT (e-mail, non-profit, co-workers).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BoundPrefixes =
        new[]
        {
            "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub", "semi",
            "neo", "cross", "vice", "un", "socio", "micro", "intra", "counter", "inter", "ultra", "macro",
            "pseudo", "quasi", "geo", "bio", "trans", "extra",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly TokenizerOptions options;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> extraAbbreviations;

    /// <summary>Creates a tokenizer with <paramref name="options"/> (EWT defaults when null).</summary>
    public Tokenizer(TokenizerOptions? options = null)
    {
        this.options = options ?? TokenizerOptions.Default;
        extraAbbreviations = this.options.ExtraAbbreviations
            .Select(a => a.TrimEnd('.'))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The settings in use.</summary>
    public TokenizerOptions Options => options;

    /// <summary>Tokenizes the document's regions; existing tokens and sentences are replaced.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.WithTokens(Tokenize(document.Text, document.Regions, cancellationToken));
    }

    /// <summary>Tokenizes the given <paramref name="regions"/> of <paramref name="text"/>; text outside them gets no tokens.</summary>
    public ImmutableArray<Token> Tokenize(string text, IEnumerable<TextSpan> regions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(regions);
        var tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
        foreach (var region in regions)
        {
            if (region.Start < 0 || region.End > text.Length || region.End < region.Start)
            {
                throw new ArgumentOutOfRangeException(nameof(regions), region, $"Region {region} lies outside the text (length {text.Length}).");
            }

            cancellationToken.ThrowIfCancellationRequested();
            TokenizeRegion(text, region.Start, region.End, tokens);
        }

        return tokens.DrainToImmutable();
    }

    /// <summary>Tokenizes the whole of <paramref name="text"/>.</summary>
    public ImmutableArray<Token> Tokenize(string text) => Tokenize(text ?? throw new ArgumentNullException(nameof(text)), [new TextSpan(0, text.Length)]);

    private void TokenizeRegion(string text, int start, int end, ImmutableArray<Token>.Builder tokens)
    {
        var position = start;
        while (position < end)
        {
            if (CharClasses.IsSeparator(text[position]))
            {
                position++;
                continue;
            }

            var chunkEnd = position + 1;
            var hasAt = text[position] == '@';
            while (chunkEnd < end && !CharClasses.IsSeparator(text[chunkEnd]))
            {
                hasAt |= text[chunkEnd] == '@';
                chunkEnd++;
            }

            new ChunkScanner(this, text, chunkEnd, end, hasAt, tokens).Scan(position);
            position = chunkEnd;
        }
    }

    /// <summary>True when the hyphen at <paramref name="hyphen"/> joins the word segment before it to the word after it.</summary>
    internal bool HyphenJoins(string text, int segmentStart, int hyphen)
    {
        if (!options.SplitHyphenatedCompounds)
        {
            return true;
        }

        var before = text[hyphen - 1];
        var after = text[hyphen + 1];
        if (CharClasses.IsAsciiDigit(before) && CharClasses.IsAsciiDigit(after))
        {
            return true; // phone numbers, dates and ranges: 713-853-3989, 4-12
        }

        return BoundPrefixes.Contains(text.AsSpan(segmentStart, hyphen - segmentStart));
    }

    /// <summary>True when the period right after <paramref name="word"/> belongs to it as an abbreviation.</summary>
    internal bool KeepsPeriod(ReadOnlySpan<char> word, bool numberFollows)
    {
        return Abbreviations.Classify(word) switch
        {
            AbbreviationKind.Title or AbbreviationKind.General => true,
            AbbreviationKind.BeforeNumber => numberFollows,
            _ => extraAbbreviations.Contains(word),
        };
    }

    internal bool SplitsClitics => options.SplitClitics;
}
