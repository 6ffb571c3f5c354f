using System.Text.Json;

namespace Framing.Cli.Tests.Commands;

public sealed class StatisticsCommandTests
{
    private static async Task<JsonElement> RowsAsync(params string[] args)
    {
        var run = await CliHarness.RunInRepoAsync([.. args, "--format", "json"]);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using var json = JsonDocument.Parse(run.Out.Split("\n{", 2)[0]);
        return json.RootElement.GetProperty("rows").Clone();
    }

    [Fact]
    public async Task Keyness_for_one_outlet_reports_g2_log_ratio_and_dispersion()
    {
        var rows = await RowsAsync("keyness", "--target", "Foreign Affairs");

        Assert.NotEmpty(rows.EnumerateArray());
        var first = rows[0];
        Assert.Equal("Foreign Affairs", first.GetProperty("target").GetString());
        foreach (var name in new[] { "g2", "g2_p", "chi2_yates", "log_ratio" })
        {
            Assert.True(first.TryGetProperty(name, out _), $"Missing column {name} in {first}");
        }
    }

    [Fact]
    public async Task Keyness_lists_over_used_keywords_by_default_and_under_used_ones_on_request()
    {
        static bool Over(JsonElement r) =>
            (double)r.GetProperty("target_count").GetInt32() / r.GetProperty("target_total").GetInt32()
            > (double)r.GetProperty("reference_count").GetInt32() / r.GetProperty("reference_total").GetInt32();

        var over = (await RowsAsync("keyness", "--target", "The Conversation")).EnumerateArray().ToList();
        var under = (await RowsAsync("keyness", "--target", "The Conversation", "--direction", "under")).EnumerateArray().ToList();

        Assert.NotEmpty(over);
        Assert.NotEmpty(under);
        Assert.All(over, r => Assert.True(Over(r)));
        Assert.All(under, r => Assert.False(Over(r)));
    }

    [Fact]
    public async Task Unknown_group_field_is_a_user_error()
    {
        var run = await CliHarness.RunInRepoAsync("keyness", "--by", "colour");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("colour", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collocates_of_an_actor_filtered_to_adjectives_only_return_adjectives_near_it()
    {
        var rows = await RowsAsync("collocates", "--node", "actor:russia", "--pos", "ADJ");

        Assert.NotEmpty(rows.EnumerateArray());
        Assert.All(rows.EnumerateArray(), r => Assert.True(r.GetProperty("observed").GetInt32() >= 2));
    }

    [Fact]
    public async Task Collocates_reject_an_unknown_tag_and_an_unknown_actor()
    {
        var tag = await CliHarness.RunInRepoAsync("collocates", "--node", "Russia", "--pos", "ADJECTIVE");
        var actor = await CliHarness.RunInRepoAsync("collocates", "--node", "actor:atlantis");

        Assert.Equal(ExitCodes.UserError, tag.ExitCode);
        Assert.Contains("ADJECTIVE", tag.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UserError, actor.ExitCode);
        Assert.Contains("atlantis", actor.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reuse_finds_the_republication_and_the_quoted_foreign_affairs_passage()
    {
        var rows = (await RowsAsync("reuse")).EnumerateArray().ToList();

        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "Republication"
            && r.GetProperty("doc_a").GetString()!.StartsWith("000", StringComparison.Ordinal)
            && r.GetProperty("doc_b").GetString()!.StartsWith("001", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() != "Republication"
            && new[] { r.GetProperty("doc_a").GetString(), r.GetProperty("doc_b").GetString() }.Order().SequenceEqual(["003_e7f00a4e528385ab", "004_b9fdc1c4472c6b6e"]));
    }

    [Fact]
    public async Task Quotes_name_speakers_per_outlet()
    {
        var rows = (await RowsAsync("quotes")).EnumerateArray().ToList();

        Assert.Contains(rows, r => r.GetProperty("group").GetString() == "The Washington Post"
            && (r.GetProperty("speaker").GetString() ?? "").Contains("Goldstein", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_scores_every_frame_against_the_hand_coded_sample()
    {
        var coded = RepositoryRoot.Combine("tests", "Framing.Tests", "TestData", "handcoded", "seeds.jsonl");
        var run = await CliHarness.RunInRepoAsync("validate", "--coded", coded, "--format", "csv");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var frame in new[] { "asymmetry", "junior_partner", "restraint", "alignment" })
        {
            Assert.Contains("\r\n" + frame + ",", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Validate_with_two_coders_reports_agreement()
    {
        var a = RepositoryRoot.Combine("tests", "Framing.Tests", "TestData", "handcoded", "seeds.jsonl");
        var b = RepositoryRoot.Combine("tests", "Framing.Tests", "TestData", "handcoded", "seeds.coder-b.jsonl");
        var run = await CliHarness.RunInRepoAsync("validate", "--coded", a, "--second-coder", b, "--format", "csv");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("kappa", run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("alpha", run.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Validate_with_a_missing_file_is_a_user_error()
    {
        var run = await CliHarness.RunInRepoAsync("validate", "--coded", "nope.jsonl");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("nope.jsonl", run.Error, StringComparison.Ordinal);
    }
}
