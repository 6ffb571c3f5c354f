using System.CommandLine;

using Framing.Frames;
using Framing.Statistics;
using Framing.Text;

namespace Framing.Cli.Commands;

/// <summary><c>framing collocates</c>: words near a node term or actor, scored with MI, t-score, log-likelihood and logDice.</summary>
public static class CollocatesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var shared = new AnalysisOptions();
        var nodeOption = new Option<string>("--node")
        {
            Description = "A word or phrase, or an actor id from the codebook written actor:ID (for example actor:russia), which matches all its names.",
            Required = true,
        };
        var codebookOption = CommonOptions.Codebook();
        var groupOption = new Option<string?>("--group") { Description = "Only documents of this group (see --by).", HelpName = "GROUP" };
        var windowOption = new Option<int>("--window") { Description = "Tokens to the left and right of the node.", DefaultValueFactory = _ => 5 };
        var posOption = new Option<string[]>("--pos")
        {
            Description = "Keep only collocates with these UD part-of-speech tags (for example --pos ADJ VERB).",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("collocates", "Collocates of a node term or actor within a window, with MI, t-score, log-likelihood and logDice, optionally filtered by part of speech.")
        {
            nodeOption, codebookOption, groupOption, windowOption, posOption,
        };
        shared.AddTo(command);
        CommandRunner.SetAction(command, environment, (parseResult, cancellationToken) =>
        {
            var node = ParseNode(parseResult.GetValue(nodeOption)!, () => Codebook.Load(environment.Resolve(parseResult.GetValue(codebookOption)!)));
            var window = parseResult.GetValue(windowOption);
            if (window < 1)
            {
                throw new CliUsageException("--window must be at least 1.");
            }

            var options = new CollocationOptions
            {
                Left = window,
                Right = window,
                PartsOfSpeech = [.. (parseResult.GetValue(posOption) ?? []).Select(ParsePartOfSpeech)],
            };
            var analysis = shared.Load(parseResult, environment, cancellationToken);
            var result = analysis.Collocates(node, options, parseResult.GetValue(groupOption));
            shared.Write(parseResult, environment, $"Collocates of {node.Name} (window ±{window}, node frequency {result.NodeFrequency})", result.ToDataFrame(),
                ["collocate", "observed", "expected", "mi", "t_score", "log_likelihood", "log_dice", "examples"]);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static NodeTerm ParseNode(string node, Func<Codebook> codebook)
    {
        if (!node.StartsWith("actor:", StringComparison.Ordinal))
        {
            return NodeTerm.Of(node);
        }

        var id = node["actor:".Length..];
        var actor = codebook().Actors.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliUsageException($"No actor '{id}' in the codebook. Known actors: {string.Join(", ", codebook().Actors.Select(a => a.Id))}.");
        return new NodeTerm(actor.Id, [.. actor.Names.Select(n => n.Text)]);
    }

    private static PartOfSpeech ParsePartOfSpeech(string tag) =>
        Enum.TryParse<PartOfSpeech>(tag, ignoreCase: true, out var pos) && pos != PartOfSpeech.None
            ? pos
            : throw new CliUsageException($"'{tag}' is not a UD part-of-speech tag. Use one of: {string.Join(", ", Enum.GetNames<PartOfSpeech>().Skip(1))}.");
}
