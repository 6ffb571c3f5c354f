namespace Framing.Text.Tagging;

/// <summary>
/// Context rules for the Penn tags that a word's form and UPOS leave open (the commonest XPOS
/// errors on EWT dev): base form or present (VB/VBP), past or participle (VBD/VBN), and
/// opening or closing straight quote (``/''). They read the tags already predicted to the left.
/// </summary>
internal static class XposContext
{
    /// <summary>Rewrites ambiguous verb tags of one sentence in place.</summary>
    public static void RefineVerbs(ReadOnlySpan<string> words, ReadOnlySpan<PartOfSpeech> tags, Span<string?> xpos)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (tags[i] == PartOfSpeech.PRON && xpos[i] is "PRP" or "PRP$" && Is(words[i], "her"))
            {
                xpos[i] = PossessiveOrObject(tags, i);
                continue;
            }

            if (tags[i] is not (PartOfSpeech.VERB or PartOfSpeech.AUX))
            {
                continue;
            }

            var current = xpos[i];
            if (current is "VB" or "VBP" && !IsFixedBeForm(words[i]))
            {
                xpos[i] = BaseOrPresent(words, tags, xpos, i) ?? current;
            }
            else if (current is "VBD" or "VBN")
            {
                xpos[i] = PastOrParticiple(words, tags, i) ?? current;
            }
        }
    }

    /// <summary>A straight double quote opens when it is attached to the next token but not to the previous one.</summary>
    public static string QuoteTag(string text, bool attachedToPrevious, bool attachedToNext) => text switch
    {
        "\u201C" or "``" => "``",
        "\u201D" or "''" => "''",
        _ => attachedToNext && !attachedToPrevious ? "``" : "''",
    };

    /// <summary>"her" is possessive (PRP$) before the noun phrase it determines ("her own car"), else an object (PRP).</summary>
    private static string PossessiveOrObject(ReadOnlySpan<PartOfSpeech> tags, int i) =>
        i + 1 < tags.Length && tags[i + 1] is PartOfSpeech.NOUN or PartOfSpeech.ADJ or PartOfSpeech.PROPN or PartOfSpeech.NUM ? "PRP$" : "PRP";

    private static string? BaseOrPresent(ReadOnlySpan<string> words, ReadOnlySpan<PartOfSpeech> tags, ReadOnlySpan<string?> xpos, int i)
    {
        var j = PreviousContent(words, tags, i);
        if (j < 0)
        {
            // Sentence-initial main verb: an imperative ("Call me"); initial auxiliaries open questions ("Do you").
            return tags[i] == PartOfSpeech.VERB ? "VB" : null;
        }

        if (xpos[j] == "MD" || (tags[j] == PartOfSpeech.PART && Is(words[j], "to")) || (tags[j] == PartOfSpeech.AUX && IsDoForm(words[j])))
        {
            return "VB";
        }

        // A subject right before the verb makes it present tense ("they go"); an object does not ("let them go").
        return tags[j] is PartOfSpeech.NOUN or PartOfSpeech.PROPN || IsSubjectPronoun(words[j]) ? "VBP" : null;
    }

    private static string? PastOrParticiple(ReadOnlySpan<string> words, ReadOnlySpan<PartOfSpeech> tags, int i)
    {
        // Look left for a perfect or passive auxiliary, stopping at anything that ends the verb group.
        for (var j = i - 1; j >= 0 && j >= i - 4; j--)
        {
            if (tags[j] == PartOfSpeech.AUX)
            {
                return IsHaveOrBeForm(words[j]) ? "VBN" : null;
            }

            if (tags[j] is PartOfSpeech.VERB or PartOfSpeech.CCONJ or PartOfSpeech.PUNCT or PartOfSpeech.SCONJ or PartOfSpeech.ADP)
            {
                break;
            }
        }

        var previous = PreviousContent(words, tags, i);
        return previous >= 0 && tags[previous] is PartOfSpeech.PRON or PartOfSpeech.NOUN or PartOfSpeech.PROPN ? "VBD" : null;
    }

    /// <summary>The nearest token to the left that is not an adverb or negation.</summary>
    private static int PreviousContent(ReadOnlySpan<string> words, ReadOnlySpan<PartOfSpeech> tags, int i)
    {
        var j = i - 1;
        while (j >= 0 && (tags[j] == PartOfSpeech.ADV || (tags[j] == PartOfSpeech.PART && !Is(words[j], "to"))))
        {
            j--;
        }

        return j;
    }

    private static bool IsSubjectPronoun(string word) =>
        Is(word, "i") || Is(word, "we") || Is(word, "they") || Is(word, "you") || Is(word, "who") || Is(word, "that") || Is(word, "which");

    private static bool IsFixedBeForm(string word) =>
        Is(word, "be") || Is(word, "am") || Is(word, "are") || Is(word, "'m") || Is(word, "'re") || Is(word, "is") || Is(word, "'s");

    private static bool IsDoForm(string word) => Is(word, "do") || Is(word, "does") || Is(word, "did");

    private static bool IsHaveOrBeForm(string word) =>
        Is(word, "have") || Is(word, "has") || Is(word, "had") || Is(word, "having") || Is(word, "'ve") ||
        Is(word, "be") || Is(word, "is") || Is(word, "are") || Is(word, "was") || Is(word, "were") ||
        Is(word, "been") || Is(word, "being") || Is(word, "am") || Is(word, "'s") || Is(word, "'re") || Is(word, "'m") ||
        Is(word, "get") || Is(word, "gets") || Is(word, "got") || Is(word, "getting");

    private static bool Is(string word, string lower) => string.Equals(word, lower, StringComparison.OrdinalIgnoreCase);
}
