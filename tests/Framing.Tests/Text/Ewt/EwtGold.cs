using System.Text;

using Framing.Text;

namespace Framing.Tests.Text.Ewt;

/// <summary>A gold word of a UD treebank with its span in the rebuilt raw text.</summary>
internal sealed record GoldWord(string Form, string Lemma, PartOfSpeech Upos, int Start, int End, bool SentenceInitial);

/// <summary>
/// The raw text of a CoNLL-U file rebuilt from FORMs, SpaceAfter=No and the document/paragraph
/// markers (paragraphs and documents separated by a blank line, sentences by a space), with the
/// spans of its words, surface tokens (multiword tokens whole) and sentences. A deliberately small
/// reader of the columns the text pipeline is measured on; the full CoNLL-U reader lives elsewhere.
/// </summary>
internal sealed class EwtGold
{
    private EwtGold(string text, List<GoldWord> words, List<TextSpan> surfaceTokens, List<TextSpan> sentences)
    {
        Text = text;
        Words = words;
        SurfaceTokens = surfaceTokens;
        Sentences = sentences;
    }

    public string Text { get; }

    public IReadOnlyList<GoldWord> Words { get; }

    public IReadOnlyList<TextSpan> SurfaceTokens { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public static EwtGold Load(string path)
    {
        var text = new StringBuilder();
        var words = new List<GoldWord>();
        var tokens = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        var spaceAfter = true;
        var sentenceStart = -1;
        var mwtEnd = 0;
        var breakBefore = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal) || line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                breakBefore = true;
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (sentenceStart >= 0)
                {
                    sentences.Add(new TextSpan(sentenceStart, text.Length));
                }

                sentenceStart = -1;
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"{path}: a word line needs 10 tab-separated columns: '{line}'.");
            }

            var id = columns[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue; // empty node: no surface text
            }

            var isRange = id.Contains('-', StringComparison.Ordinal);
            var noSpace = columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            if (sentenceStart < 0)
            {
                if (text.Length > 0)
                {
                    text.Append(breakBefore ? "\n\n" : " ");
                }

                breakBefore = false;
                sentenceStart = text.Length;
            }
            else if (spaceAfter && text.Length > 0 && (isRange || text.Length >= mwtEnd))
            {
                text.Append(' ');
            }

            if (isRange)
            {
                var start = text.Length;
                mwtEnd = start + columns[1].Length;
                tokens.Add(new TextSpan(start, mwtEnd));
                spaceAfter = !noSpace;
                continue;
            }

            var wordStart = text.Length;
            text.Append(columns[1]);
            words.Add(new GoldWord(columns[1], columns[2], Enum.Parse<PartOfSpeech>(columns[3]), wordStart, text.Length, id == "1"));
            if (text.Length > mwtEnd)
            {
                tokens.Add(new TextSpan(wordStart, text.Length));
                spaceAfter = !noSpace;
            }
            else if (text.Length == mwtEnd)
            {
                // last word of a multiword token: its SpaceAfter was given on the range line
            }
        }

        if (sentenceStart >= 0)
        {
            sentences.Add(new TextSpan(sentenceStart, text.Length));
        }

        return new EwtGold(text.ToString(), words, tokens, sentences);
    }
}
