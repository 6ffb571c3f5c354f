using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// Chrome patterns seen in the unlabelled development scrapes, rebuilt from short excerpts of their
/// page furniture (article sentences are invented). They check that the rules were not tuned to the seeds.
/// </summary>
public class DevScrapePatternTests
{
    private const string P1 = "The leaders signed a joint statement on Thursday pledging closer cooperation in energy and trade.";
    private const string P2 = "The visit was the first abroad since the start of the new presidential term last week.";

    [Fact]
    public void App_download_header_with_timestamp_and_printer_link()
    {
        var text = string.Join("\n", "Download", "Mobile App", "", "android apple", "signal", "", "May 16, 2024 5:25 PM", "", "printer", "", "Leaders sign & issue joint statement on deepening ties", "", P1, "", " ", "", P2);

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2], result.Kept(text));
        Assert.Equal("Leaders sign & issue joint statement on deepening ties", result.Metadata.Title);
        Assert.Equal(new PartialDate(2024, 5, 16), result.Metadata.Published);
    }

    [Fact]
    public void Wire_dateline_with_agency_in_parentheses()
    {
        var text = " date 2024-05-17 (MENAFN- Some Press)\n\n" + P1 + "\n\n" + P2;

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2], result.Kept(text));
        Assert.Equal("DateLine", result.Removed.Single().Rule);
    }

    [Fact]
    public void Timestamp_printed_twice_above_the_story()
    {
        var text = "May 16, 2024, 10:21 AM\nMay 16, 2024, 10:21 AM\n" + P1 + "\n“Defend justice in the world”\n" + P2;

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, "“Defend justice in the world”", P2], result.Kept(text));
        Assert.All(result.Removed, r => Assert.Equal("DateLine", r.Rule));
    }

    [Fact]
    public void Report_section_label_above_bullets_and_a_later_subhead()
    {
        var text = "Executive Summary\n\n  • " + P1 + "\n  • " + P2 + "\n\nIntroduction\n\n" + P1.Replace("Thursday", "Friday", StringComparison.Ordinal);

        var result = CleaningAssert.Clean(text);

        Assert.Equal("Header", result.Removed.Single().Rule);
        Assert.Contains("Introduction", result.Kept(text));
        Assert.StartsWith("•", result.Kept(text)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_with_leading_blank_lines_and_one_long_paragraph_is_kept_whole_except_the_inline_caption()
    {
        var text = "\n\n\n\n" + P1 + " Two leaders met at a forum in Beijing last October. (Jane Roe/AP via Some Newsource) " + P2;

        var result = CleaningAssert.Clean(text);

        Assert.Equal([P1, P2], result.Kept(text));
    }
}
