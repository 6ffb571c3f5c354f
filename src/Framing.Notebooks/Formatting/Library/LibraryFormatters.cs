using Framing.Actors;
using Framing.Concordance;
using Framing.Frames;
using Framing.Reuse;
using Framing.Statistics;
using Framing.Validation;

namespace Framing.Notebooks.Formatting.Library;

/// <summary>
/// Registers HTML formatters for the core library's result types that would otherwise show as raw
/// member dumps: keyword-in-context tables, frame matches per sentence, the codebook, keyness,
/// similarity, frame rates, validation, text reuse and evidence-linked claims. Every formatter escapes
/// all text it takes from the value (article text is untrusted).
/// </summary>
public static class LibraryFormatters
{
    /// <summary>Registers every library formatter through <see cref="NotebookFormatters.Register{T}"/>.</summary>
    public static void RegisterAll()
    {
        NotebookFormatters.Register<KwicTable>(KwicFormatter.ToHtml, KwicFormatter.ToPlainText);
        NotebookFormatters.Register<DocumentFrames>(FramesFormatter.ToHtml, f => $"Frames in {f.DocumentId}: {f.Sentences.Count(s => !s.Frames.IsEmpty)} of {f.Sentences.Length} sentences framed");
        NotebookFormatters.Register<SentenceFrames>(FramesFormatter.ToHtml, s => $"{s.DocumentId}#{s.Index} [{string.Join(", ", s.Frames)}] {s.Text}");
        NotebookFormatters.Register<Codebook>(FramesFormatter.ToHtml, c => $"Codebook {c.Source}: {string.Join(", ", c.Frames.Select(f => f.Id))}");
        NotebookFormatters.Register<KeynessResult>(StatisticsFormatter.ToHtml, k => $"Keyness of {k.TargetGroup}: {k.Positive().Count()} key features");
        NotebookFormatters.Register<SimilarityMatrix>(StatisticsFormatter.ToHtml, m => $"{m.Measure} similarity of {m.Labels.Length} documents");
        NotebookFormatters.Register<FrameRateTable>(StatisticsFormatter.ToHtml, t => $"Frame rates: {t.Groups.Length} groups × {t.Frames.Length} frames");
        NotebookFormatters.Register<ValidationReport>(ValidationFormatter.ToHtml, r => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Validation: {r.Aligned.Length} sentences aligned, micro P {r.MicroPrecision:F2} R {r.MicroRecall:F2}"));
        NotebookFormatters.Register<ConfusionTable>(ValidationFormatter.Confusion, t => "Confusion table");
        NotebookFormatters.Register<ActorRoleTable>(StatisticsFormatter.ToHtml, t => $"Actor roles: {t.Rows.Length} rows");
        NotebookFormatters.Register<ReuseReport>(EvidenceFormatter.ToHtml, r => $"Reuse: {r.Pairs.Length} document pairs share text");
        NotebookFormatters.Register<ClaimTable>(EvidenceFormatter.ToHtml, t => $"{t.Title}: {t.Claims.Length} claims");
    }
}
