using BenchmarkDotNet.Attributes;

using Framing.Text;
using Framing.Text.Conllu;
using Framing.Text.Evaluation;
using Framing.Text.Sentences;
using Framing.Text.Tagging;
using Framing.Text.Tokenization;

namespace Framing.Benchmarks;

/// <summary>
/// Throughput of the English pipeline on the raw text of UD English EWT dev (about 25,000
/// tokens): the tokenizer alone (baseline), tokenizer and splitter, the trained tagger and
/// lemmatizer on tokenized text, and the full trained pipeline. Tokens per second = token count
/// (printed at setup) / mean time. Needs ../shared/ud/en_ewt or $FRAMING_UD_EWT.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private Document _raw = null!;
    private Document _split = null!;
    private Pipeline _trained = null!;
    private Pipeline _tagAndLemmatize = null!;

    /// <summary>Tokens in the benchmark text.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var gold = GoldText.Build(ConlluReader.ReadFile(EwtFile("en_ewt-ud-dev.conllu")));
        _raw = gold.ToRawDocument("ewt-dev");
        _trained = TrainedPipeline.Default;
        _tagAndLemmatize = TrainedPipeline.CreateTaggerAndLemmatizer();
        _split = _splitter.Process(_tokenizer.Process(_raw));
        TokenCount = _split.Tokens.Length;
        Console.WriteLine($"// Benchmark text: {gold.Text.Length} characters, {TokenCount} tokens, {_split.Sentences.Length} sentences");
    }

    [Benchmark(Baseline = true)]
    public Document Tokenizer() => _tokenizer.Process(_raw);

    [Benchmark]
    public Document TokenizerAndSplitter() => _splitter.Process(_tokenizer.Process(_raw));

    [Benchmark]
    public Document TaggerAndLemmatizer() => _tagAndLemmatize.Process(_split);

    [Benchmark]
    public Document FullTrainedPipeline() => _trained.Process(_raw);

    internal static string EwtFile(string name)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("FRAMING_UD_EWT");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, name)))
        {
            return Path.Combine(fromEnvironment, name);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "ud", "en_ewt", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} not found: set FRAMING_UD_EWT to the UD English EWT folder.", name);
    }
}
