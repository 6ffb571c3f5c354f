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
        HalfRows.WriteDense(writer, PreviousTag);
        HalfRows.WriteDense(writer, PreviousTwoTags);
        HalfRows.WriteKeyed(writer, Rows, FeatureWeights);

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

        var previousTag = HalfRows.ReadDense(reader, TagSet.HistoryCount * TagSet.Count);
        var previousTwoTags = HalfRows.ReadDense(reader, TagSet.HistoryCount * TagSet.HistoryCount * TagSet.Count);
        var (rows, weights) = HalfRows.ReadKeyed(reader);

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
}
