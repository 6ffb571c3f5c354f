using System.IO.Compression;
using System.Text;

using Framing.Text.Lemmatization.Learned;
using Framing.Text.Lexicon;

namespace Framing.Text.Tagging;

/// <summary>
/// A trained English model: the UPOS/XPOS tagger and the learned lemmatizer, saved together in
/// one compact binary file (Brotli-compressed, half-precision weights). The model trained on UD
/// English EWT ships inside the library: see <see cref="Default"/>.
/// </summary>
public sealed class TaggerModel
{
    private const string Magic = "FRAMING-TAGGER";
    private const int FormatVersion = 2;
    private const string ResourceName = "Framing.Resources.en_ewt.model";

    private static readonly Lazy<TaggerModel> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TaggerWeights _weights;
    private readonly XposTable _xpos;
    private readonly LemmaTable _lemmas;
    private readonly RefinerWeights? _refiner;
    private readonly Lazy<PerceptronTagger> _tagger;
    private readonly Lazy<LearnedLemmatizer> _lemmatizer;
    private readonly Lazy<TaggingLemmatizer> _taggerAndLemmatizer;

    internal TaggerModel(TaggerWeights weights, XposTable xpos, LemmaTable lemmas, string description, EnglishLexicon lexicon, RefinerWeights? refiner = null)
    {
        _weights = weights;
        Lexicon = lexicon;
        _refiner = refiner;
        _xpos = xpos;
        _lemmas = lemmas;
        Description = description;
        _tagger = new Lazy<PerceptronTagger>(() => new PerceptronTagger(_weights, _xpos, Lexicon, _refiner), LazyThreadSafetyMode.ExecutionAndPublication);
        _lemmatizer = new Lazy<LearnedLemmatizer>(() => new LearnedLemmatizer(_lemmas, Lexicon), LazyThreadSafetyMode.ExecutionAndPublication);
        _taggerAndLemmatizer = new Lazy<TaggingLemmatizer>(() => new TaggingLemmatizer(Tagger, Lemmatizer), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The model trained on UD English EWT, embedded in this library; loaded once, on first use.</summary>
    public static TaggerModel Default => Embedded.Value;

    /// <summary>How the model was trained (data, epochs, dev accuracy).</summary>
    public string Description { get; }

    /// <summary>The English lexicon the tagger's lexicon features read (the one it was trained with).</summary>
    public EnglishLexicon Lexicon { get; }

    /// <summary>Whether the tagger has the second, right-context pass.</summary>
    public bool HasSecondPass => _refiner is not null;

    /// <summary>Number of weight rows (hashed features) kept.</summary>
    public int FeatureCount => _weights.Rows.Count;

    /// <summary>The tagger step (built on first use, then shared).</summary>
    public PerceptronTagger Tagger => _tagger.Value;

    /// <summary>
    /// One step that tags and lemmatises (the trained pipeline uses it): the same annotation as
    /// <see cref="Tagger"/> followed by <see cref="Lemmatizer"/>, with half the token copies.
    /// </summary>
    public IPipelineStep TaggerAndLemmatizer => _taggerAndLemmatizer.Value;

    /// <summary>The lemmatizer step (built on first use, then shared).</summary>
    public LearnedLemmatizer Lemmatizer => _lemmatizer.Value;

    /// <summary>Writes the model. The same model always gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Description);
        _weights.Write(writer);
        _xpos.Write(writer);
        _lemmas.Write(writer);
        writer.Write(_refiner is not null);
        _refiner?.Write(writer);

        // The default lexicon is referred to by fingerprint; any other is stored in the model.
        writer.Write(Lexicon.Fingerprint);
        var ownLexicon = Lexicon.Fingerprint != EnglishLexicon.Default.Fingerprint;
        writer.Write(ownLexicon);
        if (ownLexicon)
        {
            using var lexiconBytes = new MemoryStream();
            Lexicon.Save(lexiconBytes);
            writer.Write((int)lexiconBytes.Length);
            writer.Write(lexiconBytes.GetBuffer(), 0, (int)lexiconBytes.Length);
        }
        writer.Write(Magic);
    }

    /// <summary>Writes the model to a file, creating or replacing it.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">The model bytes.</param>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <exception cref="InvalidDataException">The stream is not a model of this format version.</exception>
    public static TaggerModel Load(Stream stream, string sourceName = "(stream)")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(BrotliPayload.Read(stream)), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{sourceName} is not a Framing tagger model. Train one with 'framing train' or use TaggerModel.Default.");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"{sourceName} has model format {version}; this library reads format {FormatVersion}. Retrain the model with this version.");
            }

            var description = reader.ReadString();
            var weights = TaggerWeights.Read(reader, sourceName);
            var xpos = XposTable.Read(reader);
            var lemmas = LemmaTable.Read(reader);
            var refiner = reader.ReadBoolean() ? RefinerWeights.Read(reader) : null;
            var fingerprint = reader.ReadString();
            var lexicon = reader.ReadBoolean()
                ? EnglishLexicon.Load(new MemoryStream(reader.ReadBytes(reader.ReadInt32())), sourceName)
                : EnglishLexicon.Default;
            if (lexicon.Fingerprint != fingerprint)
            {
                throw new InvalidDataException($"{sourceName} was trained with lexicon {fingerprint}, but this library embeds lexicon {lexicon.Fingerprint}. Retrain the model with this version.");
            }
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{sourceName} is truncated or corrupt (end marker missing). Retrain or re-copy the model file.");
            }

            return new TaggerModel(weights, xpos, lemmas, description, lexicon, refiner);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or InvalidOperationException && ex is not InvalidDataException)
        {
            throw new InvalidDataException($"{sourceName} is truncated or corrupt ({ex.Message}). Retrain or re-copy the model file.", ex);
        }
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a model of this format version.</exception>
    public static TaggerModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Model file not found: {path}. Train one with 'framing train' or use the embedded model.", path);
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    private static TaggerModel LoadEmbedded()
    {
        using var stream = typeof(TaggerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded model '{ResourceName}' is missing from {typeof(TaggerModel).Assembly.GetName().Name}. Rebuild the library with src/Framing/Resources/en_ewt.model present.");
        return Load(stream, ResourceName);
    }
}
