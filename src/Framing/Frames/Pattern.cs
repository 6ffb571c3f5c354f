using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using Framing.Text;

namespace Framing.Frames;

/// <summary>
/// A compiled codebook pattern: a sequence of words, gaps and actor slots matched against the
/// tokens of one sentence.
/// </summary>
/// <remarks>
/// <para>Syntax (elements are separated by spaces):</para>
/// <list type="bullet">
/// <item><c>depend</c>: a word. It matches a token whose surface form or lemma equals it, ignoring
/// case, with typographic apostrophes and quotes folded to ASCII (’ = '). A word with an apostrophe,
/// hyphen or full stop (<c>arm's</c>, <c>full-fledged</c>, <c>U.S.</c>) also matches the same text
/// split over adjacent tokens with no space between them, so it does not depend on how the
/// tokenizer splits clitics and hyphens.</item>
/// <item><c>depend*</c>, <c>?</c>: globs; <c>*</c> is any run of characters, <c>?</c> one character.
/// Globs match the whole token (<c>depend*</c> does not match <c>independent</c>).</item>
/// <item><c>=US</c>: case-sensitive surface form only (no lemma), for names that clash with words.</item>
/// <item><c>rely|relies|reliant</c>: alternatives for one token position.</item>
/// <item><c>lead/VERB</c>, <c>lead/VERB,NOUN</c>: a part-of-speech constraint (UD tags). Tokens
/// without a tag (<see cref="PartOfSpeech.None"/>, before a tagger exists) satisfy any constraint, so
/// patterns keep working on untagged text.</item>
/// <item><c>*{0,3}</c>: a gap of between 0 and 3 arbitrary tokens; a bare <c>*</c> is <c>*{0,3}</c>.
/// Gaps stay inside the sentence, at most 20 tokens, and cannot start or end a pattern.</item>
/// <item><c>{actor}</c>, <c>{actor:west,united_states}</c>: any mention of a codebook actor, or of the
/// listed actors. <c>{sub}</c> and <c>{dom}</c> are actor slots that also capture the subordinate
/// and dominant side; they are allowed in frame <c>roles</c> only.</item>
/// </list>
/// <para>Multi-word phrases are simply several words: <c>junior partner</c>, <c>arm's length</c>.</para>
/// </remarks>
public sealed class Pattern
{
    /// <summary>Largest gap a pattern may ask for, in tokens.</summary>
    public const int MaxGap = 20;

    /// <summary>The gap a bare <c>*</c> stands for, as its largest length.</summary>
    public const int DefaultGap = 3;

    private Pattern(string text, ImmutableArray<PatternElement> elements)
    {
        Text = text;
        Elements = elements;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>True when the pattern has a <c>{sub}</c> or <c>{dom}</c> slot.</summary>
    public bool HasRoleSlots => Elements.Any(e => e is TermElement t && t.Alternatives.Any(a => a.Slot is SlotKind.Subordinate or SlotKind.Dominant));

    /// <summary>True when the pattern has any actor slot.</summary>
    public bool HasSlots => Elements.Any(e => e is TermElement t && t.Alternatives.Any(a => a.Slot != SlotKind.None));

    internal ImmutableArray<PatternElement> Elements { get; }

    /// <summary>Parses a pattern.</summary>
    /// <param name="text">The pattern text.</param>
    /// <returns>The compiled pattern.</returns>
    /// <exception cref="FramingException">The pattern is malformed; the message quotes it and says how to fix it.</exception>
    public static Pattern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = TryParse(text, out var error);
        return pattern ?? throw new FramingException(error!, file: null, field: "pattern");
    }

    /// <summary>Parses a pattern, returning null and a message (which quotes the pattern) when it is malformed.</summary>
    internal static Pattern? TryParse(string text, out string? error)
    {
        error = null;
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            error = "Pattern is empty. Write at least one word.";
            return null;
        }

        var elements = ImmutableArray.CreateBuilder<PatternElement>(parts.Length);
        foreach (var part in parts)
        {
            var element = ParseElement(part, out var problem);
            if (element is null)
            {
                error = $"Pattern \"{text}\": {problem}";
                return null;
            }

            if (element is GapElement && (elements.Count == 0 || elements[^1] is GapElement))
            {
                error = elements.Count == 0
                    ? $"Pattern \"{text}\": a gap cannot start a pattern. Remove the leading '{part}'."
                    : $"Pattern \"{text}\": two gaps in a row. Merge them into one *{{min,max}}.";
                return null;
            }

            elements.Add(element);
        }

        if (elements[^1] is GapElement)
        {
            error = $"Pattern \"{text}\": a gap cannot end a pattern. Remove the trailing '{parts[^1]}'.";
            return null;
        }

        return new Pattern(text, elements.ToImmutable());
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static PatternElement? ParseElement(string part, out string? problem)
    {
        problem = null;
        if (part[0] == '*' && (part.Length == 1 || part[1] == '{'))
        {
            return ParseGap(part, out problem);
        }

        var alternatives = ImmutableArray.CreateBuilder<TermAlternative>();
        foreach (var alternative in part.Split('|'))
        {
            if (alternative.Length == 0)
            {
                problem = $"empty alternative in '{part}'. Remove the extra '|'.";
                return null;
            }

            var parsed = alternative[0] == '{' ? ParseSlot(alternative, out problem) : ParseWord(alternative, out problem);
            if (parsed is null)
            {
                return null;
            }

            alternatives.Add(parsed);
        }

        return new TermElement(alternatives.ToImmutable());
    }

    private static GapElement? ParseGap(string part, out string? problem)
    {
        problem = null;
        if (part == "*")
        {
            return new GapElement(0, DefaultGap);
        }

        var match = Regex.Match(part, @"^\*\{(\d{1,3})(?:,(\d{1,3}))?\}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            problem = $"malformed gap '{part}'. Write * or *{{min,max}}, for example *{{0,3}}.";
            return null;
        }

        var min = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var max = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : min;
        if (min > max)
        {
            problem = $"gap '{part}' has its minimum above its maximum. Write *{{{max},{min}}}.";
            return null;
        }

        if (max > MaxGap)
        {
            problem = $"gap '{part}' is longer than {MaxGap} tokens. Use a shorter gap.";
            return null;
        }

        if (max == 0)
        {
            problem = $"gap '{part}' allows no tokens. Remove it.";
            return null;
        }

        return new GapElement(min, max);
    }

    private static TermAlternative? ParseSlot(string text, out string? problem)
    {
        problem = null;
        var match = Regex.Match(text, @"^\{(actor|sub|dom)(?::([a-z0-9_]+(?:,[a-z0-9_]+)*))?\}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            problem = $"unknown slot '{text}'. Use {{actor}}, {{actor:id,id}}, {{sub}} or {{dom}} (actor ids in lower case).";
            return null;
        }

        var kind = match.Groups[1].Value switch
        {
            "sub" => SlotKind.Subordinate,
            "dom" => SlotKind.Dominant,
            _ => SlotKind.Actor,
        };
        var actors = match.Groups[2].Success ? [.. match.Groups[2].Value.Split(',')] : ImmutableArray<string>.Empty;
        return new TermAlternative(string.Empty, null, CaseSensitive: false, Glued: false, PartsOfSpeech: [], kind, actors);
    }

    private static TermAlternative? ParseWord(string text, out string? problem)
    {
        problem = null;
        var caseSensitive = text[0] == '=';
        var word = caseSensitive ? text[1..] : text;
        var tags = ImmutableArray<PartOfSpeech>.Empty;
        var slash = word.LastIndexOf('/');
        if (slash > 0 && slash < word.Length - 1)
        {
            var tagBuilder = ImmutableArray.CreateBuilder<PartOfSpeech>();
            foreach (var name in word[(slash + 1)..].Split(','))
            {
                if (!Enum.TryParse<PartOfSpeech>(name, ignoreCase: false, out var tag) || tag == PartOfSpeech.None || !name.All(char.IsAsciiLetterUpper))
                {
                    problem = $"unknown part of speech '{name}' in '{text}'. Use a UD tag such as VERB, NOUN, ADJ, ADV, PROPN.";
                    return null;
                }

                tagBuilder.Add(tag);
            }

            tags = tagBuilder.ToImmutable();
            word = word[..slash];
        }

        if (word.Length == 0 || word.All(c => c is '*' or '?'))
        {
            problem = $"'{text}' has no letters. A word needs at least one character besides * and ?.";
            return null;
        }

        if (word.IndexOfAny(['{', '}']) >= 0)
        {
            problem = $"stray brace in '{text}'. Slots are written alone, for example {{actor}}; gaps as *{{0,3}}.";
            return null;
        }

        var folded = caseSensitive ? FrameText.Fold(word) : FrameText.Key(word);
        Regex? glob = null;
        if (folded.IndexOfAny(['*', '?']) >= 0)
        {
            var builder = new StringBuilder("^");
            foreach (var c in folded)
            {
                builder.Append(c switch
                {
                    '*' => ".*",
                    '?' => ".",
                    _ => Regex.Escape(c.ToString()),
                });
            }

            glob = new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        }

        var glued = folded.Any(c => c is '\'' or '-' or '.' or '&' or '/');
        return new TermAlternative(folded, glob, caseSensitive, glued, tags, SlotKind.None, []);
    }
}
