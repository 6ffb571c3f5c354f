namespace Framing.Text.Tagging;

/// <summary>
/// Predicts the Penn Treebank tag (XPOS) from the word and its predicted UPOS: the most frequent
/// XPOS of that (lower-cased word, UPOS) pair in training, else of its longest known suffix (up to
/// three letters) with that UPOS, else of the UPOS alone. Cheap, and right for most words because
/// UPOS already settles the hard ambiguities; verb forms that share a spelling (VBD/VBN) stay hard.
/// </summary>
internal sealed class XposTable
{
    private const byte Missing = byte.MaxValue;
    private const int MaxSuffix = 3;

    private readonly Dictionary<string, byte[]> _byWord;
    private readonly Dictionary<string, byte[]> _bySuffix;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _byWordSpan;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _bySuffixSpan;
    private readonly byte[] _byTag;

    private XposTable(string[] names, Dictionary<string, byte[]> byWord, Dictionary<string, byte[]> bySuffix, byte[] byTag)
    {
        Names = names;
        _byWord = byWord;
        _bySuffix = bySuffix;
        _byWordSpan = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _bySuffixSpan = bySuffix.GetAlternateLookup<ReadOnlySpan<char>>();
        _byTag = byTag;
    }

    /// <summary>The XPOS names; table entries index this array.</summary>
    public string[] Names { get; }

    /// <summary>Learns the table from gold (form, UPOS, XPOS) triples.</summary>
    public static XposTable Train(IEnumerable<(string Form, PartOfSpeech Upos, string Xpos)> words)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var wordCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var suffixCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var tagCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, upos, xpos) in words)
        {
            if (upos == PartOfSpeech.None || xpos == "_")
            {
                continue;
            }

            names.Add(xpos);
            var lower = form.ToLowerInvariant();
            var tag = TagSet.ClassOf(upos);
            Count(wordCounts, $"{tag}\u0001{lower}", xpos);
            for (var n = 1; n <= MaxSuffix && n < lower.Length; n++)
            {
                Count(suffixCounts, $"{tag}\u0001{lower[^n..]}", xpos);
            }

            Count(tagCounts, tag.ToString(System.Globalization.CultureInfo.InvariantCulture), xpos);
        }

        var nameArray = names.ToArray();
        var index = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var i = 0; i < nameArray.Length; i++)
        {
            index[nameArray[i]] = (byte)i;
        }

        var byTag = new byte[TagSet.Count];
        Array.Fill(byTag, Missing);
        for (var tag = 0; tag < TagSet.Count; tag++)
        {
            var best = Best(tagCounts, tag.ToString(System.Globalization.CultureInfo.InvariantCulture), index);
            byTag[tag] = best;
        }

        return new XposTable(nameArray, Collapse(wordCounts, index), Collapse(suffixCounts, index), byTag);
    }

    /// <summary>The XPOS of <paramref name="word"/> for each tag as far as the word table knows it (null entries: ask <see cref="Lookup(string, int)"/>).</summary>
    public string?[] KnownForWord(string word)
    {
        var result = new string?[TagSet.Count];
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        if (_byWordSpan.TryGetValue(FeatureKeys.Lowercase(word, buffer), out var row))
        {
            for (var tag = 0; tag < TagSet.Count; tag++)
            {
                result[tag] = row[tag] == Missing ? null : Names[row[tag]];
            }
        }

        return result;
    }

    /// <summary>The XPOS for <paramref name="word"/> tagged <paramref name="tag"/> (a class index).</summary>
    public string? Lookup(string word, int tag)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var lower = FeatureKeys.Lowercase(word, buffer);
        return Lookup(lower, tag);
    }

    /// <summary>The XPOS for an already lower-cased word.</summary>
    public string? Lookup(ReadOnlySpan<char> lower, int tag)
    {
        if (_byWordSpan.TryGetValue(lower, out var row) && row[tag] != Missing)
        {
            return Names[row[tag]];
        }

        for (var n = Math.Min(MaxSuffix, lower.Length - 1); n >= 1; n--)
        {
            if (_bySuffixSpan.TryGetValue(lower[^n..], out row) && row[tag] != Missing)
            {
                return Names[row[tag]];
            }
        }

        return _byTag[tag] == Missing ? null : Names[_byTag[tag]];
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Names.Length);
        foreach (var name in Names)
        {
            writer.Write(name);
        }

        WriteMap(writer, _byWord);
        WriteMap(writer, _bySuffix);
        writer.Write(_byTag);
    }

    public static XposTable Read(BinaryReader reader)
    {
        var names = new string[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        var byWord = ReadMap(reader);
        var bySuffix = ReadMap(reader);
        var byTag = reader.ReadBytes(TagSet.Count);
        return new XposTable(names, byWord, bySuffix, byTag);
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> counts, string key, string xpos)
    {
        if (!counts.TryGetValue(key, out var inner))
        {
            inner = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[key] = inner;
        }

        inner[xpos] = inner.GetValueOrDefault(xpos) + 1;
    }

    private static void Count(Dictionary<string, int> counts, string key, string xpos) =>
        counts[key + "\u0001" + xpos] = counts.GetValueOrDefault(key + "\u0001" + xpos) + 1;

    private static byte Best(Dictionary<string, int> tagCounts, string tag, Dictionary<string, byte> index)
    {
        var best = Missing;
        var bestCount = 0;
        foreach (var (name, id) in index)
        {
            var count = tagCounts.GetValueOrDefault(tag + "\u0001" + name);
            if (count > bestCount || (count == bestCount && count > 0 && id < best))
            {
                best = id;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>Turns "tag\u0001text" → counts into text → best XPOS per tag (ties: the name first in ordinal order).</summary>
    private static Dictionary<string, byte[]> Collapse(Dictionary<string, Dictionary<string, int>> counts, Dictionary<string, byte> index)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (key, inner) in counts)
        {
            var separator = key.IndexOf('\u0001', StringComparison.Ordinal);
            var tag = int.Parse(key.AsSpan(0, separator), System.Globalization.CultureInfo.InvariantCulture);
            var text = key[(separator + 1)..];
            if (!result.TryGetValue(text, out var row))
            {
                row = new byte[TagSet.Count];
                Array.Fill(row, Missing);
                result[text] = row;
            }

            var best = Missing;
            var bestCount = 0;
            foreach (var (name, count) in inner)
            {
                var id = index[name];
                if (count > bestCount || (count == bestCount && id < best))
                {
                    best = id;
                    bestCount = count;
                }
            }

            row[tag] = best;
        }

        return result;
    }

    private static void WriteMap(BinaryWriter writer, Dictionary<string, byte[]> map)
    {
        var keys = map.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        writer.Write(keys.Length);
        foreach (var key in keys)
        {
            writer.Write(key);
            writer.Write(map[key]);
        }
    }

    private static Dictionary<string, byte[]> ReadMap(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var map = new Dictionary<string, byte[]>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            map[key] = reader.ReadBytes(TagSet.Count);
        }

        return map;
    }
}
