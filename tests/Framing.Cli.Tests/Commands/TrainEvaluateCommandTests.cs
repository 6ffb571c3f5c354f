namespace Framing.Cli.Tests.Commands;

public sealed class TrainEvaluateCommandTests : IDisposable
{
    private const string Gold = """
        # newdoc id = t
        # sent_id = t-1
        # text = Russia needs China.
        1	Russia	Russia	PROPN	NNP	_	_	_	_	_
        2	needs	need	VERB	VBZ	_	_	_	_	_
        3	China	China	PROPN	NNP	_	_	_	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	_	_	_	_

        # sent_id = t-2
        # text = China buys oil.
        1	China	China	PROPN	NNP	_	_	_	_	_
        2	buys	buy	VERB	VBZ	_	_	_	_	_
        3	oil	oil	NOUN	NN	_	_	_	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	_	_	_	_


        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("framing-train-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Train_writes_a_model_that_evaluate_scores_on_its_own_training_data()
    {
        var gold = Path.Combine(_dir.FullName, "gold.conllu");
        var model = Path.Combine(_dir.FullName, "tiny.model");
        await File.WriteAllTextAsync(gold, Gold.Replace("\r\n", "\n", StringComparison.Ordinal));

        var train = await CliHarness.RunInRepoAsync("train", "--train", gold, "--out", model, "--epochs", "3");
        Assert.True(train.ExitCode == ExitCodes.Success, train.Error);
        Assert.True(new FileInfo(model).Length > 0);

        var evaluate = await CliHarness.RunInRepoAsync("evaluate", "--gold", gold, "--model", model, "--gold-tokenization");
        Assert.True(evaluate.ExitCode == ExitCodes.Success, evaluate.Error);
        Assert.Contains("UPOS", evaluate.Out, StringComparison.Ordinal);
        Assert.Contains("tokens/s", evaluate.Out, StringComparison.Ordinal);
        var tokens = evaluate.Out.Split('\n').Single(l => l.StartsWith("Tokens ", StringComparison.Ordinal));
        Assert.Contains("100.00", tokens, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_gold_file_is_a_user_error()
    {
        var gold = Path.Combine(_dir.FullName, "bad.conllu");
        await File.WriteAllTextAsync(gold, "1\tonly-two-columns\n\n");

        var run = await CliHarness.RunInRepoAsync("evaluate", "--gold", gold);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("bad.conllu", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_without_lexicon_or_second_pass_writes_a_smaller_model_that_evaluates()
    {
        var gold = Path.Combine(_dir.FullName, "gold.conllu");
        var full = Path.Combine(_dir.FullName, "full.model");
        var plain = Path.Combine(_dir.FullName, "plain.model");
        await File.WriteAllTextAsync(gold, Gold.Replace("\r\n", "\n", StringComparison.Ordinal));

        var trainFull = await CliHarness.RunInRepoAsync("train", "--train", gold, "--out", full, "--epochs", "2");
        var trainPlain = await CliHarness.RunInRepoAsync("train", "--train", gold, "--out", plain, "--epochs", "2", "--no-lexicon", "--second-pass-folds", "0");
        var evaluate = await CliHarness.RunInRepoAsync("evaluate", "--gold", gold, "--model", plain, "--gold-tokenization");

        Assert.True(trainFull.ExitCode == ExitCodes.Success, trainFull.Error);
        Assert.True(trainPlain.ExitCode == ExitCodes.Success, trainPlain.Error);
        Assert.True(evaluate.ExitCode == ExitCodes.Success, evaluate.Error);
        Assert.True(new FileInfo(plain).Length < new FileInfo(full).Length);
    }

    [Fact]
    public async Task A_corrupt_lexicon_or_model_file_is_a_user_error_naming_it()
    {
        var gold = Path.Combine(_dir.FullName, "gold.conllu");
        var junk = Path.Combine(_dir.FullName, "junk.bin");
        await File.WriteAllTextAsync(gold, Gold.Replace("\r\n", "\n", StringComparison.Ordinal));
        await File.WriteAllTextAsync(junk, "not a lexicon");

        var train = await CliHarness.RunInRepoAsync("train", "--train", gold, "--out", Path.Combine(_dir.FullName, "m"), "--lexicon", junk);
        var evaluate = await CliHarness.RunInRepoAsync("evaluate", "--gold", gold, "--model", junk);

        Assert.Equal(ExitCodes.UserError, train.ExitCode);
        Assert.Contains("junk.bin", train.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UserError, evaluate.ExitCode);
        Assert.Contains("junk.bin", evaluate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_training_file_is_a_user_error()
    {
        var run = await CliHarness.RunInRepoAsync("train", "--train", "none.conllu", "--out", Path.Combine(_dir.FullName, "m"));

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("none.conllu", run.Error, StringComparison.Ordinal);
    }
}
