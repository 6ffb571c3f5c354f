using System.Text.Json;

namespace Framing.Cli.Tests.Commands;

public sealed class FramesCommandTests
{
    [Fact]
    public async Task Jsonl_has_one_record_per_sentence_with_offsets_into_the_original_file()
    {
        var run = await CliHarness.RunInRepoAsync("frames");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 100, $"Only {lines.Length} sentences.");
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        var framed = 0;
        foreach (var line in lines)
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            var doc = root.GetProperty("doc").GetString()!;
            if (!originals.TryGetValue(doc, out var original))
            {
                original = File.ReadAllText(RepositoryRoot.Combine("seeds", doc + ".txt"));
                originals[doc] = original;
            }

            var start = root.GetProperty("start").GetInt32();
            var end = root.GetProperty("end").GetInt32();
            Assert.Equal(original[start..end], root.GetProperty("text").GetString());
            foreach (var match in root.GetProperty("matches").EnumerateArray())
            {
                var matchStart = match.GetProperty("start").GetInt32();
                var matchEnd = match.GetProperty("end").GetInt32();
                Assert.InRange(matchStart, start, end);
                Assert.Equal(original[matchStart..matchEnd], match.GetProperty("text").GetString());
                Assert.Contains(match.GetProperty("frame").GetString(), root.GetProperty("frames").EnumerateArray().Select(f => f.GetString()));
            }

            framed += root.GetProperty("frames").GetArrayLength() > 0 ? 1 : 0;
        }

        Assert.Equal(5, originals.Count);
        Assert.True(framed > 20, $"Only {framed} sentences carry a frame.");
    }

    [Fact]
    public async Task Dependence_sentence_records_subordinate_and_dominant()
    {
        var run = await CliHarness.RunInRepoAsync("frames");

        var record = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .First(r => r.GetProperty("text").GetString()!.Contains("growing economic dependence on China", StringComparison.Ordinal));
        Assert.Contains("asymmetry", record.GetProperty("frames").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("russia", record.GetProperty("subordinate").GetString());
        Assert.Equal("china", record.GetProperty("dominant").GetString());
    }

    [Fact]
    public async Task Csv_has_the_documented_header()
    {
        var run = await CliHarness.RunInRepoAsync("frames", "--format", "csv");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("doc,sentence,start,end,text,frames,matches,actors,subordinate,dominant\r\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_codebook_is_a_user_error_naming_the_file()
    {
        var dir = Directory.CreateTempSubdirectory("framing-cli-");
        try
        {
            var codebook = Path.Combine(dir.FullName, "bad.yaml");
            await File.WriteAllTextAsync(codebook, "frames:\n  - id: x\n    label: X\n    definition: d\n    patterns: [\"not *{9 alliance\"]\n");

            var run = await CliHarness.RunInRepoAsync("frames", "--codebook", codebook);

            Assert.Equal(ExitCodes.UserError, run.ExitCode);
            Assert.Contains("bad.yaml", run.Error, StringComparison.Ordinal);
            Assert.Empty(run.Out);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
