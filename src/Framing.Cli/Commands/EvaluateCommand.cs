using System.CommandLine;

using Framing.Text.Conllu;
using Framing.Text.Evaluation;
using Framing.Text.Tagging;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing evaluate</c>: scores the English pipeline against a gold CoNLL-U file the way the
/// CoNLL 2018 shared task does (character-aligned tokens over the text with whitespace removed).
/// </summary>
public static class EvaluateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var goldOption = new Option<string>("--gold") { Description = "Gold CoNLL-U file.", Required = true, HelpName = "FILE.conllu" };
        var goldTokenizationOption = new Option<bool>("--gold-tokenization")
        {
            Description = "Give the tagger and lemmatizer the gold words and sentences, and report aligned accuracy.",
        };
        var modelOption = new Option<string?>("--model") { Description = "A model from 'framing train' (default: the model shipped in the library).", HelpName = "FILE" };
        var command = new Command(
            "evaluate",
            "Run the pipeline on the gold file's raw text (rebuilt from FORMs, SpaceAfter and the document/paragraph markers) and print Tokens, Sentences, UPOS, XPOS and Lemmas as precision, recall and F1, and tokens per second.")
        {
            goldOption,
            goldTokenizationOption,
            modelOption,
        };
        CommandRunner.SetAction(command, environment, (parseResult, cancellationToken) =>
        {
            var gold = environment.Resolve(parseResult.GetValue(goldOption)!);
            if (!File.Exists(gold))
            {
                throw new CliUsageException($"The gold file '{gold}' does not exist.");
            }

            // Read the gold file first so a malformed file is reported before any model is loaded.
            var sentences = ConlluReader.ReadFile(gold, cancellationToken);
            var model = parseResult.GetValue(modelOption) is { } modelPath ? TaggerModel.Load(environment.Resolve(modelPath)) : TaggerModel.Default;
            var goldTokenization = parseResult.GetValue(goldTokenizationOption);
            var system = goldTokenization
                ? TrainedPipeline.CreateTaggerAndLemmatizer(model)
                : TrainedPipeline.Create(model);
            var report = ConlluEvaluator.Evaluate(sentences, gold, system.Process, goldTokenization, cancellationToken);
            environment.Out.Write(report.ToString());
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
