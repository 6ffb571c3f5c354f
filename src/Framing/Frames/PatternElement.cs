using System.Collections.Immutable;
using System.Text.RegularExpressions;

using Framing.Text;

namespace Framing.Frames;

/// <summary>One position of a compiled <see cref="Pattern"/>: a term or a gap.</summary>
internal abstract record PatternElement;

/// <summary>A gap of <paramref name="Min"/> to <paramref name="Max"/> arbitrary tokens.</summary>
internal sealed record GapElement(int Min, int Max) : PatternElement;

/// <summary>A token position that any of its alternatives may fill.</summary>
internal sealed record TermElement(ImmutableArray<TermAlternative> Alternatives) : PatternElement;

/// <summary>What kind of actor slot a term is, if any.</summary>
internal enum SlotKind
{
    None,
    Actor,
    Subordinate,
    Dominant,
}

/// <summary>
/// One alternative of a term: a word (literal or glob, folded to its comparison key) or an actor slot.
/// </summary>
/// <param name="Word">Comparison key: <see cref="FrameText.Key"/> of the word, or its fold when case-sensitive.</param>
/// <param name="Glob">Compiled glob when the word has wildcards, else null.</param>
/// <param name="CaseSensitive">Compare the folded surface form with case (no lemma).</param>
/// <param name="Glued">The word has inner punctuation and may span adjacent tokens with no space between them.</param>
/// <param name="PartsOfSpeech">Allowed tags; empty means any. Untagged tokens always pass.</param>
/// <param name="Slot">Slot kind, or <see cref="SlotKind.None"/> for a word.</param>
/// <param name="Actors">For slots: the actor ids allowed; empty means any.</param>
internal sealed record TermAlternative(
    string Word,
    Regex? Glob,
    bool CaseSensitive,
    bool Glued,
    ImmutableArray<PartOfSpeech> PartsOfSpeech,
    SlotKind Slot,
    ImmutableArray<string> Actors)
{
    /// <summary>True when <paramref name="key"/> (a comparison key) is this word.</summary>
    public bool Accepts(string key) => Glob is null ? string.Equals(key, Word, StringComparison.Ordinal) : Glob.IsMatch(key);

    /// <summary>True when the tag constraint allows <paramref name="tag"/>.</summary>
    public bool AllowsTag(PartOfSpeech tag) => PartsOfSpeech.IsEmpty || tag == PartOfSpeech.None || PartsOfSpeech.Contains(tag);
}
