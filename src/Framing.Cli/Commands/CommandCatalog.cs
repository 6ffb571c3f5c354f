using System.CommandLine;

namespace Framing.Cli.Commands;

/// <summary>Every subcommand of <c>framing</c>, in the order <c>--help</c> lists them.</summary>
public static class CommandCatalog
{
    /// <summary>Creates the subcommands bound to <paramref name="environment"/>.</summary>
    public static IEnumerable<Command> Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        yield return CorpusCommand.Create(environment);
        yield return FramesCommand.Create(environment);
        yield return KeynessCommand.Create(environment);
        yield return CollocatesCommand.Create(environment);
        yield return ReuseCommand.Create(environment);
        yield return QuotesCommand.Create(environment);
        yield return ValidateCommand.Create(environment);
        yield return AnnotateCommand.Create(environment);
        yield return ReportCommand.Create(environment);
        yield return KernelCommand.Create(environment);
        yield return EvaluateCommand.Create(environment);
        yield return TrainCommand.Create(environment);
    }
}
