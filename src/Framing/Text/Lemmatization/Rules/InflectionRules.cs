using Framing.Text.Tokenization;

namespace Framing.Text.Lemmatization.Rules;

/// <summary>
/// Suffix rules for regular English inflection. Inputs are folded (lower-case, ASCII apostrophes);
/// irregular forms are handled by the lexicon before these rules run.
/// </summary>
internal static class InflectionRules
{
    /// <summary>Plural noun → singular: countries → country, boxes → box, cats → cat.</summary>
    public static string NounLemma(string word)
    {
        var n = word.Length;
        if (n < 3 || word[^1] != 's' || word[^2] is 's' or 'u' or 'i' or '\'')
        {
            return word; // class, status, analysis: not plurals
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return n > 4 ? word[..^3] + "y" : word[..^1]; // allies → ally; ties → tie
        }

        if (EndsWithSibilantPlural(word))
        {
            return word[..^2]; // boxes → box, churches → church, processes → process
        }

        return word[..^1];
    }

    /// <summary>Inflected verb → base: created → create, stopped → stop, tries → try, running → run.</summary>
    public static string VerbLemma(string word)
    {
        var n = word.Length;
        if (n > 4 && word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word[..^3] + "y"; // tried → try
        }

        if (n > 3 && word.EndsWith("ed", StringComparison.Ordinal) && word[^3] != 'e' && SyllableCount(word[..^2]) > 0)
        {
            return RestoreStem(word[..^2]); // but need, proceed: base forms
        }

        if (n > 4 && word.EndsWith("ing", StringComparison.Ordinal) && SyllableCount(word[..^3]) > 0)
        {
            return RestoreStem(word[..^3]); // but bring, sing: base forms
        }

        if (n > 3 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y"; // tries → try
        }

        if (n > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return EndsWithSibilantPlural(word) || word.EndsWith("oes", StringComparison.Ordinal) ? word[..^2] : word[..^1];
        }

        return word;
    }

    /// <summary>Comparative or superlative adjective → positive: happier → happy, biggest → big, larger → large.</summary>
    public static string AdjectiveLemma(string word)
    {
        var n = word.Length;
        if (n > 5 && word.EndsWith("iest", StringComparison.Ordinal))
        {
            return word[..^4] + "y";
        }

        if (n > 4 && word.EndsWith("ier", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (n > 5 && word.EndsWith("est", StringComparison.Ordinal))
        {
            return RestoreAdjectiveStem(word[..^3]);
        }

        if (n > 4 && word.EndsWith("er", StringComparison.Ordinal) && IsShortGradable(word[..^2]))
        {
            return RestoreAdjectiveStem(word[..^2]);
        }

        return word;
    }

    /// <summary>Numbers lose their thousands separators (5,000 → 5000); number words are lower-cased.</summary>
    public static string NumberLemma(string word)
    {
        if (word.Length > 4 && CharClasses.IsAsciiDigit(word[0]) && word.Contains(',', StringComparison.Ordinal))
        {
            return word.Replace(",", "", StringComparison.Ordinal);
        }

        return TextFolding.Fold(word);
    }

    /// <summary>Lemma of an untagged word, guessed from its suffix.</summary>
    public static string GuessLemma(string word)
    {
        var n = word.Length;
        if (n > 3 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)))
        {
            return VerbLemma(word);
        }

        return n > 3 && word[^1] == 's' ? NounLemma(word) : word;
    }

    /// <summary>Undoes spelling changes after removing -ed or -ing: stopp → stop, creat → create, us → use.</summary>
    internal static string RestoreStem(string stem)
    {
        var n = stem.Length;
        if (n < 2)
        {
            return stem;
        }

        var last = stem[^1];
        var previous = stem[^2];
        if (last == previous && IsConsonant(last) && last is not ('l' or 's' or 'z' or 'f'))
        {
            return stem[..^1]; // stopped → stop, planned → plan
        }

        if (last == previous || !IsConsonant(last) && last is not 'u')
        {
            return stem; // called, passed; agreed, seeing → see (kept whole)
        }

        return NeedsFinalE(stem) ? stem + "e" : stem;
    }

    /// <summary>True when a verb stem ending in a consonant (or u) lost a silent final e.</summary>
    private static bool NeedsFinalE(string stem)
    {
        var n = stem.Length;
        var last = stem[^1];
        var previous = stem[^2];
        var beforePrevious = n > 2 ? stem[^3] : ' ';
        switch (last)
        {
            case 'v' or 'z' or 'c' or 'u':
                return true; // lived, realized, produced, continued
            case 'w' or 'x' or 'y' or 'h' or 'k' when previous is 'c':
                return false; // snowed, fixed, played, reached, attacked
            case 'g':
                return previous is 'r' or 'd' || (previous == 'n' && beforePrevious is 'a' or 'e' && n > 4); // charged, judged, changed
            case 'l':
                return IsConsonant(previous) && previous is not ('l' or 'r' or 'w'); // settled, handled
            case 's':
                return IsConsonant(previous) ? previous is 'n' or 'r' or 'p' or 'l' : !(previous == 'u' && IsConsonant(beforePrevious)); // licensed, used, caused; focused
        }

        if (!IsConsonant(previous) && !IsVowel(beforePrevious) && IsConsonant(last) && last is not ('w' or 'x' or 'y'))
        {
            // Consonant + single vowel + consonant: one syllable (hop, lik, mak, writ) always takes the
            // e back, since a short vowel would have doubled the consonant; longer stems only for the
            // endings that English spells with a silent e (create, decide, include, define, compare).
            if (SyllableCount(stem) == 1)
            {
                return true;
            }

            return (previous, last) switch
            {
                ('a', 't') or ('u', 't') or ('o', 't') or ('i', 'd') or ('u', 'd') or ('a', 'd') or ('o', 'd') => true,
                ('i', 'n') or ('i', 'r') or ('u', 'r') or ('a', 'r') or ('i', 'b') or ('o', 'k') or ('a', 'k') or ('i', 'k') => true,
                ('e', 't') => beforePrevious is 'l' or 'p',
                _ => false,
            };
        }

        return false;
    }

    private static string RestoreAdjectiveStem(string stem)
    {
        var n = stem.Length;
        if (n > 2 && stem[^1] == stem[^2] && IsConsonant(stem[^1]) && stem[^1] is not ('l' or 's'))
        {
            return stem[..^1]; // bigger → big
        }

        if (n > 2 && IsConsonant(stem[^1]) && !IsConsonant(stem[^2]) && !IsVowel(stem[^3]) && stem[^1] is not ('w' or 'y') && SyllableCount(stem) == 1)
        {
            return stem + "e"; // larger → large, safest → safe
        }

        return stem.EndsWith('u') || stem.EndsWith('v') || stem.EndsWith('c') || stem.EndsWith("rg", StringComparison.Ordinal) ? stem + "e" : stem;
    }

    /// <summary>Short stems that form comparatives with -er (strong, great, high), as opposed to nouns like "other" or "former".</summary>
    private static bool IsShortGradable(string stem) =>
        SyllableCount(stem) == 1 && stem is not ("oth" or "form" or "und" or "ov" or "aft" or "ev" or "nev" or "lat" or "pap" or "wat" or "inn" or "out" or "upp" or "ord");

    private static bool EndsWithSibilantPlural(string word) =>
        word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
        || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
        || word.EndsWith("zzes", StringComparison.Ordinal);

    private static int SyllableCount(string stem)
    {
        var count = 0;
        var inVowel = false;
        for (var i = 0; i < stem.Length; i++)
        {
            var c = stem[i];
            var vowel = IsVowel(c) || (c == 'y' && i > 0);
            if (vowel && !inVowel)
            {
                count++;
            }

            inVowel = vowel;
        }

        return count;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}
