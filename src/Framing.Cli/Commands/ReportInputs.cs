using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;

using Framing.Notebooks.Reports;
using Framing.Notebooks.Running;

namespace Framing.Cli.Commands;

/// <summary>Resolves what <c>framing report</c> runs and records: notebooks, parameters, provenance inputs, version and commit.</summary>
public static class ReportInputs
{
    /// <summary>Parameter names whose value is the corpus folder (the notebooks use <c>corpus</c>).</summary>
    public static readonly ImmutableArray<string> CorpusParameterNames = ["corpus", "corpusDir"];

    /// <summary>Parameter names whose value is the codebook file.</summary>
    public static readonly ImmutableArray<string> CodebookParameterNames = ["codebook", "codebookPath"];

    /// <summary>The tool's informational version.</summary>
    public static string ToolVersion { get; } =
        typeof(ReportInputs).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>Expands folders to their <c>*.ipynb</c> files (name order) and checks that files exist.</summary>
    public static IReadOnlyList<string> FindNotebooks(IEnumerable<string> arguments, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var notebooks = new List<string>();
        foreach (var argument in arguments)
        {
            var path = environment.Resolve(argument);
            if (Directory.Exists(path))
            {
                notebooks.AddRange(Directory.EnumerateFiles(path, "*.ipynb").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                notebooks.Add(path);
            }
            else
            {
                throw new CliUsageException($"'{argument}' is neither a notebook file nor a folder. Pass --notebooks DIR or --notebooks FILE.ipynb.");
            }
        }

        return notebooks.Count > 0
            ? notebooks
            : throw new CliUsageException("No .ipynb notebooks were found. Pass --notebooks with a folder that holds .ipynb files.");
    }

    /// <summary>Parses <c>name=value</c> arguments; values naming an existing path become absolute paths.</summary>
    public static ImmutableArray<KeyValuePair<string, object?>> ParseParameters(IEnumerable<string> arguments, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var parameters = ImmutableArray.CreateBuilder<KeyValuePair<string, object?>>();
        foreach (var argument in arguments)
        {
            KeyValuePair<string, object?> parameter;
            try
            {
                parameter = NotebookParameters.ParseAssignment(argument);
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or Framing.Notebooks.NotebookException)
            {
                throw new CliUsageException($"--param '{argument}': {exception.Message} Write it as name=value, for example --param corpus=my-articles.", exception);
            }

            if (parameter.Value is string text && text.Length > 0 && (File.Exists(environment.Resolve(text)) || Directory.Exists(environment.Resolve(text))))
            {
                parameter = KeyValuePair.Create<string, object?>(parameter.Key, environment.Resolve(text));
            }

            parameters.Add(parameter);
        }

        return parameters.ToImmutable();
    }

    /// <summary>The folder holding Analysis.sln above <paramref name="notebookPath"/>, or null outside the workspace.</summary>
    public static string? FindWorkspaceRoot(string notebookPath)
    {
        for (var directory = new FileInfo(notebookPath).Directory; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analysis.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The files a report depends on: the notebook, the corpus files and manifest, and the codebook.</summary>
    public static IEnumerable<ProvenanceInput> ProvenanceInputs(string notebookPath, ImmutableArray<KeyValuePair<string, object?>> parameters, string? workspaceRoot)
    {
        ArgumentNullException.ThrowIfNull(notebookPath);
        var notebookDirectory = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        var label = workspaceRoot ?? notebookDirectory;
        yield return new ProvenanceInput("notebook " + Relative(label, notebookPath), notebookPath);

        var corpus = Lookup(parameters, CorpusParameterNames) ?? (workspaceRoot is null ? null : Path.Combine(workspaceRoot, "seeds"));
        if (corpus is not null && Directory.Exists(corpus))
        {
            foreach (var file in Directory.EnumerateFiles(corpus).Where(IsCorpusFile).Order(StringComparer.Ordinal))
            {
                yield return new ProvenanceInput((Path.GetExtension(file) == ".txt" ? "corpus " : "manifest ") + Relative(label, file), file);
            }
        }

        var codebook = Lookup(parameters, CodebookParameterNames) ?? Path.Combine(notebookDirectory, "codebook.yaml");
        if (File.Exists(codebook))
        {
            yield return new ProvenanceInput("codebook " + Relative(label, codebook), codebook);
        }
    }

    /// <summary>The commit of the workspace's git checkout, or "unknown" when git or the checkout is absent.</summary>
    public static string GitCommit(string? workspaceRoot)
    {
        if (workspaceRoot is null)
        {
            return "unknown";
        }

        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", workspaceRoot, "rev-parse", "HEAD"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return "unknown";
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length > 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static bool IsCorpusFile(string file) =>
        Path.GetExtension(file) is ".txt" or ".yaml" or ".yml" or ".json";

    private static string? Lookup(ImmutableArray<KeyValuePair<string, object?>> parameters, ImmutableArray<string> names) =>
        parameters.Where(p => names.Contains(p.Key, StringComparer.Ordinal)).Select(p => p.Value as string).LastOrDefault();

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
