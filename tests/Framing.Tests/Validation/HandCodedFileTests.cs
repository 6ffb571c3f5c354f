using Framing.Validation;

namespace Framing.Tests.Validation;

public sealed class HandCodedFileTests
{
    [Fact]
    public void Records_are_read_with_all_fields()
    {
        var records = HandCodedFile.Parse("""
            # comment line

            {"doc":"a","start":3,"end":9,"text":"Hello.","frames":["restraint","alignment","alignment"],"subordinate":"russia","dominant":"china","coder":"x","notes":"n"}
            {"doc":"b","textSha256":"0123456789abcdef","frames":[]}
            """, "dir/file.jsonl");

        Assert.Equal(2, records.Length);
        var first = records[0];
        Assert.Equal(("a", 3, 9, "Hello."), (first.DocumentId, first.Start!.Value, first.End!.Value, first.Text));
        Assert.Equal(["alignment", "restraint"], first.Frames.ToArray());
        Assert.Equal(("russia", "china", "x", "n", 3), (first.Subordinate, first.Dominant, first.Coder, first.Notes, first.Line));
        Assert.Equal("file", records[1].Coder);
        Assert.Empty(records[1].Frames);
        Assert.Equal("b (line 4)", records[1].Location);
    }

    [Theory]
    [InlineData("{\"doc\":\"a\",\"frames\":[]", "Not a JSON object")]
    [InlineData("[1,2]", "Not a JSON object")]
    [InlineData("{\"doc\":\"a\",\"start\":1,\"end\":2,\"frame\":[]}", "Unknown field 'frame'")]
    [InlineData("{\"start\":1,\"end\":2,\"frames\":[]}", "Missing 'doc'")]
    [InlineData("{\"doc\":\"a\",\"start\":1,\"frames\":[]}", "'start' and 'end' must both be given")]
    [InlineData("{\"doc\":\"a\",\"start\":5,\"end\":2,\"frames\":[]}", "0 <= start < end")]
    [InlineData("{\"doc\":\"a\",\"start\":\"5\",\"end\":7,\"frames\":[]}", "'start' must be a whole number")]
    [InlineData("{\"doc\":\"a\",\"frames\":[]}", "does not say which sentence")]
    [InlineData("{\"doc\":\"a\",\"text\":\"x\"}", "'frames' must be a list")]
    [InlineData("{\"doc\":\"a\",\"text\":\"x\",\"frames\":\"alignment\"}", "'frames' must be a list")]
    [InlineData("{\"doc\":\"a\",\"text\":\"x\",\"frames\":[1]}", "Every frame must be a non-empty string")]
    [InlineData("{\"doc\":7,\"text\":\"x\",\"frames\":[]}", "'doc' must be a string")]
    public void Invalid_records_name_the_file_and_line(string record, string problem)
    {
        var error = Assert.Throws<FramingException>(() => HandCodedFile.Parse("{\"doc\":\"ok\",\"text\":\"fine\",\"frames\":[]}\n" + record, "codes.jsonl"));

        Assert.Equal("codes.jsonl", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("codes.jsonl:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var error = Assert.Throws<FramingException>(() => HandCodedFile.Load("/nonexistent/codes.jsonl"));

        Assert.Equal("/nonexistent/codes.jsonl", error.File);
    }

    [Fact]
    public void The_shipped_fixtures_parse_and_cover_every_frame()
    {
        var seeds = Frames.SeedSet.HandCoded("seeds.jsonl");

        Assert.Equal(219, seeds.Length);
        Assert.All(seeds, s => Assert.Equal("frames-a", s.Coder));
        foreach (var frame in Frames.SeedSet.FrameIds)
        {
            Assert.True(seeds.Count(s => s.Frames.Contains(frame)) >= 9, $"{frame} needs positives");
        }

        Assert.True(seeds.Count(s => s.Frames.IsEmpty) >= 50, "negatives needed");
        var seedTexts = Directory.GetFiles(Path.Combine(Frames.SeedSet.RepositoryRoot, "seeds"), "*.txt")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        Assert.All(seeds, s => Assert.Equal(s.Text, seedTexts[s.DocumentId][s.Start!.Value..s.End!.Value]));
    }
}
