using System.CommandLine;

using Framing.Text;
using Framing.Text.Conllu;

namespace Framing.Cli.Commands;

/// <summary><c>framing annotate</c>: runs the English pipeline over raw text and writes CoNLL-U.</summary>
public static class AnnotateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var inputOption = new Option<string>("--input")
        {
            Description = "Text file to annotate, or - for standard input.",
            DefaultValueFactory = _ => "-",
            HelpName = "FILE|-",
        };
        var formatOption = CommonOptions.Format("conllu");
        var command = new Command(
            "annotate",
            "Tokenize, split, tag and lemmatize raw text and write CoNLL-U (# sent_id, # text, FORM, LEMMA, UPOS, XPOS, SpaceAfter=No in MISC).")
        {
            inputOption,
            formatOption,
        };
        CommandRunner.SetAction(command, environment, async (parseResult, cancellationToken) =>
        {
            var input = parseResult.GetValue(inputOption)!;
            string text;
            string id;
            if (input == "-")
            {
                text = await environment.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                id = "stdin";
            }
            else
            {
                var path = environment.Resolve(input);
                if (!File.Exists(path))
                {
                    throw new CliUsageException($"The input file '{path}' does not exist.");
                }

                text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
                id = Path.GetFileNameWithoutExtension(path);
            }

            var document = EnglishPipeline.Default.Process(id, text, cancellationToken: cancellationToken);
            ConlluWriter.WriteDocument(environment.Out, document);
            return ExitCodes.Success;
        });
        return command;
    }
}
