using System.Collections.Immutable;

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
