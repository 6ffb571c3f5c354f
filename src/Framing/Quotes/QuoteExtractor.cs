using System.Collections.Immutable;
using System.Text.RegularExpressions;

using Framing.Text;

namespace Framing.Quotes;

/// <summary>
/// Finds direct quotations (text between matching quotation marks, curly or straight, within one
/// line) and attributes them to a speaker from the reporting clause next to them:
/// "…," X said/told/wrote (or said X); X said, "…"; "…" according to X. A speaker is a run of
/// capitalised words, optionally with a lower-case role word inside ("Chinese leader Xi Jinping"),
/// or a personal pronoun. A partial quotation inside a reporting sentence ("X told Y that ties
/// “…”") is attributed to the subject of the reporting verb. Quotations of fewer than <see cref="MinWords"/> words (scare quotes such
/// as "concerns") are skipped.
/// </summary>
public static partial class QuoteExtractor
{
    /// <summary>Shortest quotation reported, in words.</summary>
    public const int MinWords = 4;

    private const string Verbs = "said|says|told|tells|wrote|writes|added|adds|argued|argues|noted|notes|explained|explains|warned|warns|insisted|insists|claimed|claims|stated|states|declared|declares|asked|asks|replied|replies|observed|observes|commented|comments|concluded|concludes|continued|continues|acknowledged|acknowledges|suggested|suggests";
    private const string Role = "leader|president|minister|premier|spokesman|spokeswoman|spokesperson|chancellor|secretary|ambassador|official|analyst|expert|professor|director|chairman|chief|envoy|adviser|advisor|general|senator|governor|commentator|scholar|researcher";
    private const string NameWord = @"(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}'’\-]*\p{L}|\p{Lu})";
    private const string Name = NameWord + @"(?:\s+(?:(?:" + Role + @"|of|the|de|van|von|bin|al)\s+)*" + NameWord + ")*";
    private const string Pronoun = "he|she|they|He|She|They|we|We|I";

    private static readonly string[] Pronouns = ["he", "she", "they", "we", "i"];

    /// <summary>True when <paramref name="speaker"/> is a personal pronoun, not a name.</summary>
    public static bool IsPronoun(string speaker) => Pronouns.Contains(speaker.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Extracts the quotations of <paramref name="document"/> (only inside its regions).</summary>
    public static ImmutableArray<Quote> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        foreach (var region in document.Regions)
        {
            var regionText = document.Text[region.Start..region.End];
            var lineStart = 0;
            foreach (var line in regionText.Split('\n'))
            {
                ExtractLine(document, line, region.Start + lineStart, quotes);
                lineStart += line.Length + 1;
            }
        }

        return quotes.ToImmutable();
    }

    /// <summary>Extracts quotations from several documents, each with its group value.</summary>
    public static QuoteTable ExtractAll(IEnumerable<(Document Document, string Group)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return new QuoteTable([.. documents.SelectMany(static d => Extract(d.Document).Select(q => (d.Group, q)))]);
    }

    private static void ExtractLine(Document document, string line, int offset, ImmutableArray<Quote>.Builder quotes)
    {
        Quote? previous = null;
        var previousEnd = 0;
        foreach (Match match in QuotationPattern().Matches(line))
        {
            var body = match.Groups["q"];
            var text = body.Value.TrimEnd(',', ' ');
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWords)
            {
                continue;
            }

            var span = new TextSpan(offset + body.Index, offset + body.Index + text.Length);
            var after = line[(match.Index + match.Length)..];
            var before = line[previousEnd..match.Index];
            Quote quote;
            if (SpeakerAfterPattern().Match(after) is { Success: true } a)
            {
                quote = Make(document, text, span, a, offset + match.Index + match.Length, AttributionPattern.SpeakerAfter);
            }
            else if (VerbThenSpeakerPattern().Match(after) is { Success: true } v)
            {
                quote = Make(document, text, span, v, offset + match.Index + match.Length, AttributionPattern.SpeakerAfter);
            }
            else if (AccordingToAfterPattern().Match(after) is { Success: true } t)
            {
                quote = Make(document, text, span, t, offset + match.Index + match.Length, AttributionPattern.AccordingTo);
            }
            else if (SpeakerBeforePattern().Match(before) is { Success: true } b)
            {
                quote = Make(document, text, span, b, offset + previousEnd, AttributionPattern.SpeakerBefore);
            }
            else if (AccordingToBeforePattern().Match(before) is { Success: true } c)
            {
                quote = Make(document, text, span, c, offset + previousEnd, AttributionPattern.AccordingTo);
            }
            else if (ReportingSentencePattern().Match(SentencePrefix(line, previousEnd, match.Index)) is { Success: true } r)
            {
                var prefixStart = match.Index - SentencePrefix(line, previousEnd, match.Index).Length;
                quote = Make(document, text, span, r, offset + prefixStart, AttributionPattern.ReportingSentence);
            }
            else if (previous?.Speaker is not null && previous.Pattern != AttributionPattern.SpeakerBefore && before.Length < 200)
            {
                quote = new Quote(document.Id, text, span, previous.Speaker, previous.SpeakerSpan, previous.Verb, AttributionPattern.Continuation);
            }
            else
            {
                quote = new Quote(document.Id, text, span, null, null, null, AttributionPattern.None);
            }

            quotes.Add(quote);
            previous = quote;
            previousEnd = match.Index + match.Length;
        }
    }

    /// <summary>The text from the start of the sentence holding the quotation up to its opening mark.</summary>
    private static string SentencePrefix(string line, int previousEnd, int quoteStart)
    {
        var start = previousEnd;
        for (var i = quoteStart - 1; i >= previousEnd; i--)
        {
            if (line[i] is '.' or '!' or '?' && (i + 1 >= line.Length || char.IsWhiteSpace(line[i + 1])))
            {
                start = i + 1;
                break;
            }
        }

        return line[start..quoteStart];
    }

    private static Quote Make(Document document, string text, TextSpan span, Match attribution, int baseOffset, AttributionPattern pattern)
    {
        var speaker = attribution.Groups["speaker"];
        var verb = attribution.Groups["verb"];
        var speakerSpan = new TextSpan(baseOffset + speaker.Index, baseOffset + speaker.Index + speaker.Length);
        return new Quote(document.Id, text, span, speaker.Value, speakerSpan, verb.Success ? verb.Value : null, pattern);
    }

    [GeneratedRegex(@"[“""](?<q>[^“”""\n]{2,}?)[”""]")]
    private static partial Regex QuotationPattern();

    [GeneratedRegex(@"^[,.]?\s*(?<speaker>" + Name + "|" + Pronoun + @")\s+(?<verb>" + Verbs + @")\b")]
    private static partial Regex SpeakerAfterPattern();

    [GeneratedRegex(@"^[,.]?\s*(?<verb>" + Verbs + @")\s+(?<speaker>" + Name + @")")]
    private static partial Regex VerbThenSpeakerPattern();

    [GeneratedRegex(@"^[,.]?\s*,?\s*(?<verb>according to)\s+(?<speaker>" + Name + @")")]
    private static partial Regex AccordingToAfterPattern();

    [GeneratedRegex(@"(?<speaker>" + Name + "|" + Pronoun + @")\s+(?<verb>" + Verbs + @")(?:\s+[\p{L}’'\-]+){0,4}\s*[,:]\s*$")]
    private static partial Regex SpeakerBeforePattern();

    [GeneratedRegex(@"(?<speaker>" + Name + "|" + Pronoun + @")\s+(?<verb>" + Verbs + @")\b[^“”""]*$")]
    private static partial Regex ReportingSentencePattern();

    [GeneratedRegex(@"(?<verb>[Aa]ccording to)\s+(?<speaker>" + Name + @")\s*,\s*$")]
    private static partial Regex AccordingToBeforePattern();
}
