using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;

using Framing.Corpus.Cleaning;
using Framing.Corpus.Manifest;

namespace Framing.Corpus;

/// <summary>
/// Loads a corpus: article <c>.txt</c> files plus an optional manifest (YAML or JSON) of their
/// metadata. Each file is decoded, cleaned of page chrome and checked for near-duplicates.
/// Every user error is a <see cref="FramingException"/> naming the file (and manifest line and field).
/// </summary>
public static class CorpusLoader
{
    /// <summary>Manifest file names looked for in a corpus folder, in this order.</summary>
    public static readonly ImmutableArray<string> ManifestNames = ["manifest.yaml", "manifest.yml", "manifest.json"];

    /// <summary>Loads every <c>*.txt</c> file directly inside <paramref name="directory"/>, with the folder's manifest if it has one.</summary>
    /// <exception cref="FramingException">The folder, the manifest or a file is unusable.</exception>
    public static Corpus Load(string directory, CorpusOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new FramingException($"The corpus folder '{directory}' does not exist.", directory, hint: "Pass the folder that holds the article .txt files.");
        }

        options ??= CorpusOptions.Default;
        var manifestPath = options.ManifestPath ?? FindManifest(directory);
        var files = Directory.EnumerateFiles(directory, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        var manifest = manifestPath is null ? null : ManifestReader.Read(manifestPath, Path.GetDirectoryName(Path.GetFullPath(manifestPath))!);
        if (manifest is not null)
        {
            // Entries may name their file explicitly ('file:'), possibly without the .txt extension.
            var known = files.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            var folder = Path.GetDirectoryName(Path.GetFullPath(manifest.Path))!;
            files.AddRange(manifest.Entries.Values.Select(e => Path.Combine(folder, e.FileName)).Where(f => !known.Contains(Path.GetFullPath(f))));
        }

        if (files.Count == 0)
        {
            throw new FramingException($"The corpus folder '{directory}' holds no .txt files.", directory, hint: "Add one UTF-8 .txt file per article.");
        }

        return Build(files, manifest, options, cancellationToken);
    }

    /// <summary>
    /// Loads the given files. The manifest is <see cref="CorpusOptions.ManifestPath"/> when set (entries
    /// for files not in the list are ignored); otherwise every document's metadata is inferred.
    /// </summary>
    /// <exception cref="FramingException">The manifest or a file is unusable, or two files share a stem.</exception>
    public static Corpus LoadFiles(IEnumerable<string> files, CorpusOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= CorpusOptions.Default;
        var manifest = options.ManifestPath is null ? null : ManifestReader.Read(options.ManifestPath, Path.GetDirectoryName(Path.GetFullPath(options.ManifestPath))!);
        var list = files.ToList();
        if (list.Count == 0)
        {
            throw new FramingException("No article files were given.", file: null, hint: "Pass at least one .txt file.");
        }

        return Build(list, manifest, options, cancellationToken);
    }

    private static Corpus Build(List<string> files, CorpusManifest? manifest, CorpusOptions options, CancellationToken cancellationToken)
    {
        var cleaner = new ArticleCleaner(options.Cleaning);
        var warnings = ImmutableArray.CreateBuilder<CorpusWarning>();
        var documents = new List<CorpusDocument>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var byFile = manifest?.Entries.Values.ToDictionary(
            e => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(manifest.Path))!, e.FileName)),
            StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stem = Path.GetFileNameWithoutExtension(file);
            var entry = byFile?.GetValueOrDefault(Path.GetFullPath(file)) ?? manifest?.Entries.GetValueOrDefault(stem);
            var id = entry?.Metadata.Id ?? stem;
            if (seen.TryGetValue(id, out var other))
            {
                throw new FramingException($"Two files have the id '{id}' (the other is '{other}').", file, hint: "Rename one of them; ids are file names without the extension.");
            }

            seen.Add(id, file);
            var document = LoadDocument(file, id, entry?.Metadata, options, cleaner, cancellationToken);
            documents.Add(document);
            AddWarnings(warnings, document, entry is null, manifest is not null);
        }

        var duplicates = NearDuplicateDetector.Find(documents, options.Duplicates, cancellationToken);
        return new Corpus(documents, duplicates, warnings.ToImmutable(), manifest?.Path, manifest?.Sha256);
    }

    private static CorpusDocument LoadDocument(string file, string id, ArticleMetadata? known, CorpusOptions options, ArticleCleaner cleaner, CancellationToken cancellationToken)
    {
        var bytes = ReadBytes(file, options.MaxFileBytes);
        var (text, encoding) = TextDecoder.Decode(bytes, file);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FramingException("The file holds no text (it is empty or only whitespace).", file, hint: "Remove it from the corpus folder or paste the article into it.");
        }

        var cleaned = cleaner.Clean(text, known ?? ArticleMetadata.Empty(id), cancellationToken);
        return new CorpusDocument(id, file, text, Convert.ToHexStringLower(SHA256.HashData(bytes)), encoding, cleaned.Metadata, cleaned.Body, cleaned.Removed);
    }

    /// <summary>Reads the file after checking its length, so an oversized file is never loaded into memory.</summary>
    internal static byte[] ReadBytes(string file, long maxBytes)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                throw new FramingException("The file does not exist.", file, hint: "Check the path.");
            }

            if (info.Length > maxBytes)
            {
                throw new FramingException(
                    string.Create(CultureInfo.InvariantCulture, $"The file is {info.Length:N0} bytes, over the limit of {maxBytes:N0} bytes for one article."),
                    file,
                    hint: "Split it into one file per article, or raise CorpusOptions.MaxFileBytes.");
            }

            if (info.Length == 0)
            {
                throw new FramingException("The file is empty.", file, hint: "Remove it from the corpus folder or paste the article into it.");
            }

            return File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FramingException("The file cannot be read: " + ex.Message, file, hint: "Check that it exists and is readable.", innerException: ex);
        }
    }

    private static void AddWarnings(ImmutableArray<CorpusWarning>.Builder warnings, CorpusDocument document, bool noEntry, bool hasManifest)
    {
        if (noEntry)
        {
            var inferred = document.Metadata.Inferred == InferredFields.None ? "nothing could be inferred" : "inferred: " + document.Metadata.Inferred.ToString().ToLowerInvariant();
            warnings.Add(new CorpusWarning(
                document.Id,
                document.FilePath,
                hasManifest ? $"No manifest entry for '{document.Id}'; metadata was inferred from the page ({inferred}). Add an entry to the manifest to set outlet and date." : $"No manifest; metadata was inferred from the page ({inferred})."));
        }

        if (document.Encoding.IsFallback)
        {
            warnings.Add(new CorpusWarning(document.Id, document.FilePath, $"The file is {document.Encoding.Detail}. Save it as UTF-8 if any characters look wrong."));
        }

        if (document.Body.IsEmpty)
        {
            warnings.Add(new CorpusWarning(document.Id, document.FilePath, "Cleaning kept no article text; check the removed spans or the cleaning options."));
        }
    }

    private static string? FindManifest(string directory)
    {
        var found = ManifestNames.Select(n => Path.Combine(directory, n)).Where(File.Exists).ToList();
        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => throw new FramingException(
                "The corpus folder has more than one manifest (" + string.Join(", ", found.Select(Path.GetFileName)) + ").", directory, hint: "Keep exactly one manifest file."),
        };
    }
}
