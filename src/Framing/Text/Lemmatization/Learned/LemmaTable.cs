using System.Globalization;

namespace Framing.Text.Lemmatization.Learned;

/// <summary>
/// Lemmas learned from a treebank: a lexicon of (form, UPOS) → most frequent lemma, looked up by
/// the exact form and then by the lower-cased form (with the casing learned per UPOS: proper
/// nouns keep their capitals, most other classes are lower-cased). Words the lexicon lacks are
/// left to the rule lemmatizer; learned suffix rules were tried for them and did worse on EWT dev.
/// </summary>
internal sealed class LemmaTable
{
    private const int ClassCount = 17;

    private readonly Dictionary<string, string?[]> _lexicon;
    private readonly Dictionary<string, string?[]>.AlternateLookup<ReadOnlySpan<char>> _lexiconSpan;
    private readonly bool[] _keepCase;
    private readonly HashSet<string> _lemmas;

    private LemmaTable(Dictionary<string, string?[]> lexicon, bool[] keepCase)
    {
        _lexicon = lexicon;
        _lexiconSpan = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        _keepCase = keepCase;
        _lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in lexicon.Values)
        {
            foreach (var lemma in row)
            {
                if (lemma is not null)
                {
                    _lemmas.Add(lemma);
                }
            }
        }
    }

    /// <summary>True when <paramref name="lemma"/> is the lemma of some word in the training data.</summary>
    public bool IsKnownLemma(string lemma) => _lemmas.Contains(lemma);

    /// <summary>Number of forms in the exception lexicon.</summary>
    public int LexiconSize => _lexicon.Count;

    /// <summary>Learns the lexicon and casing from gold (form, UPOS, lemma) triples.</summary>
    public static LemmaTable Train(IEnumerable<(string Form, PartOfSpeech Upos, string Lemma)> words)
    {
        var lemmaCounts = new Dictionary<(string Form, int Tag, string Lemma), int>();
        var keepVotes = new int[ClassCount];
        var lowerVotes = new int[ClassCount];
        foreach (var (form, upos, lemma) in words)
        {
            if (upos == PartOfSpeech.None || lemma == "_" && form != "_")
            {
                continue;
            }

            var tag = (int)upos - 1;
            lemmaCounts[(form, tag, lemma)] = lemmaCounts.GetValueOrDefault((form, tag, lemma)) + 1;
            if (form.Any(char.IsUpper))
            {
                if (lemma.Any(char.IsUpper))
                {
                    keepVotes[tag]++;
                }
                else
                {
                    lowerVotes[tag]++;
                }
            }
        }

        var keepCase = new bool[ClassCount];
        for (var tag = 0; tag < ClassCount; tag++)
        {
            keepCase[tag] = keepVotes[tag] > lowerVotes[tag];
        }

        // Lexicon: most frequent lemma per (form, tag); ties go to the ordinally first lemma.
        var best = new Dictionary<(string Form, int Tag), (string Lemma, int Count)>();
        foreach (var ((form, tag, lemma), count) in lemmaCounts.OrderBy(static p => p.Key.Form, StringComparer.Ordinal).ThenBy(static p => p.Key.Tag).ThenBy(static p => p.Key.Lemma, StringComparer.Ordinal))
        {
            if (!best.TryGetValue((form, tag), out var current) || count > current.Count)
            {
                best[(form, tag)] = (lemma, count);
            }
        }

        var lexicon = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var ((form, tag), (lemma, _)) in best)
        {
            if (!lexicon.TryGetValue(form, out var row))
            {
                row = new string?[ClassCount];
                lexicon[form] = row;
            }

            row[tag] = lemma;
        }

        return new LemmaTable(lexicon, keepCase);
    }

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="upos"/>, or null when the lexicon has no entry for it.</summary>
    /// <param name="form">The word as written.</param>
    /// <param name="upos">Its tag.</param>
    /// <param name="exactForm">True when the lemma was learned for this very form, false when for its lower-cased form (then casing was applied).</param>
    public string? Lemmatize(string form, PartOfSpeech upos, out bool exactForm)
    {
        exactForm = false;
        if (upos == PartOfSpeech.None)
        {
            return null;
        }

        var tag = (int)upos - 1;
        if (_lexicon.TryGetValue(form, out var row) && row[tag] is { } known)
        {
            exactForm = true;
            return known;
        }

        Span<char> buffer = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        var length = form.AsSpan().ToLowerInvariant(buffer);
        ReadOnlySpan<char> lower = buffer[..length];
        if (_lexiconSpan.TryGetValue(lower, out row) && row[tag] is { } fromLower)
        {
            // Pronouns seen only capitalised at sentence start are still lower-case words ("Anybody").
            return upos == PartOfSpeech.PRON ? fromLower : Recase(form, fromLower, tag);
        }

        if (upos == PartOfSpeech.PROPN && form.Length > 1 && form.Equals(lower, StringComparison.Ordinal))
        {
            // A name typed in lower case ("mexico") takes the lemma of its capitalised form.
            buffer[0] = char.ToUpperInvariant(buffer[0]);
            if (_lexiconSpan.TryGetValue(buffer[..length], out row) && row[tag] is { } fromCapitalised)
            {
                return fromCapitalised;
            }
        }

        return null;
    }

    public void Write(BinaryWriter writer)
    {
        foreach (var keep in _keepCase)
        {
            writer.Write(keep);
        }

        var forms = _lexicon.Keys.ToArray();
        Array.Sort(forms, StringComparer.Ordinal);
        writer.Write(forms.Length);
        foreach (var form in forms)
        {
            writer.Write(form);
            var row = _lexicon[form];
            var mask = 0;
            for (var t = 0; t < ClassCount; t++)
            {
                mask |= row[t] is null ? 0 : 1 << t;
            }

            writer.Write7BitEncodedInt(mask);
            foreach (var lemma in row)
            {
                if (lemma is not null)
                {
                    // Most lemmas equal the form: store an empty string for them.
                    writer.Write(lemma == form ? string.Empty : lemma);
                }
            }
        }
    }

    public static LemmaTable Read(BinaryReader reader)
    {
        var keepCase = new bool[ClassCount];
        for (var t = 0; t < ClassCount; t++)
        {
            keepCase[t] = reader.ReadBoolean();
        }

        var formCount = reader.ReadInt32();
        var lexicon = new Dictionary<string, string?[]>(formCount, StringComparer.Ordinal);
        for (var i = 0; i < formCount; i++)
        {
            var form = reader.ReadString();
            var mask = reader.Read7BitEncodedInt();
            var row = new string?[ClassCount];
            for (var t = 0; t < ClassCount; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    var lemma = reader.ReadString();
                    row[t] = lemma.Length == 0 ? form : lemma;
                }
            }

            lexicon[form] = row;
        }

        return new LemmaTable(lexicon, keepCase);
    }

    /// <summary>Applies the tag's casing to a lemma found from the lower-cased form.</summary>
    private string Recase(string form, string lowerLemma, int tag)
    {
        if (!_keepCase[tag] || lowerLemma.Length == 0)
        {
            return lowerLemma;
        }

        if (form.Length > 1 && form.All(static c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return lowerLemma.ToUpperInvariant();
        }

        return char.IsUpper(form[0])
            ? string.Concat(char.ToUpperInvariant(lowerLemma[0]).ToString(CultureInfo.InvariantCulture), lowerLemma.AsSpan(1))
            : lowerLemma;
    }
}
