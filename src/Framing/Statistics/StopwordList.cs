using System.Collections.Immutable;
using System.Reflection;

namespace Framing.Statistics;

/// <summary>
/// An immutable set of stopwords, compared after <see cref="WordFolding.Fold"/> (so "Don’t" matches
/// "don't"). Start from <see cref="English"/> or <see cref="None"/> and add or remove words.
/// </summary>
public sealed class StopwordList
{
    private const string EnglishResource = "Framing.Statistics.Resources.stopwords-en.txt";
    private static readonly Lazy<StopwordList> LazyEnglish = new(LoadEnglish);

    private StopwordList(ImmutableHashSet<string> words)
    {
        Words = words;
    }

    /// <summary>The empty list: nothing is removed.</summary>
    public static StopwordList None { get; } = new(ImmutableHashSet.Create<string>(StringComparer.Ordinal));

    /// <summary>The default English list (an embedded resource of closed-class words).</summary>
    public static StopwordList English => LazyEnglish.Value;

    /// <summary>The folded, lower-case words in the list.</summary>
    public ImmutableHashSet<string> Words { get; }

    /// <summary>Builds a list from <paramref name="words"/> (folded and lower-cased).</summary>
    public static StopwordList From(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return None.With(words);
    }

    /// <summary>True when <paramref name="word"/> (folded, lower-cased) is in the list.</summary>
    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Words.Contains(WordFolding.Fold(word));
    }

    /// <summary>Returns a list with <paramref name="words"/> added.</summary>
    public StopwordList With(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new(Words.Union(words.Select(static w => WordFolding.Fold(w.Trim())).Where(static w => w.Length > 0)));
    }

    /// <summary>Returns a list with <paramref name="words"/> removed.</summary>
    public StopwordList Without(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new(Words.Except(words.Select(static w => WordFolding.Fold(w.Trim()))));
    }

    private static StopwordList LoadEnglish()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EnglishResource)
            ?? throw new InvalidOperationException($"The embedded resource {EnglishResource} is missing from the Framing assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                words.Add(trimmed);
            }
        }

        return From(words);
    }
}
