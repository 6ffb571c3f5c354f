using System.Collections.Immutable;

using Framing.Corpus;
using Framing.Frames;
using Framing.Text;
using Framing.Validation;

namespace Framing.Tests.Frames;

/// <summary>Finds the repository, the seeds and the hand-coded fixtures, and runs the matcher over the seeds.</summary>
internal static class SeedSet
{
    public static readonly string[] FrameIds = ["asymmetry", "junior_partner", "restraint", "alignment"];

    public static string RepositoryRoot { get; } = FindRoot();

    public static string HandCodedDirectory => Path.Combine(RepositoryRoot, "tests", "Framing.Tests", "TestData", "handcoded");

    public static string CodebookPath => Path.Combine(RepositoryRoot, "notebooks", "codebook.yaml");

    public static ImmutableArray<HandCodedSentence> HandCoded(string file) => HandCodedFile.Load(Path.Combine(HandCodedDirectory, file));

    /// <summary>The seeds as `framing frames` sees them: corpus loader (cleaned body regions), then the English pipeline.</summary>
    public static ImmutableArray<Document> Seeds() =>
        [.. CorpusLoader.Load(Path.Combine(RepositoryRoot, "seeds")).Documents
            .Select(d => EnglishPipeline.Default.Process(d.ToDocument(), CancellationToken.None))];

    /// <summary>The spans the corpus cleaner removed, per document id.</summary>
    public static ImmutableDictionary<string, ImmutableArray<TextSpan>> Removed(string directory) =>
        CorpusLoader.LoadFiles(Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)).Documents
            .ToImmutableDictionary(d => d.Id, d => d.Removed.Select(r => r.Span).ToImmutableArray());

    /// <summary>
    /// Hand-coded sentences the scoring could not align, other than those that lie inside page chrome
    /// the corpus cleaner removed (headlines repeated as titles, captions): those are expected.
    /// </summary>
    public static ImmutableArray<UnmatchedSentence> UnexpectedUnmatched(ValidationReport report, string directory)
    {
        var removed = Removed(directory);
        return [.. report.Unmatched.Where(u => !(u.HandCoded.Start is { } s && u.HandCoded.End is { } e
            && removed.TryGetValue(u.HandCoded.DocumentId, out var spans)
            && spans.Any(r => r.Overlaps(new TextSpan(s, e)))))];
    }

    /// <summary>Every .txt of <paramref name="directory"/> through the corpus loader and the English pipeline.</summary>
    public static ImmutableArray<Document> Load(string directory) =>
        [.. CorpusLoader.LoadFiles(Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)).Documents
            .Select(d => EnglishPipeline.Default.Process(d.ToDocument(), CancellationToken.None))];

    /// <summary>The documents of <paramref name="directory"/> (every .txt), tokenized with the test tokenizer.</summary>
    public static ImmutableArray<Document> Documents(string directory) =>
        [.. Directory.GetFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal))
            .Select(f => TestDocuments.Create(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f)))];

    public static ImmutableArray<PredictedSentence> Predict(Codebook codebook, IEnumerable<Document> documents) =>
        PredictedSentence.From(documents.Select(d => codebook.Match(d)));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Analysis.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }
}
