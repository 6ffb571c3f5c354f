using System.CommandLine;

using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Frames;
using Framing.Text;

namespace Framing.Cli.Commands;

/// <summary><c>framing frames</c>: one record per sentence of every document, with the frames the codebook finds.</summary>
public static class FramesCommand
{
    private static readonly string[] CsvHeader =
        ["doc", "sentence", "start", "end", "text", "frames", "matches", "actors", "subordinate", "dominant"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var corpusOption = CommonOptions.Corpus();
        var codebookOption = CommonOptions.Codebook();
        var formatOption = CommonOptions.Format("jsonl", "csv");
        var command = new Command(
            "frames",
            "Write one record per sentence of every document: offsets into the original file text (UTF-16 code units), " +
            "text, frame ids, the matches behind them (frame, pattern, matched text, offsets), actors, and the subordinate/dominant actor where the sentence says which.")
        {
            corpusOption,
            codebookOption,
            formatOption,
        };
        CommandRunner.SetAction(command, environment, (parseResult, cancellationToken) =>
        {
            var corpus = CorpusLoader.Load(environment.Resolve(parseResult.GetValue(corpusOption)!), cancellationToken: cancellationToken);
            var codebook = Codebook.Load(environment.Resolve(parseResult.GetValue(codebookOption)!));
            var records = Match(corpus, codebook, EnglishPipeline.Default, cancellationToken);
            if (parseResult.GetValue(formatOption) == "csv")
            {
                CsvOutput.Write(environment.Out, CsvHeader, records.Select(ToCsvRow));
            }
            else
            {
                JsonOutput.WriteLines(environment.Out, records);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>Runs the pipeline and the codebook over every document, in id order.</summary>
    public static IReadOnlyList<SentenceRecord> Match(Framing.Corpus.Corpus corpus, Codebook codebook, Pipeline pipeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(pipeline);
        var matcher = new FrameMatcher(codebook);
        return
        [
            .. corpus.Documents.SelectMany(d =>
                matcher.Match(pipeline.Process(d.ToDocument(), cancellationToken), cancellationToken).Sentences.Select(SentenceRecord.From)),
        ];
    }

    private static IReadOnlyList<object?> ToCsvRow(SentenceRecord r) =>
    [
        r.Doc, r.Sentence, r.Start, r.End, r.Text, string.Join(';', r.Frames),
        string.Join(" | ", r.Matches.Select(m => $"{m.Frame}:{m.Pattern}:{m.Text}@{m.Start}-{m.End}")),
        string.Join(';', r.Actors.Select(a => a.Actor).Distinct(StringComparer.Ordinal)),
        r.Subordinate, r.Dominant,
    ];
}

/// <summary>One sentence in the output of <c>framing frames</c>.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Sentence">Zero-based sentence index within the document.</param>
/// <param name="Start">Offset of the sentence in the original file text (UTF-16 code units).</param>
/// <param name="End">Offset one past the sentence's end.</param>
/// <param name="Text">The sentence text, exactly as in the file.</param>
/// <param name="Frames">Frame ids found, in codebook order.</param>
/// <param name="Matches">The matches behind the frames.</param>
/// <param name="Actors">Actors mentioned in the sentence.</param>
/// <param name="Subordinate">The actor cast as subordinate, where the sentence says which.</param>
/// <param name="Dominant">The actor cast as dominant, where the sentence says which.</param>
public sealed record SentenceRecord(
    string Doc,
    int Sentence,
    int Start,
    int End,
    string Text,
    IReadOnlyList<string> Frames,
    IReadOnlyList<MatchRecord> Matches,
    IReadOnlyList<ActorRecord> Actors,
    string? Subordinate,
    string? Dominant)
{
    /// <summary>Converts the matcher's result for one sentence.</summary>
    public static SentenceRecord From(SentenceFrames sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return new(
            sentence.DocumentId,
            sentence.Index,
            sentence.Start,
            sentence.End,
            sentence.Text,
            [.. sentence.Frames],
            [.. sentence.Matches.Select(m => new MatchRecord(m.FrameId, m.Pattern, m.Text, m.Start, m.End, m.RoutedFrom))],
            [.. sentence.Actors.Select(a => new ActorRecord(a.ActorId, a.Text, a.Start, a.End))],
            sentence.Subordinate,
            sentence.Dominant);
    }
}

/// <summary>One pattern match: which frame, which pattern, the matched text and its offsets.</summary>
/// <param name="Frame">Frame id.</param>
/// <param name="Pattern">The codebook pattern that matched.</param>
/// <param name="Text">The matched original text.</param>
/// <param name="Start">Offset of the match in the original file text.</param>
/// <param name="End">Offset one past the match.</param>
/// <param name="RoutedFrom">When a negated cue was routed to this frame, the frame it was a cue for.</param>
public sealed record MatchRecord(string Frame, string Pattern, string Text, int Start, int End, string? RoutedFrom);

/// <summary>An actor mention.</summary>
/// <param name="Actor">Actor id from the codebook.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Start">Offset in the original file text.</param>
/// <param name="End">Offset one past the mention.</param>
public sealed record ActorRecord(string Actor, string Text, int Start, int End);
