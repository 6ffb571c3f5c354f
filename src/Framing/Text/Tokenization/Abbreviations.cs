using System.Collections.Frozen;

namespace Framing.Text.Tokenization;

/// <summary>How an abbreviation behaves around its final period.</summary>
public enum AbbreviationKind
{
    /// <summary>Not a known abbreviation.</summary>
    None = 0,

    /// <summary>A title or initial that precedes a name (Mr., Dr., Gen., J.): never ends a sentence.</summary>
    Title,

    /// <summary>An abbreviation that may end a sentence (Inc., etc., U.S., Jan.).</summary>
    General,

    /// <summary>A word that is an abbreviation only before a number (No. 5, Fig. 3, Vol. 2).</summary>
    BeforeNumber,
}

/// <summary>
/// English abbreviations that keep their final period as part of the token (EWT convention:
/// <c>Dr.</c>, <c>U.S.</c>, <c>etc.</c> are single tokens).
/// </summary>
public static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> Known = Build();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Classifies <paramref name="word"/> (without its final period). Dotted forms whose parts are
    /// one or two letters (U.S, e.g, Ph.D, a.m; not bbc.co.uk) and single capital letters (initials) are recognised
    /// by shape; other abbreviations come from a built-in list.
    /// </summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return AbbreviationKind.Title;
        }

        if (Lookup.TryGetValue(word, out var kind))
        {
            return kind;
        }

        return IsDottedLetters(word) ? AbbreviationKind.General : AbbreviationKind.None;
    }

    /// <summary>True when the token text (with its final period) is a title or initial, after which a sentence does not end.</summary>
    public static bool IsTitleToken(ReadOnlySpan<char> token) =>
        token.Length > 1 && token[^1] == '.' && Classify(token[..^1]) == AbbreviationKind.Title;

    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        var dots = 0;
        var run = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (run == 0)
                {
                    return false;
                }

                dots++;
                run = 0;
            }
            else if (CharClasses.IsLetter(c) && ++run <= 2)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return dots > 0 && run > 0;
    }

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        Add(map, AbbreviationKind.Title,
            "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Rev", "Hon", "Sr", "Sra", "Mt", "Ft", "St",
            "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Gov", "Sen", "Rep",
            "Pres", "Supt", "Insp", "Det", "Amb", "Atty", "Fr", "Br", "Sec", "Ste", "Drs", "Profs", "Gens", "Sens", "Reps");
        Add(map, AbbreviationKind.General,
            "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "Jr", "Esq", "etc", "vs", "al", "cf", "approx", "ca",
            "Jan", "Feb", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Tues", "Thur", "Thurs",
            "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Hwy", "Intl", "Govt", "Mfg", "Est", "Ph.D", "viz");
        Add(map, AbbreviationKind.BeforeNumber,
            "No", "Nos", "Fig", "Figs", "Vol", "Vols", "p", "pp", "Art", "Ch", "Para", "Tel", "Ext", "Mar", "Jun", "Jul");
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, AbbreviationKind> map, AbbreviationKind kind, params string[] words)
    {
        foreach (var word in words)
        {
            map.TryAdd(word, kind);
        }
    }
}
