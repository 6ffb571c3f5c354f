using System.Collections.Immutable;
using System.Diagnostics;

using Framing.Text.Conllu;

namespace Framing.Text.Evaluation;

/// <summary>
/// Scores a pipeline against a gold CoNLL-U file as the CoNLL 2018 shared task does: the system
/// runs on the raw text rebuilt from the gold file, and units are aligned by their character
/// spans over the text with all whitespace removed. Tokens, Words and Sentences count span
/// matches; UPOS, XPOS and Lemmas count aligned words whose value also matches (a gold lemma
/// <c>_</c> matches anything).
/// </summary>
/// <remarks>
/// Tokens are surface tokens: a gold multiword token ("don't" = do + n't) is one token. The
/// system's <see cref="Token"/>s are syntactic words, so its surface tokens are rebuilt the way a
/// CoNLL-U writer declares multiword tokens: a word directly followed (no space) by a contraction
/// clitic ('s, n't, 'm, 'll, 've, 're, 'd; "can|not", "gon|na", "got|ta") forms one surface token with it.
/// </remarks>
public static class ConlluEvaluator
{
    /// <summary>Runs <paramref name="system"/> on <paramref name="goldPath"/> and scores it.</summary>
    /// <param name="goldPath">Gold CoNLL-U file.</param>
    /// <param name="system">With <paramref name="goldTokenization"/> false, the full pipeline (it gets a document with text only); otherwise the steps after tokenization (it gets the gold tokens and sentences).</param>
    /// <param name="goldTokenization">Give the system the gold words and sentences.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ConlluFormatException">The gold file is malformed.</exception>
    public static EvaluationReport Evaluate(string goldPath, IPipelineStep system, bool goldTokenization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        return Evaluate(goldPath, system.Process, goldTokenization, cancellationToken);
    }

    /// <summary>Runs a pipeline function on <paramref name="goldPath"/> and scores it.</summary>
    public static EvaluationReport Evaluate(string goldPath, Func<Document, CancellationToken, Document> system, bool goldTokenization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        ArgumentNullException.ThrowIfNull(system);
        var sentences = ConlluReader.ReadFile(goldPath, cancellationToken);
        return Evaluate(sentences, goldPath, system, goldTokenization, cancellationToken);
    }

    /// <summary>Runs a pipeline function on gold sentences already read and scores it.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<ConlluSentence> gold, string goldName, Func<Document, CancellationToken, Document> system, bool goldTokenization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var text = GoldText.Build(gold);
        var input = goldTokenization ? text.ToGoldTokenizedDocument(goldName) : text.ToRawDocument(goldName);
        var watch = Stopwatch.StartNew();
        var output = system(input, cancellationToken);
        watch.Stop();
        if (output.Text != text.Text)
        {
            throw new InvalidOperationException("The system changed the document text; pipeline steps must keep Document.Text.");
        }

        return Score(text, output, goldName, goldTokenization, watch.Elapsed);
    }

    /// <summary>Scores an annotated document against the gold text it was built from.</summary>
    public static EvaluationReport Score(GoldText gold, Document system, string goldName, bool goldTokenization, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var map = NonWhitespaceIndex(gold.Text);
        var systemTokens = system.Tokens;
        var systemSpans = systemTokens.Select(t => Squeeze(map, t.Span)).ToArray();
        var goldTokenSpans = gold.Tokens.Select(s => Squeeze(map, s)).ToArray();
        var goldWordSpans = gold.Words.Select(w => Squeeze(map, w.Span)).ToArray();
        var goldSentenceSpans = gold.Sentences.Select(s => Squeeze(map, s)).ToArray();
        var systemSentenceSpans = system.Sentences.Select(s => Squeeze(map, s.Span)).ToArray();

        var systemSurface = SurfaceTokens(systemTokens).Select(s => Squeeze(map, s)).ToArray();
        var tokens = Match(goldTokenSpans, systemSurface).Count;
        var sentences = Match(goldSentenceSpans, systemSentenceSpans).Count;
        var aligned = Match(goldWordSpans, systemSpans);
        int upos = 0, xpos = 0, lemmas = 0;
        foreach (var (g, s) in aligned)
        {
            var goldWord = gold.Words[g];
            var token = systemTokens[s];
            upos += goldWord.Upos == PartOfSpeechNames.ToConllu(token.Upos) ? 1 : 0;
            xpos += goldWord.Xpos == (token.Xpos ?? "_") ? 1 : 0;
            lemmas += goldWord.Lemma == "_" || goldWord.Lemma == (token.Lemma ?? "_") ? 1 : 0;
        }

        var goldWords = gold.Words.Length;
        var systemWords = systemTokens.Length;
        ImmutableArray<EvaluationMetric> metrics =
        [
            new("Tokens", tokens, gold.Tokens.Length, systemSurface.Length, 0),
            new("Words", aligned.Count, goldWords, systemWords, 0),
            new("Sentences", sentences, gold.Sentences.Length, system.Sentences.Length, 0),
            new("UPOS", upos, goldWords, systemWords, aligned.Count),
            new("XPOS", xpos, goldWords, systemWords, aligned.Count),
            new("Lemmas", lemmas, goldWords, systemWords, aligned.Count),
        ];
        return new EvaluationReport(goldName, goldTokenization, metrics, systemTokens.Length, elapsed);
    }

    /// <summary>The system's surface tokens: words joined with the contraction clitics that follow them directly.</summary>
    public static ImmutableArray<TextSpan> SurfaceTokens(ImmutableArray<Token> words)
    {
        var result = ImmutableArray.CreateBuilder<TextSpan>(words.Length);
        var i = 0;
        while (i < words.Length)
        {
            var length = Contractions.SurfaceLength(words, i, words.Length);
            result.Add(new TextSpan(words[i].Start, words[i + length - 1].End));
            i += length;
        }

        return result.ToImmutable();
    }

    /// <summary>For each offset, how many non-whitespace characters precede it.</summary>
    private static int[] NonWhitespaceIndex(string text)
    {
        var map = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            map[i + 1] = map[i] + (char.IsWhiteSpace(text[i]) ? 0 : 1);
        }

        return map;
    }

    private static (int Start, int End) Squeeze(int[] map, TextSpan span) => (map[span.Start], map[span.End]);

    /// <summary>One-to-one matches of equal spans (both lists in text order), as (gold index, system index).</summary>
    private static List<(int Gold, int System)> Match((int Start, int End)[] gold, (int Start, int End)[] system)
    {
        var matches = new List<(int, int)>();
        var goldOrder = Order(gold);
        var systemOrder = Order(system);
        int g = 0, s = 0;
        while (g < goldOrder.Length && s < systemOrder.Length)
        {
            var a = gold[goldOrder[g]];
            var b = system[systemOrder[s]];
            var compare = a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
            if (compare == 0)
            {
                matches.Add((goldOrder[g], systemOrder[s]));
                g++;
                s++;
            }
            else if (compare < 0)
            {
                g++;
            }
            else
            {
                s++;
            }
        }

        return matches;
    }

    private static int[] Order((int Start, int End)[] spans)
    {
        var order = Enumerable.Range(0, spans.Length).ToArray();
        Array.Sort(order, (x, y) =>
        {
            var c = spans[x].Start.CompareTo(spans[y].Start);
            c = c != 0 ? c : spans[x].End.CompareTo(spans[y].End);
            return c != 0 ? c : x.CompareTo(y);
        });
        return order;
    }
}
