namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Removes a line that repeats an earlier line of the page word for word (ignoring case, quote
/// style and spacing): repeated headlines, pull quotes, duplicated widgets. The first copy is left
/// to the other rules.
/// </summary>
internal sealed class RepeatedLineRule : ICleaningRule
{
    public string Name => "RepeatedLine";

    public void Apply(CleaningContext context)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in context.Lines.Where(l => !l.IsBlank))
        {
            var key = LineShape.LettersOnly(line.Text);
            if (key.Length == 0)
            {
                continue;
            }

            if (firstSeen.TryGetValue(key, out var first))
            {
                context.Remove(line, Name, $"repeats line {LineShape.Number(first + 1)}");
            }
            else
            {
                firstSeen.Add(key, line.Index);
            }
        }
    }
}
