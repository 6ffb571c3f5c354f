using System.Text.Json;
using System.Text.Json.Nodes;

using Framing.Notebooks.Jupyter.Engine;

namespace Framing.Notebooks.Jupyter;

/// <summary>Converts a <see cref="DisplayBundle"/> into the <c>data</c> object of a Jupyter output.</summary>
internal static class MimeData
{
    public static JsonObject ToJson(DisplayBundle bundle)
    {
        var data = new JsonObject();
        foreach ((string mime, string value) in bundle.Data)
        {
            data[mime] = IsJson(mime) ? ParseOrText(value) : JsonValue.Create(value);
        }

        return data;
    }

    private static bool IsJson(string mime) =>
        mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? ParseOrText(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }
}
