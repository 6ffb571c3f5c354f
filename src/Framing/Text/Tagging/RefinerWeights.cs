namespace Framing.Text.Tagging;

/// <summary>
/// Parameters of the second tagging pass: the weight of the first pass's scores, dense rows for
/// the tag features, and hashed rows for the word-specific ones (see <see cref="RefinerFeatures"/>).
/// </summary>
internal sealed class RefinerWeights(float firstPassScale, float[] dense, Dictionary<ulong, int> rows, float[] featureWeights)
{
    /// <summary>Factor applied to the first pass's score vector before the refiner's features are added.</summary>
    public float FirstPassScale { get; } = firstPassScale;

    /// <summary><see cref="RefinerFeatures.DenseRowCount"/> rows of <see cref="TagSet.Count"/> weights.</summary>
    public float[] Dense { get; } = dense;

    /// <summary>Feature key to row number in <see cref="FeatureWeights"/>.</summary>
    public Dictionary<ulong, int> Rows { get; } = rows;

    /// <summary>Row-major weights of the hashed features.</summary>
    public float[] FeatureWeights { get; } = featureWeights;

    public void Write(BinaryWriter writer)
    {
        writer.Write(FirstPassScale);
        HalfRows.WriteDense(writer, Dense);
        HalfRows.WriteKeyed(writer, Rows, FeatureWeights);
    }

    public static RefinerWeights Read(BinaryReader reader)
    {
        var scale = reader.ReadSingle();
        var dense = HalfRows.ReadDense(reader, RefinerFeatures.DenseRowCount * TagSet.Count);
        var (rows, weights) = HalfRows.ReadKeyed(reader);
        return new RefinerWeights(scale, dense, rows, weights);
    }
}
