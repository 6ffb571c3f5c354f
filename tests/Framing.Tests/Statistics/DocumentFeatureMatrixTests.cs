using Framing.Statistics;
using Framing.Text;

namespace Framing.Tests.Statistics;

public class DocumentFeatureMatrixTests
{
    private static readonly Dictionary<string, (string, PartOfSpeech)> Lemmas = new(StringComparer.Ordinal)
    {
        ["relies"] = ("rely", PartOfSpeech.VERB),
        ["relied"] = ("rely", PartOfSpeech.VERB),
    };

    [Fact]
    public void Counts_lemmas_tokens_and_ngrams_with_stopwords_removed()
    {
        var document = TestDocuments.Make("d", "Russia relies on China. Russia relied on the junior partner’s help.", Lemmas);

        var lemmas = DocumentFeatureMatrix.Build([document]);
        var tokens = DocumentFeatureMatrix.Build([document], FeatureOptions.Default with { Unit = FeatureUnit.Token });
        var bigrams = DocumentFeatureMatrix.Build([document], FeatureOptions.Default with { NGram = 2 });

        Assert.Equal(2, lemmas.Count("d", "rely"));
        Assert.Equal(2, lemmas.Count("d", "russia"));
        Assert.Equal(0, lemmas.Count("d", "on"));
        Assert.Equal(1, tokens.Count("d", "relies"));
        Assert.Equal(1, tokens.Count("d", "partner's"));
        Assert.Equal(2, bigrams.Count("d", "russia rely"));
        Assert.Equal(1, bigrams.Count("d", "junior partner's"));
        // N-grams do not cross sentences ("china russia") and drop stopword edges ("rely on").
        Assert.Equal(0, bigrams.Count("d", "china russia"));
        Assert.Equal(0, bigrams.Count("d", "rely on"));
    }

    [Fact]
    public void Acronyms_of_proper_nouns_keep_their_capitals_and_lose_their_dots()
    {
        var annotations = new Dictionary<string, (string, PartOfSpeech)>(StringComparer.Ordinal)
        {
            ["US"] = ("US", PartOfSpeech.PROPN),
            ["U.S."] = ("U.S.", PartOfSpeech.PROPN),
            ["us"] = ("we", PartOfSpeech.PRON),
            ["NATO"] = ("NATO", PartOfSpeech.PROPN),
            ["TALKS"] = ("talk", PartOfSpeech.NOUN),
        };
        // Tokens split at spaces, so "U.S." stays one token as the real tokenizer keeps it.
        const string text = "The US told us . The U.S. and NATO agreed . TALKS resumed .";
        var tokens = new List<Token>();
        var offset = 0;
        foreach (var word in text.Split(' '))
        {
            var token = new Token(word, offset, offset + word.Length, true);
            tokens.Add(annotations.TryGetValue(word, out var a) ? token with { Lemma = a.Item1, Upos = a.Item2 } : token);
            offset += word.Length + 1;
        }

        var document = new Document("d", text).WithTokens([.. tokens]).WithSentences([new Sentence(0, 0, tokens.Count, 0, text.Length)]);

        var lemmas = DocumentFeatureMatrix.Build([document], FeatureOptions.Default with { Stopwords = StopwordList.None });

        Assert.Equal(2, lemmas.Count("d", "US"));
        Assert.Equal(1, lemmas.Count("d", "we"));
        Assert.Equal(0, lemmas.Count("d", "us"));
        Assert.Equal(1, lemmas.Count("d", "NATO"));
        Assert.Equal(1, lemmas.Count("d", "talk"));
    }

    [Fact]
    public void Stopwords_can_be_added_removed_or_disabled_and_case_kept()
    {
        var document = TestDocuments.Make("d", "The West and the Kremlin.");

        var custom = DocumentFeatureMatrix.Build([document], FeatureOptions.Default with { Stopwords = StopwordList.English.With(["kremlin"]).Without(["the"]) });
        var none = DocumentFeatureMatrix.Build([document], FeatureOptions.Default with { Stopwords = StopwordList.None, LowerCase = false });

        Assert.Equal(2, custom.Count("d", "the"));
        Assert.Equal(0, custom.Count("d", "kremlin"));
        Assert.Equal(1, none.Count("d", "The"));
        Assert.Equal(1, none.Count("d", "and"));
        Assert.Contains("don't", StopwordList.English.Words);
        Assert.True(StopwordList.English.Contains("Don’t"));
    }

    [Fact]
    public void Grouping_sums_rows_and_keeps_the_documents_behind_each_group()
    {
        var documents = new[]
        {
            TestDocuments.Make("a1", "Leverage leverage."),
            TestDocuments.Make("a2", "Leverage."),
            TestDocuments.Make("b1", "Partnership."),
        };
        var matrix = DocumentFeatureMatrix.Build(documents);

        var grouped = matrix.GroupBy(id => id[..1]);

        Assert.Equal(["a", "b"], grouped.Rows.ToArray());
        Assert.Equal(3, grouped.Count("a", "leverage"));
        Assert.Equal(0, grouped.Count("b", "leverage"));
        Assert.Equal(["a1", "a2"], grouped.RowDocuments["a"].ToArray());
        Assert.Equal(3, grouped.RowTotals["a"]);
        Assert.Equal(3, grouped.Examples("leverage", 10).Length);
        Assert.Single(grouped.Examples("leverage", 10, ["a2"]));
        var regrouped = grouped.GroupBy(static _ => "all");
        Assert.Equal(4, regrouped.RowTotals["all"]);
        Assert.Equal(3, matrix.ToDataFrame().Rows.Count);
    }

    [Fact]
    public void Numbers_can_be_dropped_and_folding_merges_typographic_variants()
    {
        var document = TestDocuments.Make("d", "In 2024 Russia’s trade and Russia's trade rose to 2000 units; Café café.");

        var matrix = DocumentFeatureMatrix.Build([document], FeatureOptions.Default with { Unit = FeatureUnit.Token, RemoveNumbers = true });

        Assert.Equal(2, matrix.Count("d", "russia's"));
        Assert.Equal(2, matrix.Count("d", "cafe"));
        Assert.DoesNotContain("2024", matrix.Features);
    }

    [Fact]
    public void Empty_corpus_duplicate_ids_and_untokenized_documents_are_clear_errors()
    {
        Assert.Contains("empty", Assert.Throws<StatisticsException>(() => DocumentFeatureMatrix.Build([])).Message, StringComparison.Ordinal);
        var d = TestDocuments.Make("same", "Words.");
        Assert.Contains("twice", Assert.Throws<StatisticsException>(() => DocumentFeatureMatrix.Build([d, d])).Message, StringComparison.Ordinal);
        var raw = new Document("raw", "Text that was never tokenized.");
        Assert.Contains("pipeline", Assert.Throws<StatisticsException>(() => DocumentFeatureMatrix.Build([raw])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentFeatureMatrix.Build([d], FeatureOptions.Default with { NGram = 0 }));
        var matrix = DocumentFeatureMatrix.Build([d]);
        Assert.Throws<StatisticsException>(() => matrix.Count("missing", "words"));
    }

    [Fact]
    public void An_empty_document_counts_as_zero_words()
    {
        var matrix = DocumentFeatureMatrix.Build([new Document("empty", string.Empty), TestDocuments.Make("d", "Words.")]);

        Assert.Equal(0, matrix.RowTotals["empty"]);
        Assert.Equal(1, matrix.RowTotals["d"]);
    }
}
