using System.Collections.Immutable;
using System.Reflection;

using Framing.Text;

namespace Framing.Frames;

/// <summary>
/// A frame codebook: frames with their definitions and patterns, the actor list and the negation
/// settings. Load one with <see cref="Load"/> or <see cref="Parse"/>, or use <see cref="LoadDefault"/>
/// (the shipped <c>notebooks/codebook.yaml</c>); then <see cref="Match"/> a processed document.
/// </summary>
public sealed class Codebook
{
    private const string DefaultResource = "Framing.Frames.codebook.yaml";

    internal Codebook(ImmutableArray<FrameDefinition> frames, ImmutableArray<ActorDefinition> actors, NegationSettings negation, string source)
    {
        Frames = frames;
        Actors = actors;
        Negation = negation;
        Source = source;
    }

    /// <summary>Negation settings used when a codebook has no <c>negation</c> section.</summary>
    public static NegationSettings DefaultNegation { get; } = new(
        Window: 5,
        Negators: ["not", "n't", "no", "never", "neither", "nor", "without", "hardly", "barely", "scarcely", "cannot", "none", "nothing", "rather"],
        ClauseBreaks: [",", ";", ":", "(", ")", "[", "]", "\u2014", "\u2013", "--", "but", "however", "although", "though", "while", "whereas", "yet"],
        Ignore: [Pattern.Parse("not only"), Pattern.Parse("not just"), Pattern.Parse("no doubt"), Pattern.Parse("no less")]);

    /// <summary>The frames, in codebook order (outputs list frames in this order).</summary>
    public ImmutableArray<FrameDefinition> Frames { get; }

    /// <summary>The actors, in codebook order.</summary>
    public ImmutableArray<ActorDefinition> Actors { get; }

    /// <summary>How negation scope is decided.</summary>
    public NegationSettings Negation { get; }

    /// <summary>Where the codebook came from (a file path or a resource name), used in messages.</summary>
    public string Source { get; }

    /// <summary>Reads a codebook file.</summary>
    /// <param name="path">Path of the YAML file.</param>
    /// <returns>The codebook.</returns>
    /// <exception cref="FramingException">The file is missing or unreadable, or an entry is invalid (the message gives file, line and entry).</exception>
    public static Codebook Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FramingException($"Cannot read the codebook: {e.Message}", path, hint: "Check the --codebook path.", innerException: e);
        }

        return Parse(yaml, path);
    }

    /// <summary>Parses codebook YAML.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="source">Name used in error messages (usually the file path).</param>
    /// <returns>The codebook.</returns>
    /// <exception cref="FramingException">An entry is invalid; the message gives the source, the line and the entry.</exception>
    public static Codebook Parse(string yaml, string source = "codebook")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(source);
        return new CodebookReader(source).Read(yaml);
    }

    /// <summary>The default codebook shipped with the library (a copy of <c>notebooks/codebook.yaml</c>).</summary>
    /// <returns>The codebook.</returns>
    public static Codebook LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Resource {DefaultResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "notebooks/codebook.yaml");
    }

    /// <summary>The frame with id <paramref name="id"/>.</summary>
    /// <param name="id">A frame id.</param>
    /// <returns>The frame definition.</returns>
    /// <exception cref="KeyNotFoundException">No such frame.</exception>
    public FrameDefinition Frame(string id) =>
        Frames.FirstOrDefault(f => f.Id == id) ?? throw new KeyNotFoundException($"The codebook has no frame '{id}'.");

    /// <summary>Matches a processed document (tokens and sentences); see <see cref="FrameMatcher.Match"/>.</summary>
    /// <param name="document">A document that has been through the tokenizer and sentence splitter.</param>
    /// <param name="cancellationToken">Cancels between sentences.</param>
    /// <returns>One result per sentence.</returns>
    public DocumentFrames Match(Document document, CancellationToken cancellationToken = default) =>
        new FrameMatcher(this).Match(document, cancellationToken);
}
