using System.CommandLine;

using Framing.Statistics;

namespace Framing.Cli.Commands;

/// <summary><c>framing keyness</c>: distinctive vocabulary of each group against the rest of the corpus.</summary>
public static class KeynessCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var shared = new AnalysisOptions();
        var targetOption = new Option<string?>("--target") { Description = "The group to compare against the rest (default: every group in turn).", HelpName = "GROUP" };
        var unitOption = new Option<FeatureUnit>("--unit") { Description = "Count tokens or lemmas.", DefaultValueFactory = _ => FeatureUnit.Lemma };
        var ngramOption = new Option<int>("--ngram") { Description = "n-gram length.", DefaultValueFactory = _ => 1 };
        var directionOption = new Option<string>("--direction")
        {
            Description = "over: features the target uses more than the rest (its keywords); under: less; both.",
            DefaultValueFactory = _ => "over",
        };
        directionOption.AcceptOnlyFromAmong("over", "under", "both");
        var command = new Command(
            "keyness",
            "Keyness of each feature for a target group against the rest: chi-squared with Yates' correction, log-likelihood G2 and their p-values, " +
            "log ratio (effect size), and dispersion (document range, Juilland's D) so one document's habit does not pass as an outlet trait.")
        {
            targetOption, unitOption, ngramOption, directionOption,
        };
        shared.AddTo(command);
        CommandRunner.SetAction(command, environment, (parseResult, cancellationToken) =>
        {
            var analysis = shared.Load(parseResult, environment, cancellationToken);
            var features = new FeatureOptions { Unit = parseResult.GetValue(unitOption), NGram = parseResult.GetValue(ngramOption) };
            var results = parseResult.GetValue(targetOption) is { } target
                ? [analysis.Keyness(target, features)]
                : analysis.KeynessForEachGroup(features);
            var direction = parseResult.GetValue(directionOption);
            foreach (var all in results)
            {
                var result = direction == "both" ? all : all with { Rows = [.. all.Rows.Where(r => r.OverusedInTarget == (direction == "over"))] };
                shared.Write(
                    parseResult,
                    environment,
                    $"Keyness: {result.TargetGroup} against the rest",
                    result.ToDataFrame(),
                    ["feature", "target_count", "reference_count", "g2", "g2_p", "chi2_yates", "log_ratio", "target_range", "juilland_d", "examples"]);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
