using System.Globalization;
using System.Text;

using Framing.Text;

namespace Framing.Text.Conllu;

/// <summary>
/// Writes CoNLL-U: sentences read by <see cref="ConlluReader"/> (byte for byte), or an annotated
/// <see cref="Document"/> (FORM, LEMMA, UPOS, XPOS and <c>SpaceAfter=No</c>; syntax columns are <c>_</c>).
/// Lines end with <c>\n</c> on every platform.
/// </summary>
public static class ConlluWriter
{
    /// <summary>Writes sentences, each followed by a blank line.</summary>
    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            foreach (var comment in sentence.Comments)
            {
                writer.Write(comment);
                writer.Write('\n');
            }

            foreach (var line in sentence.Lines)
            {
                writer.Write(line.ToString());
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }

    /// <summary>The CoNLL-U text of <paramref name="sentences"/>.</summary>
    public static string ToText(IEnumerable<ConlluSentence> sentences)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, sentences);
        return writer.ToString();
    }

    /// <summary>
    /// Writes an annotated document: <c># newdoc id</c>, then per sentence <c># sent_id = {id}-{n}</c>
    /// and <c># text</c> (the sentence's original text with line breaks turned into spaces).
    /// Tokens outside every sentence are written as one extra sentence each, so nothing is lost.
    /// </summary>
    public static void WriteDocument(TextWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.Write("# newdoc id = ");
        writer.Write(OneLine(document.Id));
        writer.Write('\n');
        var sentences = document.Sentences.IsDefaultOrEmpty && document.Tokens.Length > 0
            ? [new Sentence(0, 0, document.Tokens.Length, document.Tokens[0].Start, document.Tokens[^1].End)]
            : document.Sentences;
        var number = 0;
        foreach (var sentence in sentences)
        {
            number++;
            writer.Write("# sent_id = ");
            writer.Write(OneLine(document.Id));
            writer.Write('-');
            writer.Write(number.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
            writer.Write("# text = ");
            writer.Write(OneLine(document.TextOf(sentence)));
            writer.Write('\n');
            var tokens = document.Tokens;
            var end = sentence.EndToken;
            var i = sentence.FirstToken;
            while (i < end)
            {
                var id = i - sentence.FirstToken + 1;
                var length = Contractions.SurfaceLength(tokens, i, end);
                if (length == 1)
                {
                    WriteToken(writer, id, tokens[i], spaceAfter: tokens[i].SpaceAfter);
                }
                else
                {
                    // A multiword token ("don't" = do + n't): the range line carries the surface
                    // form and SpaceAfter; its words carry the annotation.
                    var last = tokens[i + length - 1];
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{id}-{id + length - 1}\t"));
                    writer.Write(Column(document.Text[tokens[i].Start..last.End]));
                    writer.Write("\t_\t_\t_\t_\t_\t_\t_\t");
                    writer.Write(last.SpaceAfter ? "_" : "SpaceAfter=No");
                    writer.Write('\n');
                    for (var k = 0; k < length; k++)
                    {
                        WriteToken(writer, id + k, tokens[i + k], spaceAfter: true);
                    }
                }

                i += length;
            }

            writer.Write('\n');
        }
    }

    /// <summary>The CoNLL-U text of an annotated document.</summary>
    public static string DocumentToText(Document document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteDocument(writer, document);
        return writer.ToString();
    }

    private static void WriteToken(TextWriter writer, int id, Token token, bool spaceAfter)
    {
        writer.Write(id.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(Column(token.Text));
        writer.Write('\t');
        writer.Write(Column(token.Lemma));
        writer.Write('\t');
        writer.Write(PartOfSpeechNames.ToConllu(token.Upos));
        writer.Write('\t');
        writer.Write(Column(token.Xpos));
        writer.Write("\t_\t_\t_\t_\t");
        writer.Write(spaceAfter ? "_" : "SpaceAfter=No");
        writer.Write('\n');
    }

    /// <summary>A column value: tabs and line breaks become spaces (CoNLL-U forbids them), empty becomes <c>_</c>.</summary>
    private static string Column(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "_";
        }

        return OneLine(value);
    }

    private static string OneLine(string value)
    {
        if (value.AsSpan().IndexOfAny('\t', '\r', '\n') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var lastWasSpace = false;
        foreach (var c in value)
        {
            var space = c is '\t' or '\r' or '\n';
            if (space && lastWasSpace)
            {
                continue;
            }

            builder.Append(space ? ' ' : c);
            lastWasSpace = space || c == ' ';
        }

        return builder.ToString();
    }
}
