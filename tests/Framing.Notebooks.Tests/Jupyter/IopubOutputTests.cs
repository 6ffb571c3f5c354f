using System.Text;
using System.Text.Json.Nodes;

using Framing.Notebooks.Jupyter;
using Framing.Notebooks.Jupyter.Engine;

namespace Framing.Notebooks.Tests.Jupyter;

public class IopubOutputTests
{
    private sealed class Recorder
    {
        private readonly Lock gate = new();

        public List<(string Type, JsonObject Content)> Messages { get; } = [];

        public void Publish(string type, JsonObject content)
        {
            lock (gate)
            {
                Messages.Add((type, content));
            }
        }

        public string Text(string stream) => string.Concat(Messages
            .Where(m => m.Type == "stream" && m.Content["name"]!.GetValue<string>() == stream)
            .Select(m => m.Content["text"]!.GetValue<string>()));
    }

    [Fact]
    public void Ten_megabytes_arrive_whole_in_bounded_chunks()
    {
        var recorder = new Recorder();
        var expected = new StringBuilder();
        using (var output = new IopubOutput(recorder.Publish))
        {
            for (int i = 0; i < 100_000; i++)
            {
                string line = i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture) + new string((char)('a' + (i % 26)), 92) + "\n";
                expected.Append(line);
                output.WriteStream(StreamKind.Stdout, line);
            }
        }

        Assert.Equal(expected.ToString(), recorder.Text("stdout"));
        Assert.All(recorder.Messages, m => Assert.True(m.Content["text"]!.GetValue<string>().Length <= IopubOutput.ChunkSize));
        Assert.InRange(recorder.Messages.Count, expected.Length / IopubOutput.ChunkSize, (expected.Length / IopubOutput.ChunkSize) + 200);
    }

    [Fact]
    public void Streams_and_displays_keep_their_order()
    {
        var recorder = new Recorder();
        using (var output = new IopubOutput(recorder.Publish))
        {
            output.WriteStream(StreamKind.Stdout, "one ");
            output.WriteStream(StreamKind.Stdout, "two");
            output.WriteStream(StreamKind.Stderr, "warn");
            output.Display(DisplayBundle.Html("<b>x</b>", "x"));
            output.WriteStream(StreamKind.Stdout, "three");
        }

        Assert.Equal(["stream", "stream", "display_data", "stream"], recorder.Messages.Select(m => m.Type));
        Assert.Equal("one two", recorder.Messages[0].Content["text"]!.GetValue<string>());
        Assert.Equal("stderr", recorder.Messages[1].Content["name"]!.GetValue<string>());
        Assert.Equal("<b>x</b>", recorder.Messages[2].Content["data"]!["text/html"]!.GetValue<string>());
        Assert.Equal("three", recorder.Messages[3].Content["text"]!.GetValue<string>());
    }

    [Fact]
    public void Surrogate_pairs_are_never_split_between_chunks()
    {
        var recorder = new Recorder();
        string text = new string('x', IopubOutput.ChunkSize - 1) + "\U0001F600" + "tail";
        using (var output = new IopubOutput(recorder.Publish))
        {
            output.WriteStream(StreamKind.Stdout, text);
        }

        Assert.Equal(text, recorder.Text("stdout"));
        Assert.All(recorder.Messages, m => Assert.False(char.IsHighSurrogate(m.Content["text"]!.GetValue<string>()[^1])));
    }

    [Fact]
    public void Json_mime_types_are_sent_as_json()
    {
        var recorder = new Recorder();
        var bundle = new DisplayBundle(System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            [
                KeyValuePair.Create("application/json", """{"a": [1, 2]}"""),
                KeyValuePair.Create("text/plain", "{\"a\": [1, 2]}"),
            ]));
        using (var output = new IopubOutput(recorder.Publish))
        {
            output.Display(bundle);
        }

        JsonNode data = recorder.Messages.Single().Content["data"]!;
        Assert.Equal(2, data["application/json"]!["a"]!.AsArray().Count);
        Assert.Equal("{\"a\": [1, 2]}", data["text/plain"]!.GetValue<string>());
    }
}
