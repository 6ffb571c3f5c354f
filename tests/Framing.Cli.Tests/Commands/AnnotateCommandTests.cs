namespace Framing.Cli.Tests.Commands;

public sealed class AnnotateCommandTests
{
    [Fact]
    public async Task Stdin_text_becomes_conllu_with_sentence_ids_lemmas_multiword_tokens_and_space_after()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, RepositoryRoot.Path, true)
        {
            In = new StringReader("Russia’s economy doesn't depend on China. It sold oil."),
        };

        var code = await CliApplication.RunAsync(["annotate", "--format", "conllu"], environment, CancellationToken.None);

        Assert.Equal(ExitCodes.Success, code);
        var lines = output.ToString().Split('\n');
        Assert.Contains("# sent_id = stdin-1", lines);
        Assert.Contains("# sent_id = stdin-2", lines);
        Assert.Contains("# text = It sold oil.", lines);
        // "Russia’s" and "doesn't" are multiword tokens, as in UD English EWT; "oil." is not.
        Assert.Contains(lines, l => l.StartsWith("1-2\tRussia’s\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("1\tRussia\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2\t’s\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("4-5\tdoesn't\t", StringComparison.Ordinal));
        var oil = lines.Single(l => l.Contains("\toil\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal("SpaceAfter=No", oil[9]);
        var sold = lines.Single(l => l.Contains("\tsold\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal("sell", sold[2]);
        Assert.Contains(lines, l => l.Contains("\tn't\tnot\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_input_file_is_a_user_error()
    {
        var run = await CliHarness.RunInRepoAsync("annotate", "--input", "missing.txt");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("missing.txt", run.Error, StringComparison.Ordinal);
    }
}
