using System.CommandLine;

using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Statistics;

namespace Framing.Cli.Commands;

/// <summary>The options every statistics command shares: corpus, grouping field, output format and row limit.</summary>
internal sealed class AnalysisOptions
{
    public Option<string> Corpus { get; } = CommonOptions.Corpus();

    public Option<string> By { get; } = new("--by")
    {
        Description = "Metadata field to group documents by: " + string.Join(", ", CorpusAnalysis.GroupFields) + ".",
        DefaultValueFactory = _ => "outlet",
    };

    public Option<string> Format { get; } = CommonOptions.Format(DataFrameOutput.Formats);

    public Option<int> Top { get; } = new("--top")
    {
        Description = "Rows to show per table (table format only; json and csv get every row).",
        DefaultValueFactory = _ => 25,
    };

    public Option<bool> KeepDuplicates { get; } = new("--keep-duplicates")
    {
        Description = "Count near-duplicate documents separately (by default each duplicate group counts once).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Corpus);
        command.Options.Add(By);
        command.Options.Add(Format);
        command.Options.Add(Top);
        command.Options.Add(KeepDuplicates);
    }

    public CorpusAnalysis Load(ParseResult parseResult, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var corpus = CorpusLoader.Load(environment.Resolve(parseResult.GetValue(Corpus)!), cancellationToken: cancellationToken);
        return CorpusAnalysis.Create(corpus, parseResult.GetValue(By)!, collapseDuplicates: !parseResult.GetValue(KeepDuplicates), cancellationToken: cancellationToken);
    }

    public void Write(ParseResult parseResult, CliEnvironment environment, string title, Microsoft.Data.Analysis.DataFrame frame, IReadOnlyList<string>? tableColumns = null)
    {
        var format = parseResult.GetValue(Format)!;
        DataFrameOutput.Write(environment.Out, title, frame, format, format == "table" ? parseResult.GetValue(Top) : null, tableColumns);
    }
}
