using System.CommandLine;

using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Frames;
using Framing.Text;
using Framing.Validation;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing validate</c>: scores the codebook against hand-coded sentences (precision, recall, F1,
/// confusion, the sentences behind each error), or compares two coders (Cohen's kappa, Krippendorff's alpha).
/// </summary>
public static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var codedOption = new Option<string>("--coded") { Description = "Hand-coded sentences (JSONL or CSV: doc, start/end or text, frames).", Required = true, HelpName = "FILE" };
        var secondOption = new Option<string?>("--second-coder") { Description = "A second coder's file: report inter-coder agreement instead of scoring the codebook.", HelpName = "FILE" };
        var corpusOption = CommonOptions.Corpus();
        var codebookOption = CommonOptions.Codebook();
        var formatOption = CommonOptions.Format(DataFrameOutput.Formats);
        var command = new Command("validate", "Score the codebook against hand-coded sentences, or measure agreement between two coders.")
        {
            codedOption, secondOption, corpusOption, codebookOption, formatOption,
        };
        CommandRunner.SetAction(command, environment, (parseResult, cancellationToken) =>
        {
            var format = parseResult.GetValue(formatOption)!;
            var coded = HandCodedFile.Load(environment.Resolve(parseResult.GetValue(codedOption)!));
            var codebook = Codebook.Load(environment.Resolve(parseResult.GetValue(codebookOption)!));
            var frames = codebook.Frames.Select(f => f.Id).ToList();
            if (parseResult.GetValue(secondOption) is { } second)
            {
                var agreement = Agreement.Compare(coded, HandCodedFile.Load(environment.Resolve(second)), frames);
                DataFrameOutput.Write(environment.Out, "Inter-coder agreement", agreement.ToDataFrame(), format);
                return Task.FromResult(ExitCodes.Success);
            }

            var corpus = CorpusLoader.Load(environment.Resolve(parseResult.GetValue(corpusOption)!), cancellationToken: cancellationToken);
            var matcher = new FrameMatcher(codebook);
            var documents = corpus.Documents.Select(d => matcher.Match(EnglishPipeline.Default.Process(d.ToDocument(), cancellationToken), cancellationToken)).ToList();
            var report = FrameValidation.Score(coded, documents, frames);
            DataFrameOutput.Write(environment.Out, "Codebook against hand coding", report.ToDataFrame(), format);
            DataFrameOutput.Write(environment.Out, "Errors (the sentences behind each false positive and false negative)", report.ErrorsToDataFrame(), format);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
