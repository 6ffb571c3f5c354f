using System.Collections.Immutable;

using Framing.Statistics;
using Framing.Text;

namespace Framing.Reuse;

/// <summary>A folded word and its offsets in the original text.</summary>
/// <param name="Form">Lower-cased, folded form.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
internal readonly record struct Word(string Form, int Start, int End);

/// <summary>
/// Splits the analysed regions of a document into words: maximal runs of letters and digits
/// (so "Russia’s" gives "russia", "s"). Independent of the tokenizer, so reuse detection works on
/// any document, tokenized or not.
/// </summary>
internal static class WordScanner
{
    public static ImmutableArray<Word> Scan(Document document)
    {
        var words = ImmutableArray.CreateBuilder<Word>();
        var text = document.Text;
        foreach (var region in document.Regions)
        {
            var i = region.Start;
            while (i < region.End)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < region.End && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                words.Add(new Word(WordFolding.Fold(text[start..i]), start, i));
            }
        }

        return words.ToImmutable();
    }
}
