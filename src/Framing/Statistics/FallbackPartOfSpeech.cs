using System.Collections.Immutable;
using System.Reflection;

using Framing.Text;

namespace Framing.Statistics;

/// <summary>
/// Part of speech for filtering when a token has no tag. A tagged token keeps its tag. An untagged
/// token is looked up (by lemma, then folded surface form) in a small embedded lexicon of frequent
/// news verbs and adjectives; failing that, adjective suffixes (-ous, -ive, -ful, -less, -able,
/// -ible, -ical, -ish) suggest ADJ and verb suffixes (-ize, -ise, -ify) suggest VERB. Everything else is <see cref="PartOfSpeech.X"/> (unknown). This is a crude
/// fallback: precise filtering needs the trained tagger.
/// </summary>
public static class FallbackPartOfSpeech
{
    private const string Resource = "Framing.Statistics.Resources.pos-fallback-en.txt";
    private static readonly Lazy<ImmutableDictionary<string, PartOfSpeech>> Lexicon = new(Load);
    // Only suffixes that rarely end nouns: "-al", "-ic", "-ent", "-ant" were dropped after checking the
    // seeds (proposal, critic, president, government, confidant came out as adjectives).
    private static readonly string[] AdjectiveSuffixes = ["ous", "ive", "ful", "less", "able", "ible", "ical", "ish"];
    private static readonly string[] VerbSuffixes = ["ize", "ise", "ify"];

    /// <summary>The token's tag, or the fallback guess when it is untagged.</summary>
    public static PartOfSpeech Of(Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Upos != PartOfSpeech.None ? token.Upos : Guess(token.Lemma ?? token.Text, token.Text);
    }

    /// <summary>True when the token's tag came from the fallback rather than a tagger.</summary>
    public static bool IsGuessed(Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Upos == PartOfSpeech.None;
    }

    private static PartOfSpeech Guess(string lemma, string surface)
    {
        var folded = WordFolding.Fold(lemma);
        if (Lexicon.Value.TryGetValue(folded, out var tag) || Lexicon.Value.TryGetValue(WordFolding.Fold(surface), out tag))
        {
            return tag;
        }

        // Suffix rules look at the surface form: lemmatizers may strip "-ing"/"-ed" from adjectives.
        folded = WordFolding.Fold(surface);
        if (!WordFolding.IsWord(folded) || folded.Length < 5 || char.IsUpper(surface[0]))
        {
            return PartOfSpeech.X;
        }

        if (AdjectiveSuffixes.Any(s => folded.EndsWith(s, StringComparison.Ordinal)))
        {
            return PartOfSpeech.ADJ;
        }

        return VerbSuffixes.Any(s => folded.EndsWith(s, StringComparison.Ordinal)) ? PartOfSpeech.VERB : PartOfSpeech.X;
    }

    private static ImmutableDictionary<string, PartOfSpeech> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing from the Framing assembly.");
        using var reader = new StreamReader(stream);
        var builder = ImmutableDictionary.CreateBuilder<string, PartOfSpeech>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && !line.StartsWith('#') && Enum.TryParse<PartOfSpeech>(parts[0], ignoreCase: false, out var tag))
            {
                builder[WordFolding.Fold(parts[1])] = tag;
            }
        }

        return builder.ToImmutable();
    }
}
