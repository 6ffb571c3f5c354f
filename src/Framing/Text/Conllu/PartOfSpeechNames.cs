namespace Framing.Text.Conllu;

/// <summary>Converts between <see cref="PartOfSpeech"/> and its CoNLL-U spelling.</summary>
public static class PartOfSpeechNames
{
    private static readonly Dictionary<string, PartOfSpeech> ByName = BuildByName();

    /// <summary>The CoNLL-U spelling: the UD tag name, or <c>_</c> for <see cref="PartOfSpeech.None"/>.</summary>
    public static string ToConllu(PartOfSpeech tag) => tag == PartOfSpeech.None ? "_" : tag.ToString();

    /// <summary>Parses a UD tag name; <c>_</c> or an unknown name gives <see cref="PartOfSpeech.None"/>.</summary>
    public static PartOfSpeech Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.TryGetValue(name, out var tag) ? tag : PartOfSpeech.None;
    }

    /// <summary>True when <paramref name="name"/> is a UD tag name or <c>_</c>.</summary>
    public static bool IsKnown(string name) => name == "_" || ByName.ContainsKey(name);

    private static Dictionary<string, PartOfSpeech> BuildByName()
    {
        var map = new Dictionary<string, PartOfSpeech>(StringComparer.Ordinal);
        foreach (var tag in Enum.GetValues<PartOfSpeech>())
        {
            if (tag != PartOfSpeech.None)
            {
                map[tag.ToString()] = tag;
            }
        }

        return map;
    }
}
