namespace Framing.Text.Tagging;

/// <summary>
/// The averaged-perceptron parameters: one row of <see cref="TagSet.Count"/> weights per hashed
/// feature key, plus dense rows for the previous tag and the previous two tags.
/// </summary>
internal sealed class TaggerWeights
{
    public TaggerWeights(
        Dictionary<ulong, int> rows,
        float[] featureWeights,
        float[] previousTag,
        float[] previousTwoTags,
        string[] vocabulary,
        sbyte[] fixedTags,
        int[] ambiguity)
    {
        Ambiguity = ambiguity;
        Rows = rows;
        FeatureWeights = featureWeights;
        PreviousTag = previousTag;
        PreviousTwoTags = previousTwoTags;
        Vocabulary = vocabulary;
        FixedTags = fixedTags;
    }

    /// <summary>Feature key to row number in <see cref="FeatureWeights"/>.</summary>
    public Dictionary<ulong, int> Rows { get; }

    /// <summary>Row-major weights, <see cref="TagSet.Count"/> per row.</summary>
    public float[] FeatureWeights { get; }

    /// <summary><see cref="TagSet.HistoryCount"/> rows: weights given the previous tag.</summary>
    public float[] PreviousTag { get; }

    /// <summary><see cref="TagSet.HistoryCount"/>² rows: weights given the previous two tags (index prev2 * HistoryCount + prev1).</summary>
    public float[] PreviousTwoTags { get; }

    /// <summary>Word forms seen in training, whose scores the tagger precomputes.</summary>
    public string[] Vocabulary { get; }

    /// <summary>Per vocabulary entry: the bit mask of tags its lower-cased form had in training.</summary>
    public int[] Ambiguity { get; }

    /// <summary>Per vocabulary entry: the class of a frequent unambiguous word, or -1.</summary>
    public sbyte[] FixedTags { get; }

    public void Write(BinaryWriter writer)
    {
        writer.Write(TagSet.Count);
        WriteHalfs(writer, PreviousTag);
        WriteHalfs(writer, PreviousTwoTags);

        // Rows in key order so that the same weights always give the same bytes.
        var keys = Rows.Keys.ToArray();
        Array.Sort(keys);
        writer.Write(keys.Length);
        ulong previous = 0;
        foreach (var key in keys)
        {
            // Sorted keys are written as deltas: smaller numbers compress better.
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
            var row = Rows[key] * TagSet.Count;
            var nonZero = 0;
            for (var c = 0; c < TagSet.Count; c++)
            {
                nonZero |= FeatureWeights[row + c] != 0 ? 1 << c : 0;
            }

            writer.Write7BitEncodedInt(nonZero);
            for (var c = 0; c < TagSet.Count; c++)
            {
                if (FeatureWeights[row + c] != 0)
                {
                    writer.Write((Half)FeatureWeights[row + c]);
                }
            }
        }

        writer.Write(Vocabulary.Length);
        for (var i = 0; i < Vocabulary.Length; i++)
        {
            writer.Write(Vocabulary[i]);
            writer.Write(FixedTags[i]);
            writer.Write7BitEncodedInt(Ambiguity[i]);
        }
    }

    public static TaggerWeights Read(BinaryReader reader, string source)
    {
        var count = reader.ReadInt32();
        if (count != TagSet.Count)
        {
            throw new InvalidDataException($"{source}: the model has {count} tag classes, this library expects {TagSet.Count}. Retrain the model with this version.");
        }

        var previousTag = ReadHalfs(reader, TagSet.HistoryCount * TagSet.Count);
        var previousTwoTags = ReadHalfs(reader, TagSet.HistoryCount * TagSet.HistoryCount * TagSet.Count);
        var rowCount = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(rowCount);
        var weights = new float[rowCount * TagSet.Count];
        ulong key = 0;
        for (var r = 0; r < rowCount; r++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            rows.Add(key, r);
            var nonZero = reader.Read7BitEncodedInt();
            for (var c = 0; c < TagSet.Count; c++)
            {
                if ((nonZero & (1 << c)) != 0)
                {
                    weights[(r * TagSet.Count) + c] = (float)reader.ReadHalf();
                }
            }
        }

        var vocabularySize = reader.ReadInt32();
        var vocabulary = new string[vocabularySize];
        var fixedTags = new sbyte[vocabularySize];
        var ambiguity = new int[vocabularySize];
        for (var i = 0; i < vocabularySize; i++)
        {
            vocabulary[i] = reader.ReadString();
            fixedTags[i] = reader.ReadSByte();
            ambiguity[i] = reader.Read7BitEncodedInt();
        }

        return new TaggerWeights(rows, weights, previousTag, previousTwoTags, vocabulary, fixedTags, ambiguity);
    }

    private static void WriteHalfs(BinaryWriter writer, float[] values)
    {
        foreach (var value in values)
        {
            writer.Write((Half)value);
        }
    }

    private static float[] ReadHalfs(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)reader.ReadHalf();
        }

        return values;
    }
}
