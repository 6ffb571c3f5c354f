using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Framing.Notebooks.Model;

/// <summary>Source-generated serialization for the few values the model serializes itself.</summary>
[JsonSerializable(typeof(ImmutableArray<string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class NotebookJsonContext : JsonSerializerContext;
