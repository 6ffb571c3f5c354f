using System.Collections.Immutable;

namespace Framing.Text.Conllu;

/// <summary>
/// Reads CoNLL-U (https://universaldependencies.org/format.html): comment lines, word lines,
/// multiword-token ranges and empty nodes, sentences separated by blank lines. Columns are kept
/// verbatim, so <see cref="ConlluWriter"/> writes the same bytes back.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of the file at <paramref name="path"/>.</summary>
    /// <exception cref="ConlluFormatException">A line is malformed; the message gives file and line.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ImmutableArray<ConlluSentence> ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CoNLL-U file not found: {path}. Check the path.", path);
        }

        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return [.. Read(reader, path, cancellationToken)];
    }

    /// <summary>Parses CoNLL-U text held in a string.</summary>
    public static ImmutableArray<ConlluSentence> Parse(string text, string sourceName = "(string)")
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return [.. Read(reader, sourceName)];
    }

    /// <summary>Reads sentences lazily from <paramref name="reader"/>.</summary>
    /// <param name="reader">The CoNLL-U text.</param>
    /// <param name="sourceName">Name used in error messages (usually the file path).</param>
    /// <param name="cancellationToken">Stops reading between lines.</param>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var comments = ImmutableArray.CreateBuilder<string>();
        var lines = ImmutableArray.CreateBuilder<ConlluLine>();
        var lineNumber = 0;
        var sentenceStart = 1;
        while (reader.ReadLine() is { } raw)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (raw.Length == 0)
            {
                if (comments.Count == 0 && lines.Count == 0)
                {
                    sentenceStart = lineNumber + 1;
                    continue;
                }

                yield return Finish(comments, lines, sourceName, sentenceStart);
                sentenceStart = lineNumber + 1;
                continue;
            }

            if (raw[0] == '#')
            {
                if (lines.Count > 0)
                {
                    throw new ConlluFormatException(sourceName, lineNumber, "comment line after token lines; comments must come before a sentence's first token line (is a blank line missing?).");
                }

                comments.Add(raw);
                continue;
            }

            lines.Add(ParseLine(raw, sourceName, lineNumber));
        }

        if (comments.Count > 0 || lines.Count > 0)
        {
            yield return Finish(comments, lines, sourceName, sentenceStart);
        }
    }

    private static ConlluSentence Finish(
        ImmutableArray<string>.Builder comments,
        ImmutableArray<ConlluLine>.Builder lines,
        string sourceName,
        int sentenceStart)
    {
        if (lines.Count == 0)
        {
            throw new ConlluFormatException(sourceName, sentenceStart, "sentence has comments but no token lines.");
        }

        var sentence = new ConlluSentence(comments.ToImmutable(), lines.ToImmutable());
        comments.Clear();
        lines.Clear();
        return sentence;
    }

    private static ConlluLine ParseLine(string raw, string sourceName, int lineNumber)
    {
        var columns = raw.Split('\t');
        if (columns.Length != 10)
        {
            throw new ConlluFormatException(sourceName, lineNumber, $"expected 10 tab-separated columns, found {columns.Length}. Token lines need ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC (use _ for empty).");
        }

        if (!IsValidId(columns[0]))
        {
            throw new ConlluFormatException(sourceName, lineNumber, $"invalid ID '{columns[0]}'; expected an integer (5), a range (1-2) or an empty node (8.1).");
        }

        if (columns[1].Length == 0)
        {
            throw new ConlluFormatException(sourceName, lineNumber, "empty FORM column; write _ for an empty value.");
        }

        return new ConlluLine(columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6], columns[7], columns[8], columns[9]);
    }

    private static bool IsValidId(string id)
    {
        var separator = id.IndexOfAny(['-', '.']);
        if (separator < 0)
        {
            return IsNumber(id);
        }

        return IsNumber(id.AsSpan(0, separator)) && IsNumber(id.AsSpan(separator + 1));
    }

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
