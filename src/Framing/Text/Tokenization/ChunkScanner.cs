using System.Collections.Immutable;

namespace Framing.Text.Tokenization;

/// <summary>
/// Splits one whitespace-free chunk of text into tokens: URLs and e-mails whole, words with their
/// internal connectors (1,200 · 11:30 · U.S · O'Neil · e-mail), abbreviation periods, clitics, and
/// punctuation (runs such as <c>...</c>, <c>--</c>, <c>?!</c> stay one token).
/// </summary>
internal readonly ref struct ChunkScanner
{
    private readonly Tokenizer tokenizer;
    private readonly string text;
    private readonly int end;
    private readonly int regionEnd;
    private readonly bool hasAt;
    private readonly ImmutableArray<Token>.Builder tokens;

    public ChunkScanner(Tokenizer tokenizer, string text, int end, int regionEnd, bool hasAt, ImmutableArray<Token>.Builder tokens)
    {
        this.tokenizer = tokenizer;
        this.text = text;
        this.end = end;
        this.regionEnd = regionEnd;
        this.hasAt = hasAt;
        this.tokens = tokens;
    }

    public void Scan(int position)
    {
        var atWordStart = true;
        while (position < end)
        {
            var c = text[position];
            if (atWordStart && CharClasses.IsLetter(c))
            {
                var web = WebTokens.Match(text, position, end, hasAt);
                if (web > 0)
                {
                    Emit(position, position + web);
                    position += web;
                    continue;
                }
            }

            if (CharClasses.IsWordChar(c))
            {
                position = ScanWord(position);
                atWordStart = false;
            }
            else
            {
                position = ScanPunctuation(position);
                atWordStart = true;
            }
        }
    }

    private int ScanWord(int start)
    {
        var position = start + 1;
        var segmentStart = start;
        while (position < end)
        {
            var c = text[position];
            if (CharClasses.IsWordChar(c))
            {
                position++;
            }
            else if (position + 1 < end && JoinsAt(position, segmentStart))
            {
                position += 2;
                if (CharClasses.IsHyphen(c))
                {
                    segmentStart = position - 1;
                }
            }
            else
            {
                break;
            }
        }

        var word = text.AsSpan(start, position - start);
        if (position < end && text[position] == '.' && (position + 1 >= end || text[position + 1] != '.')
            && tokenizer.KeepsPeriod(word, NumberFollows(position + 1)))
        {
            Emit(start, position + 1);
            return position + 1;
        }

        if (CharClasses.IsAsciiDigit(word[0]))
        {
            EmitSplit(start, Units.SplitPoint(word), position);
        }
        else if (tokenizer.SplitsClitics)
        {
            EmitWithClitics(start, position);
        }
        else
        {
            Emit(start, position);
        }

        return position;
    }

    /// <summary>Emits a word and the clitics at its end (should|n't|'ve), host first.</summary>
    private void EmitWithClitics(int start, int end)
    {
        var split = Clitics.SplitPoint(text.AsSpan(start, end - start));
        if (split == 0)
        {
            Emit(start, end);
            return;
        }

        var inner = Clitics.SplitPoint(text.AsSpan(start, split));
        EmitSplit(start, inner, start + split);
        Emit(start + split, end);
    }

    private void EmitSplit(int start, int split, int end)
    {
        if (split > 0)
        {
            Emit(start, start + split);
            Emit(start + split, end);
        }
        else
        {
            Emit(start, end);
        }
    }

    /// <summary>True when the non-word character at <paramref name="position"/> joins the word characters around it.</summary>
    private bool JoinsAt(int position, int segmentStart)
    {
        var before = text[position - 1];
        var after = text[position + 1];
        if (!CharClasses.IsWordChar(after))
        {
            return false;
        }

        return text[position] switch
        {
            '.' => !IsMissingSpace(position), // U.S, 1.5, enron.com; not sanctions.The
            ',' or ':' => CharClasses.IsAsciiDigit(before) && CharClasses.IsAsciiDigit(after), // 1,200 · 11:30
            '/' => (CharClasses.IsAsciiDigit(before) && CharClasses.IsAsciiDigit(after)) || position - segmentStart == 1, // 9/11 · w/o
            '&' => char.IsUpper(before) && char.IsUpper(after), // AT&T
            '_' => true,
            '\'' or '\u2019' or '\u02BC' => (CharClasses.IsLetter(before) && CharClasses.IsLetter(after)) || IsDecadePlural(position), // O'Neil, don't, 80's
            '-' or '\u2010' or '\u2011' => tokenizer.HyphenJoins(text, segmentStart, position),
            _ => false,
        };
    }

    /// <summary>
    /// True when a period between a lower-case word and a capital letter is a sentence end with the
    /// space missing (sanctions.The), not part of an abbreviation (Ph.D) or a name (ASP.NET).
    /// </summary>
    private bool IsMissingSpace(int period) =>
        char.IsUpper(text[period + 1]) && period >= 3
        && char.IsLower(text[period - 1]) && char.IsLower(text[period - 2]) && char.IsLower(text[period - 3]);

    /// <summary>True for the apostrophe of a plural of digits (the 80's, 1990's), which EWT keeps whole.</summary>
    private bool IsDecadePlural(int apostrophe) =>
        CharClasses.IsAsciiDigit(text[apostrophe - 1]) && (text[apostrophe + 1] | 0x20) == 's'
        && (apostrophe + 2 >= end || !CharClasses.IsWordChar(text[apostrophe + 2]));

    private bool NumberFollows(int position)
    {
        while (position < regionEnd && CharClasses.IsSeparator(text[position]))
        {
            position++;
        }

        return position < regionEnd && CharClasses.IsAsciiDigit(text[position]);
    }

    private int ScanPunctuation(int start)
    {
        var c = text[start];
        var position = start + 1;
        if (c is '#' or '@' && position < end && CharClasses.IsLetter(text[position]) && (start == 0 || !CharClasses.IsWordChar(text[start - 1])))
        {
            position = ScanHandle(position); // #hashtag, @mention
        }
        else if (char.IsHighSurrogate(c) && position < end && char.IsLowSurrogate(text[position]))
        {
            position++; // keep a surrogate pair (emoji, rare script) whole
        }
        else if (c is '.' or '!' or '?')
        {
            while (position < end && text[position] is '.' or '!' or '?')
            {
                position++; // ... !! ?! .?
            }
        }
        else if (c is ':' or ';' && EmoticonLength(start) is > 0 and var length)
        {
            position = start + length;
        }
        else if (c is '-' or '*' or '=' or '_' or '~' or '<' or '>' or '#' or '+' or '^' or '`' or '\'' or '\u2019' or '\u2018' or '|')
        {
            while (position < end && text[position] == c)
            {
                position++; // -- *** << '' ``
            }
        }

        Emit(start, position);
        return position;
    }

    private int ScanHandle(int position)
    {
        while (position < end && (CharClasses.IsWordChar(text[position]) || (text[position] is '_' or '.' && position + 1 < end && CharClasses.IsWordChar(text[position + 1]))))
        {
            position++;
        }

        return position;
    }

    /// <summary>Length of an emoticon such as <c>:)</c>, <c>;-)</c> or <c>:D</c> at <paramref name="start"/>, or 0.</summary>
    private int EmoticonLength(int start)
    {
        var position = start + 1;
        if (position < end && text[position] == '-')
        {
            position++;
        }

        if (position >= end || text[position] is not (')' or '(' or 'D' or 'P' or 'p' or '/' or '|'))
        {
            return 0;
        }

        position++;
        return position == end || !CharClasses.IsWordChar(text[position]) ? position - start : 0;
    }

    private void Emit(int start, int stop) =>
        tokens.Add(new Token(text.Substring(start, stop - start), start, stop, SpaceAfter: stop == end));
}
