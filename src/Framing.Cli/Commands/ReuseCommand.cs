using System.CommandLine;

namespace Framing.Cli.Commands;

/// <summary><c>framing reuse</c>: passages shared between documents, with both locations, and whether a pair is a republication or a quotation.</summary>
public static class ReuseCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var shared = new AnalysisOptions();
        var command = new Command(
            "reuse",
            "Aligned passages shared between documents (both locations as offsets into the original files, similarity, length in words), " +
            "and for each pair whether it is an identical republication or partial reuse such as a quotation.");
        shared.AddTo(command);
        CommandRunner.SetAction(command, environment, (parseResult, cancellationToken) =>
        {
            var analysis = shared.Load(parseResult, environment, cancellationToken);
            shared.Write(parseResult, environment, "Shared passages", analysis.Reuse(cancellationToken: cancellationToken).ToDataFrame(),
                ["kind", "doc_a", "a_start", "a_end", "doc_b", "b_start", "b_end", "matched_words", "similarity", "a_text"]);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
