using Framing.Text.Lexicon;

namespace Framing.Text.Tagging;

/// <summary>
/// Feature templates of the tagger and their 64-bit keys. A key is an FNV-1a hash of the template
/// number and the feature's characters, so no feature string is ever built: the same (template,
/// text) always gives the same key on every machine, which keeps training deterministic and
/// lets the model store keys instead of strings.
/// </summary>
internal static class FeatureKeys
{
    /// <summary>Stand-in word before the first token of a sentence.</summary>
    public const string SentenceStart = "\u0002<s>";

    /// <summary>Stand-in word after the last token of a sentence.</summary>
    public const string SentenceEnd = "\u0003</s>";

    /// <summary>Neighbour offsets whose words are features, in the order of <see cref="NeighbourSlot"/>.</summary>
    public static ReadOnlySpan<int> NeighbourOffsets => [-2, -1, 1, 2];

    /// <summary>Longest prefix and suffix used as features.</summary>
    public const int AffixLength = 4;

    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // Template numbers. Own-word templates describe the token being tagged; neighbour templates
    // describe a word at a fixed offset (slot) from it.
    private const byte Bias = 1;
    private const byte Word = 2;
    private const byte Lower = 3;
    private const byte Prefix = 10; // + length
    private const byte Suffix = 20; // + length
    private const byte Shape = 30;
    private const byte NeighbourLower = 40; // + slot
    private const byte NeighbourSuffix = 50; // + slot
    private const byte NeighbourShape = 60; // + slot
    private const byte LexiconClass = 90;
    private const byte LexiconCase = 91;
    private const byte LexiconNeighbour = 92; // + slot
    private const byte LexiconFlag = 96;

    /// <summary>Ambiguity class of the sentence-boundary stand-ins (no real tag mask has this bit).</summary>
    public const int BoundaryAmbiguity = 1 << 20;

    // Pair templates: the word with a neighbour, or with the previous tags. They are keyed by
    // combining per-word hashes, so a pair costs one multiply-mix, never a string.
    private const byte PairPreviousWord = 70;
    private const byte PairNextWord = 71;
    private const byte PairTagWord = 73;

    /// <summary>Number of keys <see cref="StaticPairKeys"/> writes.</summary>
    public const int StaticPairCount = 2;

    /// <summary>Number of keys <see cref="TagPairKeys"/> writes.</summary>
    public const int TagPairCount = 1;

    /// <summary>
    /// Stand-in for the word-identity features of rare words. Training treats words seen at most
    /// <see cref="TaggerTrainingOptions.RareWordMaxCount"/> times as unknown, so the model learns
    /// how to tag unknown words from their affixes, shape and context instead of memorising them.
    /// </summary>
    public const string UnknownWord = "\u0004<unk>";

    /// <summary>The hash of <see cref="UnknownWord"/>.</summary>
    public static ulong UnknownWordHash { get; } = Hash(Lower, UnknownWord);

    /// <summary>The hash of a word's lower-cased form, the input of the pair features.</summary>
    public static ulong WordHash(string word)
    {
        Span<char> lowerBuffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return Hash(Lower, Lowercase(word, lowerBuffer));
    }

    /// <summary>Keys of the pairs that do not depend on tags: (previous, word), (word, next).</summary>
    /// <remarks>(previous, next), (t-1, next) and (t-2 t-1, word) were tried and did not help on EWT dev.</remarks>
    public static void StaticPairKeys(ulong previous, ulong word, ulong next, Span<ulong> keys)
    {
        keys[0] = Combine(PairPreviousWord, previous, word);
        keys[1] = Combine(PairNextWord, word, next);
    }

    /// <summary>Keys of the pairs with the previous tag: (t-1, word).</summary>
    /// <remarks>(t-1, suffix) and the ambiguity class of the words to the right were tried and did not help on EWT dev.</remarks>
    public static void TagPairKeys(int previousTag, ulong word, Span<ulong> keys)
    {
        keys[0] = Combine(PairTagWord, (ulong)previousTag, word);
    }

    /// <summary>Mixes a template and two 64-bit values into a key (SplitMix64 finaliser).</summary>
    public static ulong Combine(byte template, ulong a, ulong b)
    {
        var x = (a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL + template);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31) ^ template;
    }

    /// <summary>Slot of an offset in <see cref="NeighbourOffsets"/>.</summary>
    public static int NeighbourSlot(int offset) => offset < 0 ? offset + 2 : offset + 1;

    /// <summary>Adds the keys of the own-word features of <paramref name="word"/> to <paramref name="keys"/> (identity features only for frequent words).</summary>
    /// <param name="word">The word.</param>
    /// <param name="ambiguity">Bit mask of the tags its lower-cased form had in training (its ambiguity class); 0 for a rare or unknown word.</param>
    /// <param name="keys">Receives the keys.</param>
    /// <param name="lexical">What the English lexicon says of its lower-cased form.</param>
    public static void AddOwnKeys(string word, int ambiguity, LexicalTraits lexical, List<ulong> keys)
    {
        var frequent = ambiguity != 0;
        Span<char> lowerBuffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var lower = Lowercase(word, lowerBuffer);
        keys.Add(Hash(Bias, []));
        if (frequent)
        {
            keys.Add(Hash(Word, word));
            keys.Add(Hash(Lower, lower));
        }

        for (var n = 1; n <= AffixLength && n <= lower.Length; n++)
        {
            keys.Add(Hash((byte)(Prefix + n), lower[..n]));
            keys.Add(Hash((byte)(Suffix + n), lower[^n..]));
        }

        Span<char> shapeBuffer = stackalloc char[24];
        keys.Add(Hash(Shape, WordShape(word, shapeBuffer)));
        AddLexiconKeys(word, lexical, keys);
    }

    /// <summary>Adds the keys of the features <paramref name="word"/> contributes when it sits in <paramref name="slot"/>.</summary>
    public static void AddNeighbourKeys(string word, int slot, int ambiguity, LexicalTraits lexical, List<ulong> keys)
    {
        var frequent = ambiguity != 0;

        Span<char> lowerBuffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var lower = Lowercase(word, lowerBuffer);
        keys.Add(Hash((byte)(NeighbourLower + slot), frequent ? lower : UnknownWord));
        if (slot is 1 or 2)
        {
            // The adjacent words also contribute suffix and shape (inflection and capitalisation
            // of the next/previous word are strong cues, e.g. "to" + verb, "the" + noun).
            keys.Add(Hash((byte)(NeighbourSuffix + slot), lower.Length > 3 ? lower[^3..] : lower));
            Span<char> shapeBuffer = stackalloc char[24];
            keys.Add(Hash((byte)(NeighbourShape + slot), WordShape(word, shapeBuffer)));
            keys.Add(Combine((byte)(LexiconNeighbour + slot), (ulong)lexical, 0));
        }
    }

    /// <summary>
    /// Lexicon features: the flag combination alone and with the capitalisation of the word, and
    /// each flag with the capitalisation. "Laughter" (a lower-case noun in the lexicon, capitalised
    /// here) and "Ashgabat" (not in the lexicon) call for different tags.
    /// </summary>
    private static void AddLexiconKeys(string word, LexicalTraits lexical, List<ulong> keys)
    {
        var flags = (ulong)lexical;
        ulong capitalisation = word.Length > 0 && char.IsUpper(word[0])
            ? word.AsSpan().ContainsAnyInRange('a', 'z') ? 1UL : 2UL
            : 0UL;
        keys.Add(Combine(LexiconClass, flags, 0));
        keys.Add(Combine(LexiconCase, flags, capitalisation));
        for (var bit = 0; bit < 13; bit++)
        {
            if ((flags & (1UL << bit)) != 0)
            {
                keys.Add(Combine(LexiconFlag, (ulong)bit, capitalisation));
            }
        }
    }

    /// <summary>The lexicon's flags for <paramref name="word"/>'s lower-cased form (none for the sentence-boundary stand-ins).</summary>
    public static LexicalTraits LexicalOf(EnglishLexicon lexicon, string word)
    {
        if (word is SentenceStart or SentenceEnd)
        {
            return LexicalTraits.None;
        }

        return lexicon.FlagsOfWord(word);
    }

    /// <summary>Lower-cases into <paramref name="buffer"/> with invariant rules.</summary>
    public static ReadOnlySpan<char> Lowercase(string word, Span<char> buffer)
    {
        var length = word.AsSpan().ToLowerInvariant(buffer);
        return buffer[..length];
    }

    /// <summary>
    /// Word shape: upper case to X, lower case to x, digits to d, other characters kept, runs
    /// collapsed to one ("Obama" = Xx, "1,000" = d,d, "e-mail" = x-x). At most 24 characters.
    /// </summary>
    public static ReadOnlySpan<char> WordShape(string word, Span<char> buffer)
    {
        var length = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (mapped == last)
            {
                continue;
            }

            if (length == buffer.Length)
            {
                break;
            }

            buffer[length++] = mapped;
            last = mapped;
        }

        return buffer[..length];
    }

    /// <summary>FNV-1a over the template number and the UTF-16 code units of <paramref name="text"/>.</summary>
    public static ulong Hash(byte template, ReadOnlySpan<char> text)
    {
        var hash = (OffsetBasis ^ template) * Prime;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
