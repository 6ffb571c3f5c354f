namespace Framing.Text.Tokenization;

/// <summary>Recognises URLs and e-mail addresses, which stay single tokens (EWT convention).</summary>
internal static class WebTokens
{
    private static readonly string[] UrlPrefixes = ["http://", "https://", "ftp://", "www."];

    /// <summary>
    /// Length of the URL or e-mail address starting at <paramref name="start"/> within the
    /// whitespace-free chunk ending at <paramref name="end"/>, or 0 when there is none.
    /// </summary>
    public static int Match(string text, int start, int end, bool chunkHasAt)
    {
        var rest = text.AsSpan(start, end - start);
        if ((text[start] | 0x20) is not ('h' or 'f' or 'w'))
        {
            return chunkHasAt ? MatchEmail(rest) : 0;
        }

        foreach (var prefix in UrlPrefixes)
        {
            if (rest.Length > prefix.Length && rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return TrimTrailingPunctuation(rest);
            }
        }

        return chunkHasAt ? MatchEmail(rest) : 0;
    }

    private static int MatchEmail(ReadOnlySpan<char> rest)
    {
        var at = 0;
        while (at < rest.Length && IsLocalPartChar(rest[at]))
        {
            at++;
        }

        if (at == 0 || at >= rest.Length - 1 || rest[at] != '@')
        {
            return 0;
        }

        var end = at + 1;
        var lastDot = -1;
        while (end < rest.Length && (CharClasses.IsWordChar(rest[end]) || rest[end] is '-' or '.'))
        {
            if (rest[end] == '.')
            {
                lastDot = end;
            }

            end++;
        }

        // Drop a final period (end of sentence) and require a dot with letters after it.
        while (end > at + 1 && rest[end - 1] is '.' or '-')
        {
            end--;
        }

        // A domain needs a dot (enron.com), except an all-letter host name (Griffith@ENRON).
        return (lastDot > at + 1 && lastDot < end - 1) || (lastDot < 0 && end > at + 1) ? end : 0;
    }

    private static bool IsLocalPartChar(char c) => CharClasses.IsWordChar(c) || c is '.' or '_' or '-' or '+' or '%';

    /// <summary>Drops sentence punctuation and unbalanced closing brackets from the end of a URL.</summary>
    private static int TrimTrailingPunctuation(ReadOnlySpan<char> url)
    {
        var end = url.Length;
        var openParens = url.Count('(');
        var closeParens = url.Count(')');
        while (end > 0)
        {
            var c = url[end - 1];
            if (c == ')' && closeParens > openParens)
            {
                closeParens--;
            }
            else if (!(c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ']' or '>'))
            {
                break;
            }

            end--;
        }

        return end;
    }
}
