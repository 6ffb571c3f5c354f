using System.Collections.Immutable;

using Framing.Text;
using Framing.Text.Conllu;
using Framing.Text.Evaluation;

namespace Framing.Tests.Text.Evaluation;

public class ConlluEvaluatorTests
{
    // "I don't know." : 4 surface tokens (don't is one), 5 words, 1 sentence.
    private const string Gold =
        "# newdoc id = d\n# sent_id = 1\n# text = I don't know.\n" +
        "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    private static readonly ImmutableArray<ConlluSentence> GoldSentences = ConlluReader.Parse(Gold);

    [Fact]
    public void Perfect_system_scores_100_everywhere()
    {
        var report = Evaluate(goldTokenization: true, document => Annotate(document, [
            (PartOfSpeech.PRON, "PRP", "I"), (PartOfSpeech.AUX, "VBP", "do"), (PartOfSpeech.PART, "RB", "not"),
            (PartOfSpeech.VERB, "VB", "know"), (PartOfSpeech.PUNCT, ".", ".")]));

        Assert.All(report.Metrics, m => Assert.Equal(100.0, m.F1, 6));
        Assert.Equal(100.0, report["UPOS"].AlignedAccuracy, 6);
    }

    [Fact]
    public void Mismatched_tokenization_gives_the_hand_computed_scores()
    {
        // System words: I | do | n't | know.  ("know." not split). Surface tokens: I | don't | know.
        var report = Evaluate(goldTokenization: false, document =>
        {
            var text = document.Text;
            ImmutableArray<Token> tokens =
            [
                new("I", 0, 1, true) { Upos = PartOfSpeech.PRON, Xpos = "PRP", Lemma = "I" },
                new("do", 2, 4, false) { Upos = PartOfSpeech.AUX, Xpos = "VBP", Lemma = "do" },
                new("n't", 4, 7, true) { Upos = PartOfSpeech.VERB, Xpos = "RB", Lemma = "not" },
                new("know.", 8, 13, false) { Upos = PartOfSpeech.VERB, Xpos = "VB", Lemma = "know." },
            ];
            Assert.Equal("I don't know.", text);
            return document.WithTokens(tokens).WithSentences([new Sentence(0, 0, 4, 0, 13)]);
        });

        // Tokens: gold 4, system 3, matched 2 (I, don't).
        AssertScores(report["Tokens"], precision: 2.0 / 3, recall: 2.0 / 4, f1: 4.0 / 7);
        // Words: gold 5, system 4, matched 3 (I, do, n't).
        AssertScores(report["Words"], precision: 3.0 / 4, recall: 3.0 / 5, f1: 6.0 / 9);
        AssertScores(report["Sentences"], precision: 1, recall: 1, f1: 1);
        // UPOS right on I and do (n't is wrong, know. is not aligned).
        AssertScores(report["UPOS"], precision: 2.0 / 4, recall: 2.0 / 5, f1: 4.0 / 9);
        Assert.Equal(100.0 * 2 / 3, report["UPOS"].AlignedAccuracy, 6);
        // XPOS and lemmas right on all three aligned words.
        AssertScores(report["XPOS"], precision: 3.0 / 4, recall: 3.0 / 5, f1: 6.0 / 9);
        AssertScores(report["Lemmas"], precision: 3.0 / 4, recall: 3.0 / 5, f1: 6.0 / 9);
        Assert.Equal(4, report.TokenCount);
    }

    [Fact]
    public void Sentence_boundaries_are_matched_by_span()
    {
        const string twoSentences =
            "# text = Hi.\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n" +
            "# text = Go.\n1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
        var gold = ConlluReader.Parse(twoSentences);

        // The system finds the tokens but puts everything in one sentence.
        var report = ConlluEvaluator.Evaluate(gold, "two", (document, _) =>
        {
            ImmutableArray<Token> tokens = [new("Hi", 0, 2, false), new(".", 2, 3, true), new("Go", 4, 6, false), new(".", 6, 7, true)];
            return document.WithTokens(tokens).WithSentences([new Sentence(0, 0, 4, 0, 7)]);
        }, goldTokenization: false);

        Assert.Equal("Hi. Go.", GoldText.Build(gold).Text);
        AssertScores(report["Sentences"], precision: 0, recall: 0, f1: 0);
        AssertScores(report["Tokens"], precision: 1, recall: 1, f1: 1);
    }

    [Fact]
    public void Gold_tokenization_hands_the_system_gold_words_and_sentences()
    {
        Document? seen = null;
        Evaluate(goldTokenization: true, document =>
        {
            seen = document;
            return document;
        });

        Assert.NotNull(seen);
        Assert.Equal(["I", "do", "n't", "know", "."], seen.Tokens.Select(t => t.Text));
        Assert.Equal((2, 4), (seen.Tokens[1].Start, seen.Tokens[1].End));
        Assert.False(seen.Tokens[1].SpaceAfter);
        Assert.Single(seen.Sentences);
        Assert.All(seen.Tokens, t => Assert.Equal(PartOfSpeech.None, t.Upos));
    }

    [Fact]
    public void Untagged_system_scores_zero_on_tags_but_full_on_words()
    {
        var report = Evaluate(goldTokenization: true, document => document);

        Assert.Equal(100.0, report["Words"].F1, 6);
        Assert.Equal(0.0, report["UPOS"].F1, 6);
        Assert.Equal(0.0, report["Lemmas"].F1, 6);
    }

    [Fact]
    public void System_that_changes_the_text_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() =>
            Evaluate(goldTokenization: false, _ => new Document("other", "I dont know.")));
    }

    [Fact]
    public void Report_prints_a_table_with_every_metric()
    {
        var report = Evaluate(goldTokenization: true, document => document);

        var table = report.ToString();

        foreach (var name in new[] { "Tokens", "Words", "Sentences", "UPOS", "XPOS", "Lemmas", "tokens/s" })
        {
            Assert.Contains(name, table, StringComparison.Ordinal);
        }

        Assert.Throws<KeyNotFoundException>(() => report["Feats"]);
    }

    [Fact]
    public void Contraction_clitics_join_into_one_surface_token_but_quotes_do_not()
    {
        ImmutableArray<Token> words =
        [
            new("ca", 0, 2, false), new("n't", 2, 5, true), new("'", 6, 7, false), new("x", 7, 8, false), new("'s", 8, 10, true),
        ];

        var surface = ConlluEvaluator.SurfaceTokens(words);

        Assert.Equal([new TextSpan(0, 5), new TextSpan(6, 7), new TextSpan(7, 10)], surface.ToArray());
    }

    private static EvaluationReport Evaluate(bool goldTokenization, Func<Document, Document> system) =>
        ConlluEvaluator.Evaluate(GoldSentences, "gold", (document, _) => system(document), goldTokenization);

    private static Document Annotate(Document document, (PartOfSpeech Upos, string Xpos, string Lemma)[] values) =>
        document.WithAnnotatedTokens([.. document.Tokens.Select((t, i) => t with { Upos = values[i].Upos, Xpos = values[i].Xpos, Lemma = values[i].Lemma })]);

    private static void AssertScores(EvaluationMetric metric, double precision, double recall, double f1)
    {
        Assert.Equal(100 * precision, metric.Precision, 6);
        Assert.Equal(100 * recall, metric.Recall, 6);
        Assert.Equal(100 * f1, metric.F1, 6);
    }
}
