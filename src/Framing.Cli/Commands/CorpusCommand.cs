using System.CommandLine;
using System.Globalization;

using Framing.Cli.Output;
using Framing.Corpus;

namespace Framing.Cli.Commands;

/// <summary><c>framing corpus</c>: what was loaded, what cleaning removed, and which documents repeat each other.</summary>
public static class CorpusCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format("table", "json");
        var command = new Command("corpus", "List documents with metadata, token and sentence counts, removed page chrome, duplicate groups and shared passages.")
        {
            corpusOption,
            formatOption,
        };
        CommandRunner.SetAction(command, environment, (parseResult, cancellationToken) =>
        {
            var corpus = CorpusLoader.Load(environment.Resolve(parseResult.GetValue(corpusOption)!), cancellationToken: cancellationToken);
            var summary = CorpusSummary.Create(corpus, cancellationToken);
            if (parseResult.GetValue(formatOption) == "json")
            {
                JsonOutput.Write(environment.Out, summary);
            }
            else
            {
                WriteTables(environment.Out, summary);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void WriteTables(TextWriter writer, CorpusSummary summary)
    {
        TableOutput.Write(
            writer,
            "Documents",
            ["id", "outlet", "published", "authors", "encoding", "tokens", "sentences", "removed", "duplicate of"],
            summary.Documents.Select(d => (IReadOnlyList<string>)
            [
                d.Id, d.Outlet ?? "?", d.Published ?? "?", string.Join("; ", d.Authors), d.Encoding,
                Number(d.Tokens), Number(d.Sentences), Number(d.RemovedSpans), d.DuplicateOf ?? "",
            ]));
        TableOutput.Write(
            writer,
            "Titles and sources",
            ["id", "title", "scraped from"],
            summary.Documents.Select(d => (IReadOnlyList<string>)[d.Id, d.Title ?? "?", d.Republisher ?? ""]));
        TableOutput.Write(
            writer,
            "Removed page chrome",
            ["rule", "spans", "characters", "example"],
            summary.Removed.Select(r => (IReadOnlyList<string>)[r.Rule, Number(r.Spans), Number(r.Characters), r.Example]));
        TableOutput.Write(
            writer,
            "Duplicate groups (statistics count each group once, as its canonical member)",
            ["canonical", "members", "containment"],
            summary.DuplicateGroups.Select(g => (IReadOnlyList<string>)
                [g.Canonical, string.Join(", ", g.Members), g.Containment.ToString("0.000", CultureInfo.InvariantCulture)]));
        TableOutput.Write(
            writer,
            "Shared passages (offsets into each original file)",
            ["kind", "document A", "A offsets", "document B", "B offsets", "words", "similarity", "excerpt"],
            summary.SharedPassages.Select(p => (IReadOnlyList<string>)
            [
                p.Kind, p.DocA, $"{Number(p.StartA)}-{Number(p.EndA)}", p.DocB, $"{Number(p.StartB)}-{Number(p.EndB)}",
                Number(p.Words), p.Similarity.ToString("0.000", CultureInfo.InvariantCulture), p.Excerpt,
            ]));
        if (summary.Warnings.Count > 0)
        {
            TableOutput.Write(writer, "Warnings", ["document", "message"], summary.Warnings.Select(w => (IReadOnlyList<string>)[w.Document ?? "", w.Message]));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
