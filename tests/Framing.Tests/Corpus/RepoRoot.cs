namespace Framing.Tests.Corpus;

/// <summary>Finds files relative to the repository root (the folder holding Analysis.sln).</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Seeds => System.IO.Path.Combine(Path, "seeds");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Analysis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }
}
