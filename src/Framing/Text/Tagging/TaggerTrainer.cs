using System.Globalization;

using Framing.Text.Conllu;
using Framing.Text.Lemmatization.Learned;
using Framing.Text.Lexicon;

namespace Framing.Text.Tagging;

/// <summary>
/// Trains a <see cref="TaggerModel"/> from CoNLL-U: an averaged perceptron for UPOS (greedy,
/// left to right, predicted tag history), an XPOS table and a lemma table. Deterministic: the
/// sentence order of each epoch comes from a seeded shuffle, and ties break by index.
/// </summary>
public static class TaggerTrainer
{
    private const int C = TagSet.Count;
    private const int H = TagSet.HistoryCount;
    private const int Slots = 4;
    private const int FirstFeatureRow = H + (H * H);

    /// <summary>Trains on <paramref name="trainPath"/>, choosing the epoch by accuracy on <paramref name="devPath"/> (or the last epoch when null).</summary>
    /// <exception cref="ConlluFormatException">A file is malformed.</exception>
    public static TaggerModel Train(string trainPath, string? devPath, TaggerTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trainPath);
        var train = ConlluReader.ReadFile(trainPath, cancellationToken);
        IReadOnlyList<ConlluSentence>? dev = devPath is null ? null : ConlluReader.ReadFile(devPath, cancellationToken);
        return Train(train, dev, options, cancellationToken);
    }

    /// <summary>Trains on sentences already read.</summary>
    public static TaggerModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, TaggerTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        options ??= new TaggerTrainingOptions();
        var trainWords = Words(train, options.MaxSentences);
        if (trainWords.Count == 0)
        {
            throw new ArgumentException("The training data has no tagged sentences (every UPOS is _ or unknown).", nameof(train));
        }

        var devWords = dev is null ? [] : Words(dev, null);
        return Train(trainWords, devWords, options, cancellationToken);
    }

    private static TaggerModel Train(List<GoldWord[]> trainWords, List<GoldWord[]> devWords, TaggerTrainingOptions options, CancellationToken cancellationToken)
    {
        var ambiguity = AmbiguityClasses(trainWords, options);
        var lexicon = options.Lexicon ?? EnglishLexicon.Default;
        var features = new FeatureIndex(form => ambiguity.GetValueOrDefault(form.ToLowerInvariant()), lexicon);
        var trainSet = trainWords.ConvertAll(s => Encode(s, features, grow: true));
        var devSet = devWords.ConvertAll(s => Encode(s, features, grow: false));
        var fixedTags = FixedTags(trainWords, options, features.IsFrequent, out var vocabulary);
        foreach (var sentence in trainSet.Concat(devSet))
        {
            sentence.Fixed = Array.ConvertAll(sentence.Forms, f => fixedTags.TryGetValue(f, out var t) ? t : -1);
        }

        var perceptron = new AveragedPerceptron(features.RowCount * C);
        var order = Enumerable.Range(0, trainSet.Count).ToArray();
        var random = new Random(options.Seed);
        float[]? bestWeights = null;
        var bestAccuracy = -1.0;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var correct = 0;
            var total = 0;
            foreach (var index in order)
            {
                correct += TrainSentence(trainSet[index], perceptron, features);
                total += trainSet[index].Gold.Length;
            }

            var averaged = perceptron.Averaged();
            var devAccuracy = devSet.Count == 0 ? (double)epoch : Accuracy(devSet, averaged, features);
            options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: train {100.0 * correct / total:F2}%, dev {(devSet.Count == 0 ? double.NaN : 100 * devAccuracy):F2}%"));
            if (devAccuracy > bestAccuracy)
            {
                bestAccuracy = devAccuracy;
                bestWeights = averaged;
                bestEpoch = epoch;
            }
        }

        var devNote = devSet.Count == 0
            ? "."
            : string.Create(CultureInfo.InvariantCulture, $", dev UPOS accuracy {100 * bestAccuracy:F2}% (gold tokenization).");
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"Averaged perceptron, {trainSet.Count} training sentences, epoch {bestEpoch} of {options.Epochs}, seed {options.Seed}{devNote}");
        var weights = BuildWeights(bestWeights!, features, vocabulary, fixedTags, options.PruneBelow);
        weights = new TaggerWeights(weights.Rows, weights.FeatureWeights, weights.PreviousTag, weights.PreviousTwoTags, weights.Vocabulary, weights.FixedTags, Array.ConvertAll(vocabulary, v => features.AmbiguityOf(v)));
        var xpos = XposTable.Train(trainWords.SelectMany(static s => s).Select(static w => (w.Form, w.Upos, w.Xpos)));
        var lemmas = LemmaTable.Train(trainWords.SelectMany(static s => s).Select(static w => (w.Form, w.Upos, w.Lemma)));
        RefinerWeights? refiner = null;
        if (options.RefinerFolds > 1)
        {
            refiner = TrainRefiner(trainWords, devWords, new PerceptronTagger(weights, xpos, lexicon), options, cancellationToken, out var refinerSummary);
            description += " Second pass: " + refinerSummary + ".";
        }

        return new TaggerModel(weights, xpos, lemmas, description, lexicon, refiner);
    }

    /// <summary>
    /// Trains the second pass on jackknifed first-pass output: the training sentences are split
    /// into <see cref="TaggerTrainingOptions.RefinerFolds"/> folds (by position, deterministic), and
    /// each fold is tagged by a first-pass model trained on the others, so the refiner learns from
    /// first-pass mistakes as frequent as on unseen text.
    /// </summary>
    private static RefinerWeights TrainRefiner(List<GoldWord[]> trainWords, List<GoldWord[]> devWords, PerceptronTagger full, TaggerTrainingOptions options, CancellationToken cancellationToken, out string summary)
    {
        var folds = options.RefinerFolds;
        var examples = new RefinerExample[trainWords.Count];
        var foldOptions = options with { RefinerFolds = 0, Log = null };
        for (var fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var held = Enumerable.Range(0, trainWords.Count).Where(i => i % folds == fold).ToList();
            var rest = trainWords.Where((_, i) => i % folds != fold).ToList();
            var tagger = Train(rest, devWords, foldOptions, cancellationToken).Tagger;
            foreach (var i in held)
            {
                examples[i] = Example(tagger, trainWords[i]);
            }

            options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"refiner: fold {fold + 1} of {folds} tagged"));
        }

        var dev = devWords.ConvertAll(s => Example(full, s));
        return RefinerTrainer.Train(examples, dev, options.RefinerScale, options.RefinerEpochs, options.Seed, options.PruneBelow, options.Log, out summary);
    }

    private static RefinerExample Example(PerceptronTagger tagger, GoldWord[] sentence)
    {
        var (hashes, classes, scores, isFixed) = tagger.RunFirstPass(Array.ConvertAll(sentence, static w => w.Form));
        return new RefinerExample(hashes, classes, scores, isFixed, Array.ConvertAll(sentence, static w => TagSet.ClassOf(w.Upos)));
    }

    private static List<GoldWord[]> Words(IReadOnlyList<ConlluSentence> sentences, int? max)
    {
        var result = new List<GoldWord[]>();
        foreach (var sentence in sentences)
        {
            if (max is { } limit && result.Count >= limit)
            {
                break;
            }

            var words = sentence.Words;
            if (words.Length == 0 || words.Any(static w => w.PartOfSpeech == PartOfSpeech.None))
            {
                continue;
            }

            result.Add([.. words.Select(static w => new GoldWord(w.Form, w.PartOfSpeech, w.Xpos, w.Lemma))]);
        }

        return result;
    }

    private static EncodedSentence Encode(GoldWord[] words, FeatureIndex features, bool grow)
    {
        var sentence = new EncodedSentence(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            sentence.Forms[i] = words[i].Form;
            sentence.Gold[i] = TagSet.ClassOf(words[i].Upos);
            sentence.Words[i] = features.Get(words[i].Form, grow);
        }

        Span<ulong> keys = stackalloc ulong[FeatureKeys.StaticPairCount];
        for (var i = 0; i < words.Length; i++)
        {
            FeatureKeys.StaticPairKeys(sentence.Previous(i, features).Hash, sentence.Words[i].Hash, sentence.Next(i, features).Hash, keys);
            for (var k = 0; k < keys.Length; k++)
            {
                sentence.PairRows[(i * FeatureKeys.StaticPairCount) + k] = features.RowOf(keys[k], grow);
            }
        }

        return sentence;
    }

    /// <summary>
    /// Ambiguity class of each frequent lower-cased form: the bit mask of the tags it carries at
    /// least 2% of the time. Rare forms get none (they are treated as unknown words).
    /// </summary>
    private static Dictionary<string, int> AmbiguityClasses(List<GoldWord[]> sentences, TaggerTrainingOptions options)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var word in sentences.SelectMany(static s => s))
        {
            var lower = word.Form.ToLowerInvariant();
            if (!counts.TryGetValue(lower, out var row))
            {
                row = new int[C];
                counts[lower] = row;
            }

            row[TagSet.ClassOf(word.Upos)]++;
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (lower, row) in counts)
        {
            var total = row.Sum();
            if (total <= options.RareWordMaxCount)
            {
                continue;
            }

            var mask = 0;
            for (var c = 0; c < C; c++)
            {
                mask |= row[c] >= 0.02 * total ? 1 << c : 0;
            }

            result[lower] = mask;
        }

        return result;
    }

    private static Dictionary<string, int> FixedTags(List<GoldWord[]> sentences, TaggerTrainingOptions options, Func<string, bool> isFrequent, out string[] vocabulary)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var word in sentences.SelectMany(static s => s))
        {
            if (!counts.TryGetValue(word.Form, out var row))
            {
                row = new int[C];
                counts[word.Form] = row;
            }

            row[TagSet.ClassOf(word.Upos)]++;
        }

        vocabulary = [.. counts.Keys.Where(isFrequent).Order(StringComparer.Ordinal)];
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, row) in counts)
        {
            var total = row.Sum();
            var best = Array.IndexOf(row, row.Max());
            if (total >= options.FixedTagMinCount && row[best] >= options.FixedTagMinShare * total)
            {
                result[form] = best;
            }
        }

        return result;
    }

    /// <summary>One greedy pass with perceptron updates; returns the number of correct tags.</summary>
    private static int TrainSentence(EncodedSentence sentence, AveragedPerceptron perceptron, FeatureIndex features)
    {
        var rows = new List<int>(40);
        Span<float> scores = stackalloc float[C];
        var history1 = TagSet.Start;
        var history2 = TagSet.Start;
        var correct = 0;
        for (var i = 0; i < sentence.Gold.Length; i++)
        {
            var gold = sentence.Gold[i];
            int guess;
            if (sentence.Fixed[i] >= 0)
            {
                guess = sentence.Fixed[i];
                perceptron.Tick();
            }
            else
            {
                CollectRows(sentence, i, history1, history2, rows, features, grow: true);
                perceptron.EnsureSize(features.RowCount * C);
                guess = Score(rows, perceptron.Weights, scores);
                perceptron.Update(rows, gold, guess);
            }

            correct += guess == gold ? 1 : 0;
            history2 = history1;
            history1 = guess;
        }

        return correct;
    }

    private static double Accuracy(List<EncodedSentence> sentences, float[] weights, FeatureIndex features)
    {
        var rows = new List<int>(40);
        Span<float> scores = stackalloc float[C];
        var correct = 0;
        var total = 0;
        foreach (var sentence in sentences)
        {
            var history1 = TagSet.Start;
            var history2 = TagSet.Start;
            for (var i = 0; i < sentence.Gold.Length; i++)
            {
                int guess;
                if (sentence.Fixed[i] >= 0)
                {
                    guess = sentence.Fixed[i];
                }
                else
                {
                    CollectRows(sentence, i, history1, history2, rows, features, grow: false);
                    guess = Score(rows, weights, scores);
                }

                correct += guess == sentence.Gold[i] ? 1 : 0;
                total++;
                history2 = history1;
                history1 = guess;
            }
        }

        return (double)correct / total;
    }

    /// <summary>The weight rows active for token <paramref name="i"/>: the same features <see cref="PerceptronTagger"/> sums.</summary>
    private static void CollectRows(EncodedSentence sentence, int i, int history1, int history2, List<int> rows, FeatureIndex features, bool grow)
    {
        rows.Clear();
        rows.AddRange(sentence.Words[i].Own);
        var n = sentence.Gold.Length;
        var offsets = FeatureKeys.NeighbourOffsets;
        for (var s = 0; s < Slots; s++)
        {
            var j = i + offsets[s];
            var word = j < 0 ? features.StartRows : j >= n ? features.EndRows : sentence.Words[j];
            rows.AddRange(word.Neighbour[s]);
        }

        rows.Add(history1);
        rows.Add(H + (history2 * H) + history1);
        for (var k = 0; k < FeatureKeys.StaticPairCount; k++)
        {
            AddIfKnown(rows, sentence.PairRows[(i * FeatureKeys.StaticPairCount) + k]);
        }

        Span<ulong> keys = stackalloc ulong[FeatureKeys.TagPairCount];
        var current = sentence.Words[i];
        FeatureKeys.TagPairKeys(history1, current.Hash, keys);
        foreach (var key in keys)
        {
            AddIfKnown(rows, features.RowOf(key, grow));
        }
    }

    private static void AddIfKnown(List<int> rows, int row)
    {
        if (row >= 0)
        {
            rows.Add(row);
        }
    }

    private static int Score(List<int> rows, float[] weights, Span<float> scores)
    {
        scores.Clear();
        foreach (var row in rows)
        {
            var offset = row * C;
            for (var c = 0; c < C; c++)
            {
                scores[c] += weights[offset + c];
            }
        }

        var best = 0;
        for (var c = 1; c < C; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private static TaggerWeights BuildWeights(float[] averaged, FeatureIndex features, string[] vocabulary, Dictionary<string, int> fixedTags, float pruneBelow)
    {
        // Weights are stored as half floats: round them now so the model in memory tags exactly
        // like the same model after Save and Load.
        var previousTag = Array.ConvertAll(averaged[..(H * C)], HalfRows.Round);
        var previousTwoTags = Array.ConvertAll(averaged[(H * C)..(FirstFeatureRow * C)], HalfRows.Round);
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        for (var row = FirstFeatureRow; row < features.RowCount; row++)
        {
            var offset = row * C;
            var any = false;
            for (var c = 0; c < C; c++)
            {
                if (Math.Abs(averaged[offset + c]) >= pruneBelow && averaged[offset + c] != 0)
                {
                    any = true;
                }
            }

            if (!any)
            {
                continue;
            }

            rows[features.KeyOf(row)] = rows.Count;
            for (var c = 0; c < C; c++)
            {
                var value = averaged[offset + c];
                kept.Add(Math.Abs(value) >= pruneBelow ? HalfRows.Round(value) : 0f);
            }
        }

        var fixedArray = Array.ConvertAll(vocabulary, v => fixedTags.TryGetValue(v, out var t) ? (sbyte)t : (sbyte)-1);
        return new TaggerWeights(rows, [.. kept], previousTag, previousTwoTags, vocabulary, fixedArray, new int[vocabulary.Length]);
    }

    private sealed record GoldWord(string Form, PartOfSpeech Upos, string Xpos, string Lemma);

    /// <summary>Weight rows of one word form: its own features and what it contributes in each neighbour slot.</summary>
    private sealed class WordRows(int[] own, int[][] neighbour, ulong hash)
    {
        public ulong Hash { get; } = hash;

        public int[] Own { get; } = own;

        public int[][] Neighbour { get; } = neighbour;
    }

    private sealed class EncodedSentence(int length)
    {
        public string[] Forms { get; } = new string[length];

        public int[] Gold { get; } = new int[length];

        public WordRows[] Words { get; } = new WordRows[length];

        public int[] Fixed { get; set; } = [];

        public WordRows Previous(int i, FeatureIndex features) => i == 0 ? features.StartRows : Words[i - 1];

        public WordRows Next(int i, FeatureIndex features) => i == Words.Length - 1 ? features.EndRows : Words[i + 1];

        /// <summary>Per token: rows of the tag-independent pairs, -1 when unknown.</summary>
        public int[] PairRows { get; } = new int[length * FeatureKeys.StaticPairCount];
    }

    /// <summary>Assigns weight rows to feature keys in order of first appearance (deterministic).</summary>
    private sealed class FeatureIndex
    {
        private readonly Dictionary<ulong, int> _rows = [];
        private readonly List<ulong> _keys = [];
        private readonly Dictionary<string, WordRows> _words = new(StringComparer.Ordinal);

        private readonly EnglishLexicon _lexicon;

        public FeatureIndex(Func<string, int> ambiguityOf, EnglishLexicon lexicon)
        {
            _lexicon = lexicon;
            AmbiguityOf = form => form is FeatureKeys.SentenceStart or FeatureKeys.SentenceEnd ? FeatureKeys.BoundaryAmbiguity : ambiguityOf(form);
            // Rows below FirstFeatureRow are the dense tag-history rows; they have no key.
            for (var i = 0; i < FirstFeatureRow; i++)
            {
                _keys.Add(0);
            }

            StartRows = Get(FeatureKeys.SentenceStart, grow: true);
            EndRows = Get(FeatureKeys.SentenceEnd, grow: true);
        }

        /// <summary>True when a form's identity features are used (its lower-cased form is not rare).</summary>
        public Func<string, bool> IsFrequent => form => AmbiguityOf(form) != 0;

        /// <summary>The ambiguity class of a form (0 when rare or unknown).</summary>
        public Func<string, int> AmbiguityOf { get; }

        public WordRows StartRows { get; }

        public WordRows EndRows { get; }

        public int RowCount => _keys.Count;

        public ulong KeyOf(int row) => _keys[row];

        public WordRows Get(string form, bool grow)
        {
            if (_words.TryGetValue(form, out var rows))
            {
                return rows;
            }

            var keys = new List<ulong>(16);
            var ambiguity = AmbiguityOf(form);
            var frequent = ambiguity != 0;
            var lexical = FeatureKeys.LexicalOf(_lexicon, form);
            FeatureKeys.AddOwnKeys(form, ambiguity, lexical, keys);
            var own = Resolve(keys, grow);
            var neighbour = new int[Slots][];
            for (var s = 0; s < Slots; s++)
            {
                keys.Clear();
                FeatureKeys.AddNeighbourKeys(form, s, ambiguity, lexical, keys);
                neighbour[s] = Resolve(keys, grow);
            }

            rows = new WordRows(own, neighbour, frequent ? FeatureKeys.WordHash(form) : FeatureKeys.UnknownWordHash);
            if (grow)
            {
                _words[form] = rows;
            }

            return rows;
        }

        /// <summary>The row of <paramref name="key"/>, adding it when <paramref name="grow"/>; -1 when absent.</summary>
        public int RowOf(ulong key, bool grow)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                return row;
            }

            if (!grow)
            {
                return -1;
            }

            _rows[key] = _keys.Count;
            _keys.Add(key);
            return _keys.Count - 1;
        }

        private int[] Resolve(List<ulong> keys, bool grow)
        {
            var result = new List<int>(keys.Count);
            foreach (var key in keys)
            {
                if (_rows.TryGetValue(key, out var row))
                {
                    result.Add(row);
                }
                else if (grow)
                {
                    _rows[key] = _keys.Count;
                    result.Add(_keys.Count);
                    _keys.Add(key);
                }
            }

            return [.. result];
        }
    }
}
