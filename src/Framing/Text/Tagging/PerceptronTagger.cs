using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

using Framing.Text.Lemmatization.Learned;
using Framing.Text.Lexicon;

namespace Framing.Text.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron UPOS tagger (with XPOS from a lookup table), trained
/// by <see cref="TaggerTrainer"/>. Built for speed: every feature that depends on one word only
/// (the word itself, its affixes and shape, and what it contributes as a neighbour at offsets ±1
/// and ±2) is summed once per vocabulary word when the tagger is built, so tagging a known word
/// costs one dictionary lookup, five row additions and the two tag-history rows. Thread-safe.
/// </summary>
public sealed class PerceptronTagger : IPipelineStep
{
    private const int C = TagSet.Count;
    private const int Slots = 4;

    private const int UnknownCacheLimit = 50_000;

    private static readonly sbyte PunctuationClass = (sbyte)TagSet.ClassOf(PartOfSpeech.PUNCT);

    private readonly ConcurrentDictionary<string, UnknownWord> _unknownCache = new(StringComparer.Ordinal);
    private readonly TaggerWeights _weights;
    private readonly FeatureTable _table;
    private readonly XposTable _xpos;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly float[] _own;
    private readonly float[][] _neighbour;
    private readonly string?[] _vocabularyXpos;
    private readonly ulong[] _hashes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ambiguityByLower;
    private readonly int _startId;
    private readonly int _endId;
    private readonly TagRefiner? _refiner;
    private readonly EnglishLexicon _lexicon;

    internal PerceptronTagger(TaggerWeights weights, XposTable xpos, EnglishLexicon lexicon, RefinerWeights? refiner = null)
    {
        _lexicon = lexicon;
        _weights = weights;
        _refiner = refiner is null ? null : new TagRefiner(refiner);
        _table = new FeatureTable(weights.Rows);
        _xpos = xpos;
        var size = weights.Vocabulary.Length;
        _vocabulary = new Dictionary<string, int>(size, StringComparer.Ordinal);
        _own = new float[size * C];
        _neighbour = new float[Slots][];
        _startId = size;
        _endId = size + 1;
        for (var s = 0; s < Slots; s++)
        {
            _neighbour[s] = new float[(size + 2) * C];
        }

        _vocabularyXpos = new string?[size * C];
        _hashes = new ulong[size + 2];
        _hashes[_startId] = FeatureKeys.WordHash(FeatureKeys.SentenceStart);
        _hashes[_endId] = FeatureKeys.WordHash(FeatureKeys.SentenceEnd);
        var keys = new List<ulong>(32);
        var lowers = new Dictionary<string, int>(StringComparer.Ordinal);
        _ambiguityByLower = lowers.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var id = 0; id < size; id++)
        {
            var word = weights.Vocabulary[id];
            _vocabulary[word] = id;
            _hashes[id] = FeatureKeys.WordHash(word);
            var ambiguity = weights.Ambiguity[id];
            lowers[word.ToLowerInvariant()] = ambiguity;
            Span<float> own = _own.AsSpan(id * C, C);
            keys.Clear();
            var lexical = FeatureKeys.LexicalOf(lexicon, word);
            FeatureKeys.AddOwnKeys(word, ambiguity, lexical, keys);
            SumRows(keys, own);
            for (var s = 0; s < Slots; s++)
            {
                keys.Clear();
                FeatureKeys.AddNeighbourKeys(word, s, ambiguity, lexical, keys);
                SumRows(keys, _neighbour[s].AsSpan(id * C, C));
            }

            xpos.KnownForWord(word).CopyTo(_vocabularyXpos, id * C);
        }

        for (var s = 0; s < Slots; s++)
        {
            keys.Clear();
            FeatureKeys.AddNeighbourKeys(s < 2 ? FeatureKeys.SentenceStart : FeatureKeys.SentenceEnd, s, FeatureKeys.BoundaryAmbiguity, LexicalTraits.None, keys);
            SumRows(keys, _neighbour[s].AsSpan((s < 2 ? _startId : _endId) * C, C));
        }
    }

    /// <summary>Number of word forms whose scores are precomputed.</summary>
    public int VocabularySize => _weights.Vocabulary.Length;

    /// <summary>Tags one sentence: <paramref name="tags"/> and <paramref name="xpos"/> receive one entry per word.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<PartOfSpeech> tags, Span<string?> xpos)
    {
        if (tags.Length < words.Length || xpos.Length < words.Length)
        {
            throw new ArgumentException("The output spans must be at least as long as the words.", nameof(tags));
        }

        var n = words.Length;
        if (n == 0)
        {
            return;
        }

        var scratch = Scratch.Get(n);
        FirstPass(words, scratch.Ids, scratch.Hashes, scratch.Classes, scratch.Scores, scratch.Fixed, scratch.Unknown, scratch.Keys);
        var classes = scratch.Classes;
        if (_refiner is not null)
        {
            _refiner.Refine(n, scratch.Hashes, scratch.Classes, scratch.Scores, scratch.Fixed, scratch.Refined);
            classes = scratch.Refined;
        }

        for (var i = 0; i < n; i++)
        {
            var id = scratch.Ids[i];
            var best = classes[i];
            tags[i] = TagSet.TagOf(best);
            xpos[i] = (id >= 0 ? _vocabularyXpos[(id * C) + best] : null) ?? _xpos.Lookup(words[i], best);
        }

        XposContext.RefineVerbs(words, tags, xpos);
    }

    /// <summary>
    /// The greedy left-to-right pass. Per word: the vocabulary id (negative for unknown words),
    /// the hash used by pair features, the chosen class, the score vector behind it, and whether
    /// the word has a fixed tag (then it is not scored: its vector is zero).
    /// </summary>
    internal void FirstPass(ReadOnlySpan<string> words, int[] ids, ulong[] hashes, int[] classes, float[] scoresOut, bool[] isFixed, float[] unknown, List<ulong> unknownKeys)
    {
        var n = words.Length;
        var unknownCount = 0;
        for (var i = 0; i < n; i++)
        {
            if (_vocabulary.TryGetValue(words[i], out var id))
            {
                ids[i] = id;
                hashes[i] = _hashes[id];
            }
            else
            {
                var entry = UnknownEntry(words[i], unknownKeys);
                hashes[i] = entry.Hash;
                ids[i] = -1 - unknownCount;
                entry.Scores.CopyTo(unknown.AsSpan(unknownCount * (Slots + 1) * C, (Slots + 1) * C));
                unknownCount++;
            }
        }

        var history1 = TagSet.Start;
        var history2 = TagSet.Start;
        Span<ulong> keys = stackalloc ulong[Math.Max(FeatureKeys.StaticPairCount, FeatureKeys.TagPairCount)];
        for (var i = 0; i < n; i++)
        {
            var id = ids[i];
            var scores = scoresOut.AsSpan(i * C, C);
            int best;
            var fixedTag = id >= 0 ? _weights.FixedTags[id] : PunctuationOnly(words[i]) ? PunctuationClass : -1;
            if (fixedTag >= 0)
            {
                best = fixedTag;
                scores.Clear();
                isFixed[i] = true;
            }
            else
            {
                OwnRow(id, unknown).CopyTo(scores);
                AddNeighbour(scores, ids, unknown, i - 2, n, 0);
                AddNeighbour(scores, ids, unknown, i - 1, n, 1);
                AddNeighbour(scores, ids, unknown, i + 1, n, 2);
                AddNeighbour(scores, ids, unknown, i + 2, n, 3);
                ScoreRows.Add(scores, _weights.PreviousTag.AsSpan(history1 * C, C));
                ScoreRows.Add(scores, _weights.PreviousTwoTags.AsSpan(((history2 * TagSet.HistoryCount) + history1) * C, C));
                var previous = i == 0 ? _hashes[_startId] : hashes[i - 1];
                var next = i == n - 1 ? _hashes[_endId] : hashes[i + 1];
                FeatureKeys.StaticPairKeys(previous, hashes[i], next, keys);
                AddKeys(scores, keys[..FeatureKeys.StaticPairCount]);
                FeatureKeys.TagPairKeys(history1, hashes[i], keys);
                AddKeys(scores, keys[..FeatureKeys.TagPairCount]);
                best = ScoreRows.ArgMax(scores);
                isFixed[i] = false;
            }

            classes[i] = best;
            history2 = history1;
            history1 = best;
        }
    }

    /// <summary>The first pass over one sentence into fresh arrays (for training the second pass).</summary>
    internal (ulong[] Hashes, int[] Classes, float[] Scores, bool[] Fixed) RunFirstPass(string[] words)
    {
        var n = words.Length;
        var hashes = new ulong[n];
        var classes = new int[n];
        var scores = new float[n * C];
        var isFixed = new bool[n];
        FirstPass(words, new int[n], hashes, classes, scores, isFixed, new float[n * (Slots + 1) * C], new List<ulong>(32));
        return (hashes, classes, scores, isFixed);
    }

    /// <summary>Tags a list of words and returns the UPOS tags.</summary>
    public ImmutableArray<PartOfSpeech> Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var array = words.ToArray();
        var tags = new PartOfSpeech[array.Length];
        Tag(array, tags, new string?[array.Length]);
        return [.. tags];
    }

    /// <summary>Sets <see cref="Token.Upos"/> and <see cref="Token.Xpos"/> on every token, sentence by sentence (the whole document is one sequence when it has no sentences).</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default) => Annotate(document, null, cancellationToken);

    /// <summary>
    /// Tags every token and, when <paramref name="lemmatizer"/> is given, lemmatises it in the same
    /// pass: one copy of each token instead of two (see <see cref="TaggerModel.TaggerAndLemmatizer"/>).
    /// </summary>
    internal Document Annotate(Document document, LearnedLemmatizer? lemmatizer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        if (tokens.IsDefaultOrEmpty)
        {
            return document;
        }

        var result = new Token[tokens.Length];
        // Pooled: for a long document these arrays are large-object-heap allocations.
        var words = ArrayPool<string>.Shared.Rent(tokens.Length);
        var tags = ArrayPool<PartOfSpeech>.Shared.Rent(tokens.Length);
        var xpos = ArrayPool<string?>.Shared.Rent(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = tokens[i].Text;
        }

        if (document.Sentences.IsDefaultOrEmpty)
        {
            Tag(words.AsSpan(0, tokens.Length), tags.AsSpan(0, tokens.Length), xpos.AsSpan(0, tokens.Length));
        }
        else
        {
            var covered = 0;
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sentence.FirstToken > covered)
                {
                    TagRange(words, tags, xpos, covered, sentence.FirstToken - covered);
                }

                TagRange(words, tags, xpos, sentence.FirstToken, sentence.TokenCount);
                covered = sentence.EndToken;
            }

            if (covered < tokens.Length)
            {
                TagRange(words, tags, xpos, covered, tokens.Length - covered);
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var tag = xpos[i];
            if (tag is "``" or "''")
            {
                var attachedToPrevious = i > 0 && !tokens[i - 1].SpaceAfter;
                var attachedToNext = i + 1 < tokens.Length && !tokens[i].SpaceAfter;
                tag = XposContext.QuoteTag(tokens[i].Text, attachedToPrevious, attachedToNext);
            }

            var token = tokens[i];
            result[i] = lemmatizer is null
                ? token with { Upos = tags[i], Xpos = tag }
                : token with { Upos = tags[i], Xpos = tag, Lemma = lemmatizer.Lemmatize(token.Text, tags[i], tag) };
        }

        ArrayPool<string>.Shared.Return(words, clearArray: true);
        ArrayPool<PartOfSpeech>.Shared.Return(tags);
        ArrayPool<string?>.Shared.Return(xpos, clearArray: true);
        return document.WithAnnotatedTokens(ImmutableCollectionsMarshal.AsImmutableArray(result));
    }

    private void TagRange(string[] words, PartOfSpeech[] tags, string?[] xpos, int start, int count) =>
        Tag(words.AsSpan(start, count), tags.AsSpan(start, count), xpos.AsSpan(start, count));

    private ReadOnlySpan<float> OwnRow(int id, float[] unknown) =>
        id >= 0 ? _own.AsSpan(id * C, C) : unknown.AsSpan((-1 - id) * (Slots + 1) * C, C);

    private void AddNeighbour(Span<float> scores, int[] ids, float[] unknown, int position, int n, int slot)
    {
        var id = position < 0 ? _startId : position >= n ? _endId : ids[position];
        var row = id >= 0
            ? _neighbour[slot].AsSpan(id * C, C)
            : unknown.AsSpan(((-1 - id) * (Slots + 1) * C) + ((slot + 1) * C), C);
        ScoreRows.Add(scores, row);
    }

    /// <summary>A word not in the vocabulary still has known identity features when its lower-cased form is frequent ("The" at sentence start).</summary>
    private int AmbiguityOf(string word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return _ambiguityByLower.TryGetValue(FeatureKeys.Lowercase(word, buffer), out var ambiguity) ? ambiguity : 0;
    }

    /// <summary>
    /// Scores of a word outside the vocabulary, computed from its affixes and shape and cached:
    /// words unknown to the model (names, rare terms) recur within a corpus. The cache stops
    /// growing at <see cref="UnknownCacheLimit"/> entries, so memory stays bounded.
    /// </summary>
    private UnknownWord UnknownEntry(string word, List<ulong> keys)
    {
        if (_unknownCache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var ambiguity = AmbiguityOf(word);
        var scores = new float[(Slots + 1) * C];
        ComputeUnknown(word, ambiguity, scores, keys);
        var entry = new UnknownWord(ambiguity != 0 ? FeatureKeys.WordHash(word) : FeatureKeys.UnknownWordHash, scores);
        if (_unknownCache.Count < UnknownCacheLimit)
        {
            _unknownCache.TryAdd(word, entry);
        }

        return entry;
    }

    private void ComputeUnknown(string word, int ambiguity, Span<float> target, List<ulong> keys)
    {
        target.Clear();
        keys.Clear();
        var lexical = FeatureKeys.LexicalOf(_lexicon, word);
        FeatureKeys.AddOwnKeys(word, ambiguity, lexical, keys);
        SumRows(keys, target[..C]);
        for (var s = 0; s < Slots; s++)
        {
            keys.Clear();
            FeatureKeys.AddNeighbourKeys(word, s, ambiguity, lexical, keys);
            SumRows(keys, target.Slice((s + 1) * C, C));
        }
    }

    private void AddKeys(Span<float> scores, ReadOnlySpan<ulong> keys)
    {
        foreach (var key in keys)
        {
            var row = _table.Find(key);
            if (row >= 0)
            {
                ScoreRows.Add(scores, _weights.FeatureWeights.AsSpan(row * C, C));
            }
        }
    }

    private void SumRows(List<ulong> keys, Span<float> target)
    {
        foreach (var key in keys)
        {
            var row = _table.Find(key);
            if (row >= 0)
            {
                ScoreRows.Add(target, _weights.FeatureWeights.AsSpan(row * C, C));
            }
        }
    }

    /// <summary>
    /// True for a token made only of dashes, brackets, quotes, sentence punctuation and bullets.
    /// Unseen ones ("•", "‖", "——") are punctuation whatever their context, where the features of a
    /// word never seen would guess. Other punctuation characters ("%", "&amp;", "@", "*", "/") are
    /// often symbols in UD, so they are left to the model.
    /// </summary>
    private static bool PunctuationOnly(string word)
    {
        foreach (var c in word)
        {
            var category = char.GetUnicodeCategory(c);
            var punctuation = category is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                || ".,;:!?¡¿…•·‣◦‖".Contains(c, StringComparison.Ordinal);
            if (!punctuation)
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>Cached scores of an out-of-vocabulary word: own row then the four neighbour rows.</summary>
    private sealed record UnknownWord(ulong Hash, float[] Scores);

    /// <summary>Per-thread buffers, so tagging allocates nothing per sentence once warmed up.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_current;

        public int[] Ids { get; private set; } = new int[64];

        public ulong[] Hashes { get; private set; } = new ulong[64];

        public float[] Unknown { get; private set; } = new float[64 * (Slots + 1) * C];

        public int[] Classes { get; private set; } = new int[64];

        public int[] Refined { get; private set; } = new int[64];

        public bool[] Fixed { get; private set; } = new bool[64];

        public float[] Scores { get; private set; } = new float[64 * C];

        public List<ulong> Keys { get; } = new(32);

        public static Scratch Get(int length)
        {
            var scratch = t_current ??= new Scratch();
            if (scratch.Ids.Length < length)
            {
                var size = Math.Max(length, scratch.Ids.Length * 2);
                scratch.Ids = new int[size];
                scratch.Hashes = new ulong[size];
                scratch.Unknown = new float[size * (Slots + 1) * C];
                scratch.Classes = new int[size];
                scratch.Refined = new int[size];
                scratch.Fixed = new bool[size];
                scratch.Scores = new float[size * C];
            }

            return scratch;
        }
    }
}
