using Framing.Corpus;
using Framing.Corpus.Cleaning;

namespace Framing.Tests.Corpus;

/// <summary>Each cleaning rule on small synthetic pages (none of these lines come from the seeds).</summary>
public class CleaningRuleTests
{
    private const string P1 = "The minister arrived in the capital on Tuesday for two days of talks on trade and energy.";
    private const string P2 = "Officials on both sides described the meeting as productive but gave few details afterwards.";
    private const string P3 = "Analysts expect a formal agreement to be signed before the end of the year, if at all.";

    private static string Page(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void Navigation_phrases_and_header_labels_are_removed()
    {
        var text = Page("Skip to content", "Toggle navigation", "Home", "World", "Minister visits capital for trade and energy talks", "", P1, "", P2);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2], result.Kept(text));
        Assert.Equal("BoilerplatePhrase", result.RemovalOf(text, "Skip to content").Rule);
        Assert.Equal("navigation (starts with 'Skip to content')", result.RemovalOf(text, "Skip to content").Reason);
        Assert.Equal("Header", result.RemovalOf(text, "World").Rule);
        Assert.Equal("Minister visits capital for trade and energy talks", result.Metadata.Title);
        Assert.Equal(InferredFields.Title, result.Metadata.Inferred);
    }

    [Theory]
    [InlineData("31 C")]
    [InlineData("-4°C")]
    [InlineData("75 °F Sunny")]
    public void Weather_lines_are_removed(string weather)
    {
        var text = Page(weather, "Paris", "Minister visits capital for trade and energy talks", P1, P2);

        var result = CleaningAssert.Clean(text);

        Assert.Equal(("Weather", "weather widget (temperature)"), (result.RemovalOf(text, weather).Rule, result.RemovalOf(text, weather).Reason));
        Assert.Equal([P1, P2], result.Kept(text));
    }

    [Theory]
    [InlineData("Tuesday, March 5, 2024", "2024-03-05")]
    [InlineData("5 March 2024 | 09:30 GMT", "2024-03-05")]
    [InlineData("Updated: Mar. 5, 2024 at 9:30 a.m. ET", "2024-03-05")]
    [InlineData("March 5, 2024, 10:21 AM", "2024-03-05")]
    [InlineData(" date 2024-03-05 (AGENCY- Some Press)", "2024-03-05")]
    [InlineData("05/03/2024", null)]
    public void Date_lines_are_removed_and_the_first_full_date_is_inferred(string line, string? expected)
    {
        var text = Page(line, "Minister visits capital for trade and energy talks", P1, P2);

        var result = CleaningAssert.Clean(text);

        Assert.Equal("DateLine", result.RemovalOf(text, line.Trim()).Rule);
        Assert.Equal(expected, result.Metadata.Published?.ToString());
        Assert.Equal(expected is not null, result.Metadata.Inferred.HasFlag(InferredFields.Published));
    }

    [Fact]
    public void A_sentence_mentioning_a_date_is_not_a_date_line()
    {
        var text = Page("Talks resumed on March 5, 2024 in Geneva.", P1);

        var result = CleaningAssert.Clean(text);

        Assert.Equal(["Talks resumed on March 5, 2024 in Geneva.", P1], result.Kept(text));
    }

    [Theory]
    [InlineData("165views")]
    [InlineData("1.2K views")]
    [InlineData("Views: 3,401")]
    [InlineData("4 min read")]
    public void View_counters_are_removed(string counter)
    {
        var text = Page("Minister visits capital for trade and energy talks", counter, P1, P2);

        Assert.Equal("ViewCounter", CleaningAssert.Clean(text).RemovalOf(text, counter).Rule);
    }

    [Fact]
    public void Caption_with_credit_line_and_alt_text_are_removed()
    {
        var text = Page(P1, "", "Two delegations shake hands at the airport on arrival.", "The two delegations meet at the airport on arrival. Jane Smith/Reuters", "", P2, "", "A map of the border region.", "Some Photographer/Getty Images", "", P3);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2, P3], result.Kept(text));
        Assert.Equal("image alt text repeating the caption below it", result.RemovalOf(text, "Two delegations shake hands at the airport on arrival.").Reason);
        Assert.Equal("photo caption ending with the credit 'Jane Smith/Reuters'", result.RemovalOf(text, "The two delegations meet at the airport on arrival. Jane Smith/Reuters").Reason);
        Assert.Equal("photo caption (the line above a credit)", result.RemovalOf(text, "A map of the border region.").Reason);
        Assert.Equal("photo credit", result.RemovalOf(text, "Some Photographer/Getty Images").Reason);
    }

    [Fact]
    public void A_caption_needs_a_credit_in_its_block()
    {
        // Same short line, but separated from the credit by a blank line: it is not taken as the caption.
        var text = Page(P1, "", "Talks will resume next week.", "", "Photo: Some Agency", "", P2);

        var result = CleaningAssert.Clean(text);

        Assert.Contains("Talks will resume next week.", result.Kept(text));
        Assert.Equal("photo credit", result.RemovalOf(text, "Photo: Some Agency").Reason);
    }

    [Fact]
    public void Inline_caption_with_parenthesised_credit_is_cut_out_of_the_paragraph()
    {
        const string caption = "The two leaders met at a forum in the capital last October. (Jane Smith/AP via Some Newsource)";
        var text = "The visit was the first since the election. " + caption + " The statement praised the ties between the two.";

        var result = CleaningAssert.Clean(text);

        Assert.Equal(["The visit was the first since the election.", "The statement praised the ties between the two."], result.Kept(text));
        Assert.Equal(("InlineCaption", caption), (result.Removed.Single().Rule, result.Dropped(text).Single()));
    }

    [Fact]
    public void Newsletter_republication_comment_and_call_to_action_lines_are_removed()
    {
        var text = Page(
            "Minister visits capital for trade and energy talks",
            "You’re reading an excerpt from the Morning Brief newsletter. Sign up to get the rest free.",
            P1,
            P2,
            "This article is republished from Some Outlet under a Creative Commons license. Read the original article.",
            "This post was originally published on this site",
            "Notify of",
            "View all comments",
            "Want to write?",
            "Register now",
            "Credit: Source link");

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2], result.Kept(text));
        Assert.StartsWith("newsletter promotion", result.RemovalOf(text, text.Split('\n')[1]).Reason, StringComparison.Ordinal);
        Assert.StartsWith("republication boilerplate", result.RemovalOf(text, "Credit: Source link").Reason, StringComparison.Ordinal);
        Assert.StartsWith("comment widget", result.RemovalOf(text, "Notify of").Reason, StringComparison.Ordinal);
        Assert.StartsWith("call to action", result.RemovalOf(text, "Register now").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Advertising_slots_between_paragraphs_are_removed_but_sentences_about_ads_stay()
    {
        const string sentence = "Advertisement spending by state firms rose sharply after the summit, officials said.";
        var text = Page(P1, "ADVERTISEMENT", P2, "Story continues below advertisement", sentence, P3);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2, sentence, P3], result.Kept(text));
        Assert.StartsWith("advertising slot", result.RemovalOf(text, "ADVERTISEMENT").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("© 2024 Some Media Group. All rights reserved.")]
    [InlineData("Copyright © 2024 The Example Press")]
    [InlineData("All Rights Reserved")]
    public void Copyright_notices_are_removed(string notice)
    {
        var text = Page(P1, P2, notice);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2], result.Kept(text));
        Assert.StartsWith("copyright notice", result.RemovalOf(text, notice).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_list_heading_removes_its_items_up_to_the_next_paragraph()
    {
        var text = Page(P1, P2, "", "You may also like", "", "Storm floods coastal towns", "", "sitename", "", "Election results delayed again: live updates", "", P3);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2, P3], result.Kept(text));
        Assert.Equal("item of the 'You may also like' list", result.RemovalOf(text, "Storm floods coastal towns").Reason);
        Assert.Equal(4, result.Removed.Count(r => r.Rule == "RelatedList"));
    }

    [Fact]
    public void Long_headline_inside_the_body_is_a_link_teaser_but_a_short_one_is_a_subhead()
    {
        const string teaser = "Officials sit out border talks with both neighbours, documents show";
        var text = Page(P1, "", teaser, "", P2, "", "a cautious partner", "", "Who pays the bill?", "", P3);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2, "a cautious partner", "Who pays the bill?", P3], result.Kept(text));
        Assert.Equal(("LinkTeaser", "in-article link teaser (headline-shaped line of 10 words inside the body)"), (result.RemovalOf(text, teaser).Rule, result.RemovalOf(text, teaser).Reason));
    }

    [Fact]
    public void Subhead_length_is_configurable()
    {
        const string subhead = "Why the border talks stalled in the end";
        var text = Page(P1, subhead, P2);

        Assert.DoesNotContain(subhead, CleaningAssert.Clean(text).Kept(text));
        Assert.Contains(subhead, CleaningAssert.Clean(text, options: CleaningOptions.Default with { MaxSubheadWords = 10 }).Kept(text));
    }

    [Fact]
    public void Byline_and_bio_become_metadata()
    {
        const string byline = "By Jane Doe, University of Somewhere and John Roe, Institute of Things";
        const string bio = "Jane Doe, Associate Professor of Politics, University of Somewhere";
        var text = Page("Minister visits capital for trade and energy talks", byline, P1, P2, bio);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2], result.Kept(text));
        Assert.Equal<string>(["Jane Doe", "John Roe"], result.Metadata.Authors);
        Assert.Equal<string>([byline, bio], result.Metadata.Credits);
        Assert.Equal("Byline", result.RemovalOf(text, byline).Rule);
        Assert.Equal("AuthorBio", result.RemovalOf(text, bio).Rule);
        Assert.True(result.Metadata.Inferred.HasFlag(InferredFields.Authors));
    }

    [Fact]
    public void Sentences_that_look_like_bylines_or_bios_stay()
    {
        const string by = "By Monday, the two sides had agreed on a timetable for the talks.";
        const string quote = "Jane Doe, a professor of politics at a large university, said the talks were symbolic.";
        var text = Page(P1, by, quote, P2);

        Assert.Equal([P1, by, quote, P2], CleaningAssert.Clean(text).Kept(text));
    }

    [Fact]
    public void A_known_author_quoted_in_running_text_stays()
    {
        const string quote = "Jane Doe, who has studied the region for years, said the talks were symbolic.";
        var text = Page(P1, quote, P2);
        var known = ArticleMetadata.Empty("t") with { Authors = ["Jane Doe"] };

        Assert.Equal([P1, quote, P2], CleaningAssert.Clean(text, known).Kept(text));
    }

    [Fact]
    public void Slashes_in_running_text_are_not_credits()
    {
        const string slash = "The talks covered the Russia/China border and the EU/US sanctions regime in some detail (Russia/China).";
        var text = Page(P1, "Russia/China relations", slash, P2);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, "Russia/China relations", slash, P2], result.Kept(text));
    }

    [Fact]
    public void In_a_page_without_blank_lines_a_paragraph_above_a_credit_stays()
    {
        var text = Page(P1, P2, "Jane Smith/Reuters", P3);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2, P3], result.Kept(text));
        Assert.Equal("photo credit", result.Removed.Single().Reason);
    }

    [Fact]
    public void Repeated_title_copies_are_removed_and_the_title_is_recorded_once()
    {
        var text = Page("Will the talks succeed this time around?", "", "Will the talks succeed this time around?", "Will the talks  succeed this time around?", P1, P2);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2], result.Kept(text));
        Assert.Equal("Will the talks succeed this time around?", result.Metadata.Title);
        Assert.Equal(["headline (recorded as the title)", "repeated title", "repeated title"], result.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void Manifest_title_is_recognised_despite_spacing_and_quote_differences()
    {
        var text = Page("Site Name", "Russia\u2019s new\u00A0era with China", P1, P2);
        var known = ArticleMetadata.Empty("t") with { Title = "Russia's new era with China" };

        var result = CleaningAssert.Clean(text, known);

        Assert.Equal("headline (recorded as the title)", result.RemovalOf(text, "Russia\u2019s new\u00A0era with China").Reason);
        Assert.Equal("Russia's new era with China", result.Metadata.Title);
        Assert.False(result.Metadata.Inferred.HasFlag(InferredFields.Title));
    }

    [Fact]
    public void Footer_labels_below_the_last_paragraph_are_removed_but_a_short_last_sentence_stays()
    {
        var text = Page(P1, P2, "It remains to be seen.", "Stay in touch", "sitename.example");

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2, "It remains to be seen."], result.Kept(text));
        Assert.Equal("Footer", result.RemovalOf(text, "Stay in touch").Rule);
    }

    [Fact]
    public void Phrase_list_is_configurable_and_rules_can_be_switched_off()
    {
        var text = Page(P1, "Partner content", P2);
        var options = CleaningOptions.Default.WithPhrase("Partner content", ChromeKind.Advertisement);

        Assert.Contains("Partner content", CleaningAssert.Clean(text).Kept(text));
        Assert.DoesNotContain("Partner content", CleaningAssert.Clean(text, options: options).Kept(text));
        var noNotify = CleaningOptions.Default.WithoutPhrase("notify of");
        Assert.Contains("Notify of the changes in the law, the ministry said on Tuesday afternoon.", CleaningAssert.Clean(Page(P1, "Notify of the changes in the law, the ministry said on Tuesday afternoon."), options: noNotify).Kept(Page(P1, "Notify of the changes in the law, the ministry said on Tuesday afternoon.")));
        var noHeader = CleaningOptions.Default.WithoutRule("Header");
        var page = Page("World", P1);
        Assert.Equal(["World", P1], CleaningAssert.Clean(page, options: noHeader).Kept(page));
        Assert.Contains("Header", ArticleCleaner.RuleNames);
    }

    [Fact]
    public void Page_without_paragraphs_keeps_its_lines()
    {
        const string text = "Just a note\nAnother note";

        Assert.Equal(["Just a note", "Another note"], CleaningAssert.Clean(text).Kept(text));
    }
}
