using Framing.Quotes;
using Framing.Tests.Statistics;
using Framing.Text;

namespace Framing.Tests.Quotes;

public class QuoteExtractorTests
{
    [Fact]
    public void Speaker_after_the_quotation_is_found_with_offsets()
    {
        const string text = "Trade grew fast. “Relations between the two countries are at a high level,” Mishustin told his host.";
        var document = new Document("d", text);

        var quote = Assert.Single(QuoteExtractor.Extract(document));

        Assert.Equal("Relations between the two countries are at a high level", quote.Text);
        Assert.Equal(quote.Text, text[quote.Span.Start..quote.Span.End]);
        Assert.Equal("Mishustin", quote.Speaker);
        Assert.Equal("Mishustin", text[quote.SpeakerSpan!.Value.Start..quote.SpeakerSpan.Value.End]);
        Assert.Equal("told", quote.Verb);
        Assert.Equal(AttributionPattern.SpeakerAfter, quote.Pattern);
        Assert.True(quote.HasNamedSpeaker);
    }

    [Fact]
    public void Verb_before_a_named_speaker_and_a_continuation_after_an_interruption()
    {
        const string text = "“The first part of the quotation is here,” wrote Jane Q. Analyst, a scholar, last month. “And the second part follows it.”";

        var quotes = QuoteExtractor.Extract(new Document("d", text));

        Assert.Equal(2, quotes.Length);
        Assert.Equal("Jane Q. Analyst", quotes[0].Speaker);
        Assert.Equal("wrote", quotes[0].Verb);
        Assert.Equal(AttributionPattern.Continuation, quotes[1].Pattern);
        Assert.Equal("Jane Q. Analyst", quotes[1].Speaker);
    }

    [Fact]
    public void Speaker_before_with_straight_quotes_and_role_words_in_the_name()
    {
        const string text = "Chinese leader Xi Jinping told reporters: \"We will keep working with all our partners.\"";

        var quote = Assert.Single(QuoteExtractor.Extract(new Document("d", text)));

        Assert.Equal("Chinese leader Xi Jinping", quote.Speaker);
        Assert.Equal(AttributionPattern.SpeakerBefore, quote.Pattern);
        Assert.Equal("We will keep working with all our partners.", quote.Text);
    }

    [Fact]
    public void According_to_and_pronoun_speakers_and_scare_quotes()
    {
        const string text = "Xi had “concerns” about it. “The deal is not yet done” according to Reuters. “We are ready to talk now,” she said.";

        var quotes = QuoteExtractor.Extract(new Document("d", text));

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("Reuters", AttributionPattern.AccordingTo), (quotes[0].Speaker, quotes[0].Pattern));
        Assert.Equal("she", quotes[1].Speaker);
        Assert.False(quotes[1].HasNamedSpeaker);
    }

    [Fact]
    public void Unattributed_quotation_has_no_speaker_and_text_outside_regions_is_ignored()
    {
        const string text = "“This is page chrome with a long quote,” Editor said.\n“A quotation with nobody named after it at all.”";
        var body = new TextSpan(text.IndexOf('\n', StringComparison.Ordinal) + 1, text.Length);

        var quote = Assert.Single(QuoteExtractor.Extract(new Document("d", text, [body])));

        Assert.Null(quote.Speaker);
        Assert.Equal(AttributionPattern.None, quote.Pattern);
    }

    [Fact]
    public void Seed_004_quotes_Gabuev_Kortunov_Goldstein_and_Mishustin()
    {
        var document = TestDocuments.Seed("004");

        var table = QuoteExtractor.ExtractAll([(document, "The Washington Post")]);

        var speakers = table.SpeakerCounts().Select(static s => s.Speaker).ToList();
        Assert.Contains("Alexander Gabuev", speakers);
        Assert.Contains("Andrey Kortunov", speakers);
        Assert.Contains("Goldstein", speakers);
        Assert.Contains("Mishustin", speakers);
        Assert.All(table.Quotes, q => Assert.Equal(q.Quote.Text, document.Text[q.Quote.Span.Start..q.Quote.Span.End]));
        Assert.Equal(table.Quotes.Length, table.ToDataFrame().Rows.Count);
    }

    [Fact]
    public void Partial_quotation_in_a_reporting_sentence_goes_to_the_subject()
    {
        const string text = "Trade rose. Xi Jinping told his Russian counterpart that the relations“have been hard-earned and must be cherished.”";

        var quote = Assert.Single(QuoteExtractor.Extract(new Document("d", text)));

        Assert.Equal(("Xi Jinping", "told", AttributionPattern.ReportingSentence), (quote.Speaker, quote.Verb, quote.Pattern));
        Assert.Equal("Xi Jinping", text[quote.SpeakerSpan!.Value.Start..quote.SpeakerSpan.Value.End]);
    }
}
