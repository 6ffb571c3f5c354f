using System.CommandLine;

namespace Framing.Cli.Commands;

/// <summary>Options shared by several commands, with the same names and defaults everywhere.</summary>
public static class CommonOptions
{
    /// <summary><c>--corpus DIR</c>: the folder of article .txt files and their manifest (default <c>seeds</c>).</summary>
    public static Option<string> Corpus() => new("--corpus")
    {
        Description = "Folder of article .txt files and their manifest.yaml.",
        DefaultValueFactory = _ => "seeds",
        HelpName = "DIR",
    };

    /// <summary><c>--codebook FILE</c>: the frame codebook (default <c>notebooks/codebook.yaml</c>).</summary>
    public static Option<string> Codebook() => new("--codebook")
    {
        Description = "Frame codebook YAML file.",
        DefaultValueFactory = _ => Path.Combine("notebooks", "codebook.yaml"),
        HelpName = "FILE",
    };

    /// <summary><c>--format</c> restricted to <paramref name="formats"/>; the first is the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", formats) + ".",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
