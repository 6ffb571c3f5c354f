using Framing.Corpus;

namespace Framing.Tests.Corpus;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024", 2024, null, null)]
    [InlineData("2024-04", 2024, 4, null)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Parses_year_month_and_day_forms(string text, int year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("April 2024")]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("24-04")]
    [InlineData("2024-4")]
    [InlineData("2024-04-09-01")]
    [InlineData("")]
    public void Rejects_other_shapes_and_impossible_dates(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Orders_chronologically_with_less_precise_first()
    {
        var dates = new[] { PartialDate.Parse("2024-04-09"), PartialDate.Parse("2023-05"), PartialDate.Parse("2024-04"), PartialDate.Parse("2024") };
        Assert.Equal(["2023-05", "2024", "2024-04", "2024-04-09"], dates.Order().Select(d => d.ToString()));
    }
}
