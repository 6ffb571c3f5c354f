using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Framing.Text.Lexicon;

/// <summary>
/// A read-only map from lower-cased English word forms to <see cref="LexicalTraits"/>. The default
/// lexicon is embedded in the library; it was built by <see cref="LexiconBuilder"/> from WordNet 3.0
/// and the SCOWL word list (see THIRD-PARTY-NOTICES.md). Thread-safe.
/// </summary>
public sealed class EnglishLexicon
{
    private const string Magic = "FRAMING-LEXICON";
    private const int FormatVersion = 1;
    private const string ResourceName = "Framing.Resources.en_lexicon.bin";

    private static readonly Lazy<EnglishLexicon> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordTable _words;

    internal EnglishLexicon(Dictionary<string, LexicalTraits> entries)
        : this(new WordTable([.. entries.OrderBy(static e => e.Key, StringComparer.Ordinal).Select(static e => (e.Key, e.Value))]), null)
    {
    }

    private EnglishLexicon(WordTable words, byte[]? serialized)
    {
        _words = words;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(serialized ?? Serialize()))[..16];
    }

    /// <summary>The lexicon embedded in the library (loaded once, on first use).</summary>
    public static EnglishLexicon Default => Embedded.Value;

    /// <summary>A lexicon that knows no word (for training a tagger without one).</summary>
    public static EnglishLexicon Empty { get; } = new(new Dictionary<string, LexicalTraits>(StringComparer.Ordinal));

    /// <summary>Number of word forms.</summary>
    public int Count => _words.Count;

    /// <summary>First 16 hex digits of the SHA-256 of the lexicon's content: a model records the lexicon it was trained with.</summary>
    public string Fingerprint { get; }

    /// <summary>The flags of a lower-cased word form (<see cref="LexicalTraits.None"/> when unknown).</summary>
    public LexicalTraits FlagsOf(ReadOnlySpan<char> lowerCased) =>
        _words.Find(lowerCased);

    /// <summary>The flags of <paramref name="word"/> written in any case: it is lower-cased (invariant rules) first.</summary>
    public LexicalTraits FlagsOfWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = word.ToLowerInvariant(buffer);
        return _words.Find(buffer[..length]);
    }

    /// <summary>Writes the lexicon (Brotli-compressed, sorted, front-coded). The same entries always give the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        brotli.Write(Serialize());
    }

    /// <summary>Writes the lexicon to a file, creating or replacing it.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Reads a lexicon written by <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a lexicon of this format.</exception>
    public static EnglishLexicon Load(Stream stream, string sourceName = "(stream)")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            var serialized = BrotliPayload.Read(stream);
            using var reader = new BinaryReader(new MemoryStream(serialized), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException($"{sourceName} is not a Framing lexicon of format {FormatVersion}. Build one with LexiconBuilder.");
            }

            var count = reader.ReadInt32();
            var entries = new (string Word, LexicalTraits Traits)[count];
            var previous = string.Empty;
            for (var i = 0; i < count; i++)
            {
                var shared = reader.Read7BitEncodedInt();
                var word = string.Concat(previous.AsSpan(0, shared), reader.ReadString());
                entries[i] = (word, (LexicalTraits)reader.Read7BitEncodedInt());
                previous = word;
            }

            // The strings above are short-lived: the table copies their characters into one array.
            return new EnglishLexicon(new WordTable(entries), serialized);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException($"{sourceName} is truncated or corrupt ({ex.Message}). Rebuild or re-copy the lexicon file.", ex);
        }
    }

    /// <summary>Reads a lexicon file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a lexicon of this format.</exception>
    public static EnglishLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Lexicon file not found: {path}.", path);
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    private byte[] Serialize()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(_words.Count);
            ReadOnlySpan<char> previous = [];
            for (var i = 0; i < _words.Count; i++)
            {
                var word = _words.WordAt(i);
                var shared = previous.CommonPrefixLength(word);
                if (shared > 0 && char.IsHighSurrogate(word[shared - 1]))
                {
                    shared--; // never split a surrogate pair: each piece must be valid UTF-16
                }

                writer.Write7BitEncodedInt(shared);
                writer.Write(word[shared..].ToString());
                writer.Write7BitEncodedInt((int)_words.TraitsAt(i));
                previous = word;
            }
        }

        return buffer.ToArray();
    }

    private static EnglishLexicon LoadEmbedded()
    {
        using var stream = typeof(EnglishLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon '{ResourceName}' is missing from {typeof(EnglishLexicon).Assembly.GetName().Name}. Rebuild the library with src/Framing/Resources/en_lexicon.bin present.");
        return Load(stream, ResourceName);
    }
}
