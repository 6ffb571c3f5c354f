using System.CommandLine;

using Framing.Text.Tagging;

namespace Framing.Cli.Commands;

/// <summary><c>framing train</c>: trains the part-of-speech tagger and lemmatizer on CoNLL-U data, deterministically.</summary>
public static class TrainCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var trainOption = new Option<string>("--train") { Description = "Training CoNLL-U file (for example en_ewt-ud-train.conllu).", Required = true, HelpName = "FILE" };
        var devOption = new Option<string?>("--dev") { Description = "Development CoNLL-U file, scored after each epoch.", HelpName = "FILE" };
        var outOption = new Option<string>("--out") { Description = "Where to write the model.", Required = true, HelpName = "MODEL" };
        var epochsOption = new Option<int?>("--epochs") { Description = "Training epochs (default from the trainer)." };
        var seedOption = new Option<int?>("--seed") { Description = "Shuffle seed; the same seed and data give the same model bytes." };
        var command = new Command("train", "Train the averaged-perceptron tagger and the learned lemmatizer. The workspace ships a trained model; training is never required.")
        {
            trainOption, devOption, outOption, epochsOption, seedOption,
        };
        CommandRunner.SetAction(command, environment, (parseResult, cancellationToken) =>
        {
            var train = RequireFile(environment, parseResult.GetValue(trainOption)!);
            var dev = parseResult.GetValue(devOption) is { } devPath ? RequireFile(environment, devPath) : null;
            var options = new TaggerTrainingOptions { Log = environment.Error.WriteLine };
            if (parseResult.GetValue(epochsOption) is { } epochs)
            {
                options = options with { Epochs = epochs > 0 ? epochs : throw new CliUsageException("--epochs must be at least 1.") };
            }

            if (parseResult.GetValue(seedOption) is { } seed)
            {
                options = options with { Seed = seed };
            }

            var model = TaggerTrainer.Train(train, dev, options, cancellationToken);
            var output = environment.Resolve(parseResult.GetValue(outOption)!);
            model.Save(output);
            environment.Out.WriteLine($"Wrote {output} ({model.FeatureCount} features).");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string RequireFile(CliEnvironment environment, string path)
    {
        var full = environment.Resolve(path);
        return File.Exists(full) ? full : throw new CliUsageException($"The file '{full}' does not exist.");
    }
}
