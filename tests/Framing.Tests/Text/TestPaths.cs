namespace Framing.Tests.Text;

/// <summary>Locates test data relative to the repository root (the folder holding Analysis.sln).</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Spec(string name) => Path.Combine(RepositoryRoot, "tests", "Framing.Tests", "Text", "Specs", name);

    /// <summary>
    /// The UD English EWT folder: $FRAMING_UD_EWT, or shared/ud/en_ewt beside an ancestor of the
    /// repository (the workspace layout), or null when absent.
    /// </summary>
    public static string? EwtDirectory { get; } = FindEwt();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Analysis.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }

    private static string? FindEwt()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("FRAMING_UD_EWT");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "ud", "en_ewt");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
