using System.CommandLine;

using Framing.Text.Lexicon;
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
        var lexiconOption = new Option<string?>("--lexicon") { Description = "English lexicon for the lexicon features (default: the one embedded in the library; build another with LexiconBuilder).", HelpName = "FILE" };
        var noLexiconOption = new Option<bool>("--no-lexicon") { Description = "Train without lexicon features." };
        var foldsOption = new Option<int?>("--second-pass-folds") { Description = "Folds of the jackknife that trains the right-context second pass (default 5; 0 trains none)." };
        var command = new Command("train", "Train the averaged-perceptron tagger and the learned lemmatizer. The workspace ships a trained model; training is never required.")
        {
            trainOption, devOption, outOption, epochsOption, seedOption, lexiconOption, noLexiconOption, foldsOption,
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

            if (parseResult.GetValue(foldsOption) is { } folds)
            {
                options = options with { RefinerFolds = folds >= 0 ? folds : throw new CliUsageException("--second-pass-folds must be 0 or more.") };
            }

            options = (parseResult.GetValue(lexiconOption), parseResult.GetValue(noLexiconOption)) switch
            {
                ({ }, true) => throw new CliUsageException("Use either --lexicon or --no-lexicon, not both."),
                ({ } lexiconPath, false) => options with { Lexicon = EnglishLexicon.Load(RequireFile(environment, lexiconPath)) },
                (null, true) => options with { Lexicon = EnglishLexicon.Empty },
                _ => options,
            };

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
