using System.Text.RegularExpressions;

namespace Framing.Corpus.Cleaning.Rules;

/// <summary>Removes weather-widget lines: a temperature such as <c>28 C</c> or <c>75°F</c>, optionally with a word or two.</summary>
internal sealed partial class WeatherRule : ICleaningRule
{
    public string Name => "Weather";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.OpenLines.Where(l => l.Words <= 4 && Temperature().IsMatch(l.Text)).ToList())
        {
            context.Remove(line, Name, "weather widget (temperature)");
        }
    }

    [GeneratedRegex(@"^[-+−]?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF](?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Temperature();
}
