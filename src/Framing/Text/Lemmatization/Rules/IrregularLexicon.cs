using System.Collections.Frozen;

namespace Framing.Text.Lemmatization.Rules;

/// <summary>
/// Irregular forms per part of speech (was → be, women → woman, better → good), read from the
/// embedded <c>irregular.txt</c>. Keys are folded forms (<see cref="TextFolding.Fold(string)"/>).
/// </summary>
internal sealed class IrregularLexicon
{
    private const string ResourceName = "Framing.Text.Lemmatization.Rules.irregular.txt";

    private readonly FrozenDictionary<string, string>[] byTag;

    private IrregularLexicon(FrozenDictionary<string, string>[] byTag)
    {
        this.byTag = byTag;
    }

    /// <summary>The lemma of <paramref name="foldedForm"/> as a <paramref name="upos"/>, or null.</summary>
    public string? Find(string foldedForm, PartOfSpeech upos) =>
        byTag[(int)upos].TryGetValue(foldedForm, out var lemma) ? lemma : null;

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
        var maps = new Dictionary<string, string>[Enum.GetValues<PartOfSpeech>().Length];
        for (var i = 0; i < maps.Length; i++)
        {
            maps[i] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

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
                maps[(int)section.Value].TryAdd(TextFolding.Fold(form), lemma);
            }
        }

        return new IrregularLexicon([.. maps.Select(m => m.ToFrozenDictionary(StringComparer.Ordinal))]);
    }
}
