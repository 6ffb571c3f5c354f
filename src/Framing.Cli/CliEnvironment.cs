namespace Framing.Cli;

/// <summary>
/// What a command may touch outside its arguments: the output and error writers and the
/// working directory. Tests inject their own to run the real parser without a process.
/// </summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="WorkingDirectory">Directory that relative paths are resolved against.</param>
/// <param name="IsOutputRedirected">True when output goes to a file or pipe (progress is then written as plain lines).</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string WorkingDirectory, bool IsOutputRedirected)
{
    /// <summary>Standard input (for <c>--input -</c>).</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>The real console of the current process.</summary>
    public static CliEnvironment FromConsole() =>
        new(Console.Out, Console.Error, Directory.GetCurrentDirectory(), Console.IsOutputRedirected) { In = Console.In };

    /// <summary>Resolves <paramref name="path"/> against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
