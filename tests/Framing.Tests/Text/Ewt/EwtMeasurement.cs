using System.Collections.Immutable;

using Framing.Text;
using Framing.Text.Lemmatization.Rules;
using Framing.Text.Tokenization;

namespace Framing.Tests.Text.Ewt;

/// <summary>Runs the rule-based pipeline on a rebuilt EWT file and scores it.</summary>
internal sealed class EwtMeasurement
{
    private static readonly Dictionary<string, EwtMeasurement> Cache = new(StringComparer.Ordinal);

    private EwtMeasurement(EwtGold gold, Document document)
    {
        Gold = gold;
        Document = document;
    }

    public EwtGold Gold { get; }

    public Document Document { get; }

    /// <summary>Words (syntactic words, what Document.Tokens holds) by character span.</summary>
    public SpanScore Words => SpanScore.Compare(Gold.Words.Select(w => new TextSpan(w.Start, w.End)), Document.Tokens.Select(t => t.Span));

    /// <summary>Surface tokens (CoNLL 2018 "Tokens"): clitics split off a word count with their host.</summary>
    public SpanScore Tokens => SpanScore.Compare(Gold.SurfaceTokens, SurfaceTokens(Document.Tokens));

    public SpanScore Sentences => SpanScore.Compare(Gold.Sentences, Document.Sentences.Select(s => s.Span));

    /// <summary>The most frequent word-segmentation errors as "gold forms ≠ system tokens" with counts.</summary>
    public IEnumerable<string> WordErrors(int count)
    {
        var goldSpans = Gold.Words.Select(w => new TextSpan(w.Start, w.End)).ToHashSet();
        var systemSpans = Document.Tokens.Select(t => t.Span).ToHashSet();
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        var g = 0;
        var s = 0;
        var words = Gold.Words;
        var tokens = Document.Tokens;
        while (g < words.Count && s < tokens.Length)
        {
            var goldSpan = new TextSpan(words[g].Start, words[g].End);
            if (goldSpan == tokens[s].Span)
            {
                g++;
                s++;
                continue;
            }

            // Collect the smallest stretch where both sides end at the same offset.
            var goldEnd = g;
            var systemEnd = s;
            var end = Math.Max(words[g].End, tokens[s].End);
            while (true)
            {
                while (goldEnd < words.Count && words[goldEnd].End < end) { goldEnd++; }
                while (systemEnd < tokens.Length && tokens[systemEnd].End < end) { systemEnd++; }
                var newEnd = Math.Max(goldEnd < words.Count ? words[goldEnd].End : end, systemEnd < tokens.Length ? tokens[systemEnd].End : end);
                if (newEnd == end) { break; }
                end = newEnd;
            }

            var key = string.Join(" ", words.Skip(g).Take(goldEnd - g + 1).Select(w => w.Form)) + "  ≠  "
                + string.Join(" ", tokens.Skip(s).Take(systemEnd - s + 1).Select(t => t.Text));
            errors[key] = errors.GetValueOrDefault(key) + 1;
            g = goldEnd + 1;
            s = systemEnd + 1;
        }

        return errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(count).Select(e => $"{e.Value,4}  {e.Key}");
    }

    /// <summary>Sentence boundaries the splitter missed (gold end not a system end) and added, with a little context.</summary>
    public IEnumerable<string> SentenceErrors(int count)
    {
        var goldEnds = Gold.Sentences.Select(x => x.End).ToHashSet();
        var systemEnds = Document.Sentences.Select(x => x.End).ToHashSet();
        var text = Gold.Text;
        string Context(int at) => text[Math.Max(0, at - 40)..at].ReplaceLineEndings("⏎") + " ‖ " + text[at..Math.Min(text.Length, at + 30)].ReplaceLineEndings("⏎");
        return Gold.Sentences.Where(x => !systemEnds.Contains(x.End)).Take(count).Select(x => "missed: " + Context(x.End))
            .Concat(Document.Sentences.Where(x => !goldEnds.Contains(x.End)).Take(count).Select(x => "added:  " + Context(x.End)));
    }

    /// <summary>Share of gold words whose rule lemma (from gold FORM and UPOS) equals the gold lemma.</summary>
    public double LemmaAccuracy(bool useTags)
    {
        var correct = 0;
        foreach (var word in Gold.Words)
        {
            var lemma = RuleLemmatizer.Instance.Lemmatize(word.Form, useTags ? word.Upos : PartOfSpeech.None, word.SentenceInitial);
            if (lemma == word.Lemma)
            {
                correct++;
            }
        }

        return (double)correct / Gold.Words.Count;
    }

    /// <summary>The most frequent lemma errors given gold FORM and UPOS, as "form UPOS gold ≠ rule" with counts.</summary>
    public IEnumerable<string> LemmaErrors(int count, bool useTags) =>
        Gold.Words
            .Select(w => (w, lemma: RuleLemmatizer.Instance.Lemmatize(w.Form, useTags ? w.Upos : PartOfSpeech.None, w.SentenceInitial)))
            .Where(x => x.lemma != x.w.Lemma)
            .GroupBy(x => $"{x.w.Form} {x.w.Upos} {x.w.Lemma} ≠ {x.lemma}", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(g => $"{g.Count(),4}  {g.Key}");

    public static EwtMeasurement? For(string file)
    {
        if (TestPaths.EwtDirectory is null)
        {
            return null;
        }

        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var measurement))
            {
                var gold = EwtGold.Load(Path.Combine(TestPaths.EwtDirectory, file));
                measurement = new EwtMeasurement(gold, EnglishPipeline.Default.Process("ewt", gold.Text));
                Cache[file] = measurement;
            }

            return measurement;
        }
    }

    /// <summary>Surface tokens: each multiword run (do + n't) counts as one span.</summary>
    internal static IEnumerable<TextSpan> SurfaceTokens(ImmutableArray<Token> tokens)
    {
        var ranges = MultiwordTokens.Find(tokens.AsSpan());
        var next = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (next < ranges.Length && ranges[next].First == i)
            {
                var last = i + ranges[next].Count - 1;
                yield return new TextSpan(tokens[i].Start, tokens[last].End);
                i = last;
                next++;
            }
            else
            {
                yield return tokens[i].Span;
            }
        }
    }
}
