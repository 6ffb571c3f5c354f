using System.CommandLine;

namespace Framing.Cli.Commands;

/// <summary><c>framing quotes</c>: direct quotations and their named speakers, per group.</summary>
public static class QuotesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var shared = new AnalysisOptions();
        var command = new Command("quotes", "Direct quotations with their named speakers (\"…,\" X said/told/wrote), with offsets, per group: who speaks in each outlet.");
        shared.AddTo(command);
        CommandRunner.SetAction(command, environment, (parseResult, cancellationToken) =>
        {
            var analysis = shared.Load(parseResult, environment, cancellationToken);
            shared.Write(parseResult, environment, "Quotations", analysis.Quotes().ToDataFrame());
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
