using System.Text.Json;

namespace Framing.Cli.Tests.Commands;

public sealed class CorpusCommandTests
{
    [Fact]
    public async Task Json_lists_every_seed_with_counts_removed_spans_and_the_duplicate_group()
    {
        var run = await CliHarness.RunInRepoAsync("corpus", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(5, documents.Count);
        Assert.All(documents, d =>
        {
            Assert.True(d.GetProperty("tokens").GetInt32() > 500);
            Assert.True(d.GetProperty("sentences").GetInt32() > 10);
            Assert.Equal(64, d.GetProperty("sha256").GetString()!.Length);
        });
        var copy = documents.Single(d => d.GetProperty("id").GetString() == "001_85b69c5587809e8f");
        Assert.Equal("000_88d14470abd3f9f4", copy.GetProperty("duplicateOf").GetString());
        Assert.NotEmpty(copy.GetProperty("removed").EnumerateArray());
        Assert.NotEmpty(json.RootElement.GetProperty("duplicateGroups").EnumerateArray());
        var quotation = json.RootElement.GetProperty("sharedPassages").EnumerateArray()
            .First(p => p.GetProperty("docA").GetString() == "003_e7f00a4e528385ab" && p.GetProperty("docB").GetString() == "004_b9fdc1c4472c6b6e");
        var essay = File.ReadAllText(RepositoryRoot.Combine("seeds", "003_e7f00a4e528385ab.txt"));
        var excerpt = essay[quotation.GetProperty("startA").GetInt32()..quotation.GetProperty("endA").GetInt32()];
        Assert.Contains("asymmetrical relationship with Beijing", excerpt, StringComparison.Ordinal);
        Assert.NotEqual("Republication", quotation.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Table_shows_documents_removed_chrome_and_duplicates()
    {
        var run = await CliHarness.RunInRepoAsync("corpus");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("004_b9fdc1c4472c6b6e", run.Out, StringComparison.Ordinal);
        Assert.Contains("Removed page chrome", run.Out, StringComparison.Ordinal);
        Assert.Contains("Duplicate groups", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_corpus_folder_is_a_user_error_naming_it()
    {
        var run = await CliHarness.RunInRepoAsync("corpus", "--corpus", "no-such-folder");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("no-such-folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Unknown_format_is_rejected_by_the_parser()
    {
        var run = await CliHarness.RunInRepoAsync("corpus", "--format", "xml");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
    }
}
