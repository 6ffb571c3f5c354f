using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>
/// Writes JSON exactly as Jupyter does (<c>json.dumps(indent=1, ensure_ascii=False)</c>): one-space
/// indent, <c>": "</c> after keys, non-ASCII text unescaped, numbers as they were read. Writing the
/// same values always gives the same bytes.
/// </summary>
internal sealed class IpynbJsonWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>The JSON written so far.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Writes an object whose properties are ordered by <paramref name="keyOrder"/>, then by name.</summary>
    public void WriteObject(IEnumerable<KeyValuePair<string, Action>> properties, ImmutableArray<string> keyOrder)
    {
        List<KeyValuePair<string, Action>> ordered = [.. properties
            .OrderBy(p => IndexOf(keyOrder, p.Key))
            .ThenBy(p => p.Key, StringComparer.Ordinal)];
        if (ordered.Count == 0)
        {
            _text.Append("{}");
            return;
        }

        _text.Append('{');
        _depth++;
        for (int i = 0; i < ordered.Count; i++)
        {
            _text.Append(i == 0 ? "\n" : ",\n");
            Indent();
            WriteString(ordered[i].Key);
            _text.Append(": ");
            ordered[i].Value();
        }

        _depth--;
        _text.Append('\n');
        Indent();
        _text.Append('}');
    }

    /// <summary>Writes an array of <paramref name="count"/> items.</summary>
    public void WriteArray(int count, Action<int> writeItem)
    {
        if (count == 0)
        {
            _text.Append("[]");
            return;
        }

        _text.Append('[');
        _depth++;
        for (int i = 0; i < count; i++)
        {
            _text.Append(i == 0 ? "\n" : ",\n");
            Indent();
            writeItem(i);
        }

        _depth--;
        _text.Append('\n');
        Indent();
        _text.Append(']');
    }

    /// <summary>Writes any JSON value, keeping object property order and number text.</summary>
    public void WriteElement(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                List<JsonProperty> properties = [.. value.EnumerateObject()];
                ImmutableArray<string> order = [.. properties.Select(p => p.Name)];
                WriteObject(properties.Select(p => KeyValuePair.Create<string, Action>(p.Name, () => WriteElement(p.Value))), order);
                break;
            case JsonValueKind.Array:
                List<JsonElement> items = [.. value.EnumerateArray()];
                WriteArray(items.Count, i => WriteElement(items[i]));
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!);
                break;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
            case JsonValueKind.Null:
                _text.Append(value.GetRawText());
                break;
            default:
                throw new InvalidOperationException("An undefined JSON value cannot be written.");
        }
    }

    /// <summary>Writes an integer.</summary>
    public void WriteNumber(int value) => _text.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <c>null</c>.</summary>
    public void WriteNull() => _text.Append("null");

    /// <summary>Writes a string with Python's escapes: quote, backslash and control characters only.</summary>
    public void WriteString(string value)
    {
        _text.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                case '\b': _text.Append("\\b"); break;
                case '\f': _text.Append("\\f"); break;
                default:
                    bool loneSurrogate = char.IsSurrogate(c)
                        && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < ' ' || loneSurrogate)
                    {
                        _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        _text.Append('"');
    }

    private static int IndexOf(ImmutableArray<string> keyOrder, string key)
    {
        int index = keyOrder.IndexOf(key, StringComparer.Ordinal);
        return index < 0 ? int.MaxValue : index;
    }

    private void Indent() => _text.Append(' ', _depth);
}
