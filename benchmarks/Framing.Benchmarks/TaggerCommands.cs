using System.Diagnostics;
using System.Globalization;

using Framing.Text;
using Framing.Text.Evaluation;
using Framing.Text.Tagging;

namespace Framing.Benchmarks;

/// <summary>
/// <c>train TRAIN DEV OUT [epochs]</c>, <c>evaluate GOLD [--gold-tokenization] [--model FILE]</c>,
/// <c>lexicon WORDNET_DIR WORD_LIST OUT</c> and the <c>load</c>, <c>annotate</c> and <c>speed</c> checks.
/// </summary>
internal static class TaggerCommands
{
    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        switch (args[0])
        {
            case "train":
                var options = new TaggerTrainingOptions { Log = output.WriteLine };
                if (args.Length > 4)
                {
                    options = options with { Epochs = int.Parse(args[4], CultureInfo.InvariantCulture) };
                }

                var watch = Stopwatch.StartNew();
                var model = TaggerTrainer.Train(args[1], args[2], options);
                model.Save(args[3]);
                output.WriteLine(model.Description);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{model.FeatureCount} feature rows, {new FileInfo(args[3]).Length} bytes, trained in {watch.Elapsed.TotalSeconds:F1} s"));
                return true;
            case "lexicon":
                // lexicon WORDNET_DIR WORD_LIST OUT: rebuilds src/Framing/Resources/en_lexicon.bin.
                var lexicon = Framing.Text.Lexicon.LexiconBuilder.Build(args[1], args[2]);
                lexicon.Save(args[3]);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lexicon.Count} word forms, fingerprint {lexicon.Fingerprint}, {new FileInfo(args[3]).Length} bytes"));
                return true;
            case "evaluate":
                var gold = args.Contains("--gold-tokenization");
                var modelIndex = Array.IndexOf(args, "--model");
                var loadWatch = Stopwatch.StartNew();
                var loaded = modelIndex > 0 ? TaggerModel.Load(args[modelIndex + 1]) : TaggerModel.Default;
                _ = loaded.Tagger;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model load: {loadWatch.Elapsed.TotalMilliseconds:F0} ms"));
                var system = gold
                    ? TrainedPipeline.CreateTaggerAndLemmatizer(loaded)
                    : TrainedPipeline.Create(loaded);
                var outIndex = Array.IndexOf(args, "--out");
                output.Write(ConlluEvaluator.Evaluate(args[1], (document, token) =>
                {
                    var result = system.Process(document, token);
                    if (outIndex > 0)
                    {
                        File.WriteAllText(args[outIndex + 1], Framing.Text.Conllu.ConlluWriter.DocumentToText(result));
                    }

                    return result;
                }, gold));
                return true;
            case "load":
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var total = Stopwatch.StartNew();
                _ = Framing.Text.Lexicon.EnglishLexicon.Default;
                var lexiconMs = total.Elapsed.TotalMilliseconds;
                var bytes = File.ReadAllBytes(args[1]);
                var read = total.Elapsed.TotalMilliseconds;
                var m = TaggerModel.Load(new MemoryStream(bytes));
                var parsed = total.Elapsed.TotalMilliseconds;
                _ = m.Tagger;
                var built = total.Elapsed.TotalMilliseconds;
                _ = m.Lemmatizer;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lexicon {lexiconMs:F0} ms, read {read:F0} ms, parsed {parsed:F0} ms, tagger built {built:F0} ms, total {total.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU"));
                return true;
            case "annotate":
                // word/UPOS/lemma per token, one sentence per line, for checking news text by eye.
                var annotated = TrainedPipeline.Default.Process("text", File.ReadAllText(args[1]));
                foreach (var sentence in annotated.Sentences)
                {
                    output.WriteLine(string.Join(' ', annotated.TokensOf(sentence).ToArray().Select(t => $"{t.Text}/{t.Upos}/{t.Lemma}")));
                }

                return true;
            case "loop":
                // loop SECONDS: runs the full trained pipeline on EWT dev text, for a profiler to attach.
                var loopText = GoldText.Build(Framing.Text.Conllu.ConlluReader.ReadFile(PipelineBenchmarks.EwtFile("en_ewt-ud-dev.conllu"))).ToRawDocument("d");
                var until = Stopwatch.StartNew();
                var runs = 0;
                while (until.Elapsed.TotalSeconds < double.Parse(args[1], CultureInfo.InvariantCulture))
                {
                    _ = TrainedPipeline.Default.Process(loopText);
                    runs++;
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs"));
                return true;
            case "speed":
                // Quick per-step timing (the BenchmarkDotNet class is the reference measurement).
                var bench = new PipelineBenchmarks();
                bench.Setup();
                var tokenized = TrainedPipeline.Default.Process(new Document("x", "warm up."));
                var split = new Framing.Text.Sentences.SentenceSplitter().Process(new Framing.Text.Tokenization.Tokenizer().Process(Framing.Text.Evaluation.GoldText.Build(Framing.Text.Conllu.ConlluReader.ReadFile(PipelineBenchmarks.EwtFile("en_ewt-ud-dev.conllu"))).ToRawDocument("d")));
                var tagged = TaggerModel.Default.Tagger.Process(split);
                // Minimum over rounds: the least disturbed measurement on a shared machine.
                var sentenceWords = split.Sentences.Select(x => split.TokensOf(x).ToArray().Select(t => t.Text).ToArray()).ToArray();
                var tagOut = new PartOfSpeech[512];
                var xposOut = new string?[512];
                var steps = new (string Name, Action Run)[]
                {
                    ("tokenizer", () => new Framing.Text.Tokenization.Tokenizer().Process(split)),
                    ("tag sentences (no Document)", () =>
                    {
                        foreach (var words in sentenceWords)
                        {
                            TaggerModel.Default.Tagger.Tag(words, tagOut, xposOut);
                        }
                    }),
                    ("tagger step", () => TaggerModel.Default.Tagger.Process(split)),
                    ("lemmatizer step", () => TaggerModel.Default.Lemmatizer.Process(tagged)),
                    ("full pipeline", () => TrainedPipeline.Default.Process(split.Text.Length > 0 ? new Document("d", split.Text) : split)),
                };
                foreach (var (name, run) in steps)
                {
                    var best = double.MaxValue;
                    var all = Stopwatch.StartNew();
                    var gen2 = GC.CollectionCount(2);
                    const int Rounds = 60;
                    for (var round = 0; round < Rounds; round++)
                    {
                        var sw = Stopwatch.StartNew();
                        run();
                        best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
                    }

                    var mean = all.Elapsed.TotalMilliseconds / Rounds;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: best {best:F2} ms = {split.Tokens.Length / best / 1000:F2} M tokens/s; mean {mean:F2} ms = {split.Tokens.Length / mean / 1000:F2} M tokens/s; {GC.CollectionCount(2) - gen2} gen-2 GCs"));
                }

                _ = tokenized;
                return true;
            default:
                return false;
        }
    }
}
