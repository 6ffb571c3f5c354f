using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Framing.Cli.Output;

/// <summary>JSON and JSON Lines output with one fixed set of options, so output is stable across runs.</summary>
public static class JsonOutput
{
    /// <summary>Indented, camelCase, nulls omitted, non-ASCII kept readable (the output is data, not HTML).</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>As <see cref="Indented"/> but on one line, for JSON Lines.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Writes <paramref name="value"/> as indented JSON followed by a newline.</summary>
    public static void Write<T>(TextWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(JsonSerializer.Serialize(value, Indented));
        writer.Write('\n');
    }

    /// <summary>Writes one compact JSON object per line.</summary>
    public static void WriteLines<T>(TextWriter writer, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            writer.Write(JsonSerializer.Serialize(value, Compact));
            writer.Write('\n');
        }
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
