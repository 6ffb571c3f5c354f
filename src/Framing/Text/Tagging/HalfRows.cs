namespace Framing.Text.Tagging;

/// <summary>
/// Binary layout of weight rows in a model file: half-precision floats, keyed rows sorted by key
/// with delta-coded keys and a bit mask of the non-zero weights, so the same weights always give
/// the same (small, compressible) bytes.
/// </summary>
internal static class HalfRows
{
    private const int C = TagSet.Count;

    /// <summary>Rounds a weight to what the model file stores, so an in-memory model tags exactly like a loaded one.</summary>
    public static float Round(float value) => (float)(Half)value;

    public static void WriteDense(BinaryWriter writer, float[] values)
    {
        foreach (var value in values)
        {
            writer.Write((Half)value);
        }
    }

    public static float[] ReadDense(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)reader.ReadHalf();
        }

        return values;
    }

    public static void WriteKeyed(BinaryWriter writer, Dictionary<ulong, int> rows, float[] weights)
    {
        var keys = rows.Keys.ToArray();
        Array.Sort(keys);
        writer.Write(keys.Length);
        ulong previous = 0;
        foreach (var key in keys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
            var row = rows[key] * C;
            var nonZero = 0;
            for (var c = 0; c < C; c++)
            {
                nonZero |= weights[row + c] != 0 ? 1 << c : 0;
            }

            writer.Write7BitEncodedInt(nonZero);
            for (var c = 0; c < C; c++)
            {
                if (weights[row + c] != 0)
                {
                    writer.Write((Half)weights[row + c]);
                }
            }
        }
    }

    public static (Dictionary<ulong, int> Rows, float[] Weights) ReadKeyed(BinaryReader reader)
    {
        var rowCount = reader.ReadInt32();
        if (rowCount < 0)
        {
            throw new InvalidDataException($"negative row count {rowCount}");
        }

        var rows = new Dictionary<ulong, int>(rowCount);
        var weights = new float[rowCount * C];
        ulong key = 0;
        for (var r = 0; r < rowCount; r++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            rows.Add(key, r);
            var nonZero = reader.Read7BitEncodedInt();
            for (var c = 0; c < C; c++)
            {
                if ((nonZero & (1 << c)) != 0)
                {
                    weights[(r * C) + c] = (float)reader.ReadHalf();
                }
            }
        }

        return (rows, weights);
    }
}
