using System.Collections.Immutable;

namespace Framing.Text.Tokenization;

/// <summary>
/// Settings for <see cref="Tokenizer"/>. The defaults follow the tokenisation conventions of
/// UD English EWT, so that evaluation against UD treebanks is meaningful.
/// </summary>
public sealed record TokenizerOptions
{
    /// <summary>The EWT-compatible defaults.</summary>
    public static TokenizerOptions Default { get; } = new();

    /// <summary>
    /// When true (EWT convention), hyphenated compounds such as <c>Russia-China</c> or
    /// <c>well-known</c> become three tokens (<c>Russia</c>, <c>-</c>, <c>China</c>); words built
    /// on a bound prefix (<c>non-</c>, <c>co-</c>, <c>e-</c>, <c>pre-</c>…) and number ranges stay whole.
    /// When false, every word-hyphen-word sequence is one token.
    /// </summary>
    public bool SplitHyphenatedCompounds { get; init; } = true;

    /// <summary>
    /// When true (EWT convention), contractions and possessives are split into syntactic words:
    /// <c>don't</c> → <c>do</c> + <c>n't</c>, <c>Russia's</c> → <c>Russia</c> + <c>'s</c>,
    /// <c>cannot</c> → <c>can</c> + <c>not</c>.
    /// </summary>
    public bool SplitClitics { get; init; } = true;

    /// <summary>
    /// Extra abbreviations (without the final period, case-insensitive) that keep their period,
    /// for domain terms the built-in list lacks.
    /// </summary>
    public ImmutableArray<string> ExtraAbbreviations { get; init; } = [];
}
