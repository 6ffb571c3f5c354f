using System.Collections.Frozen;

namespace Framing.Text.Lemmatization.Rules;

/// <summary>
/// Irregular forms per part of speech (was → be, women → woman, better → good), read from the
/// embedded <c>irregular.txt</c>. Keys are folded forms (<see cref="TextFolding.Fold(string)"/>).
/// </summary>
internal sealed class IrregularLexicon
{
    private const string ResourceName = "Framing.Text.Lemmatization.Rules.irregular.txt";

    /// <summary>For each folded form, its lemma per part of speech (indexed by <see cref="PartOfSpeech"/>): one lookup per word.</summary>
    private readonly FrozenDictionary<string, string?[]> entries;

    private IrregularLexicon(FrozenDictionary<string, string?[]> entries)
    {
        this.entries = entries;
    }

    /// <summary>The lemmas of <paramref name="foldedForm"/> indexed by part of speech, or null when the form is regular.</summary>
    public string?[]? Find(string foldedForm) => entries.TryGetValue(foldedForm, out var lemmas) ? lemmas : null;

    /// <summary>The lemma of <paramref name="foldedForm"/> as a <paramref name="upos"/>, or null.</summary>
    public string? Find(string foldedForm, PartOfSpeech upos) => Find(foldedForm)?[(int)upos];

    /// <summary>Loads the embedded lexicon.</summary>
    public static IrregularLexicon Load()
    {
        using var stream = typeof(IrregularLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the Framing assembly; rebuild the library.");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    }

    /// <summary>Parses lexicon text (see <c>irregular.txt</c> for the format).</summary>
    /// <exception cref="FormatException">A line is malformed; the message names the source and line.</exception>
    public static IrregularLexicon Parse(TextReader reader, string source)
    {
        var tagCount = Enum.GetValues<PartOfSpeech>().Length;
        var entries = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        PartOfSpeech? section = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                if (line[^1] != ']' || !Enum.TryParse<PartOfSpeech>(line[1..^1], ignoreCase: false, out var tag) || tag == PartOfSpeech.None)
                {
                    throw new FormatException($"{source}, line {lineNumber}: '{line}' is not a section header such as [VERB]; use a UD part-of-speech tag in brackets.");
                }

                section = tag;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (section is null || colon <= 0 || colon == line.Length - 1)
            {
                throw new FormatException($"{source}, line {lineNumber}: expected 'lemma: form form …' under a [TAG] header, got '{line}'.");
            }

            var lemma = line[..colon].Trim();
            foreach (var form in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = TextFolding.Fold(form);
                if (!entries.TryGetValue(key, out var lemmas))
                {
                    entries[key] = lemmas = new string?[tagCount];
                }

                lemmas[(int)section.Value] ??= lemma;
            }
        }

        return new IrregularLexicon(entries.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
