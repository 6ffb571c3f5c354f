using Framing.Text.Lexicon;

namespace Framing.Tests.Text.Lexicon;

/// <summary>The lexicon builder on a hand-made miniature WordNet folder and word list.</summary>
public sealed class LexiconBuilderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "framing-lexicon-" + Guid.NewGuid().ToString("N"));

    public LexiconBuilderTests()
    {
        Directory.CreateDirectory(_directory);
        // Index files start with license lines indented by two spaces; multi-word lemmas use '_'.
        Write("index.noun", "  1 This software and database is provided\n", "dog n 1 1 @ 1 0 00000001\n", "city n 1 1 @ 1 0 00000002\n", "box n 1 1 @ 1 0 00000003\n", "ice_cream n 1 1 @ 1 0 00000004\n", "india n 1 1 @ 1 0 00000005\n", "turkey n 2 1 @ 2 0 00000006 00000007\n");
        Write("index.verb", "stop v 1 1 @ 1 0 00000010\n", "make v 1 1 @ 1 0 00000011\n", "try v 1 1 @ 1 0 00000012\n", "go v 1 1 @ 1 0 00000013\n");
        Write("index.adj", "happy a 1 1 & 1 0 00000020\n", "nice a 1 1 & 1 0 00000021\n");
        Write("index.adv", "quickly r 1 0 1 0 00000030\n");
        Write("noun.exc", "mice mouse\n", "ice_creams ice_cream\n");
        Write("verb.exc", "ran run\n", "made make\n");
        Write("adj.exc", "better good\n");
        Write(
            "data.noun",
            "  1 license line\n",
            "00000005 15 n 01 India 0 000 | a country\n",
            "00000006 05 n 01 Turkey 0 000 | a country\n",
            "00000007 05 n 01 turkey 0 000 | a bird\n",
            "00000008 05 n 02 Ann_Arbor 0 Paris(a) 0 000 | a city\n");
        File.WriteAllLines(Path.Combine(_directory, "words.txt"), ["laughter", "Paris", "NATO", "Bob's", "bob", "Zanzibar"]);
    }

    [Theory]
    [InlineData("dog", LexicalTraits.Noun)]
    [InlineData("dogs", LexicalTraits.NounPlural)]
    [InlineData("cities", LexicalTraits.NounPlural)]
    [InlineData("boxes", LexicalTraits.NounPlural)]
    [InlineData("mice", LexicalTraits.NounPlural)]
    [InlineData("stops", LexicalTraits.VerbPresent)]
    [InlineData("stopped", LexicalTraits.VerbPast)]
    [InlineData("stopping", LexicalTraits.VerbGerund)]
    [InlineData("making", LexicalTraits.VerbGerund)]
    [InlineData("made", LexicalTraits.VerbPast)]
    [InlineData("tried", LexicalTraits.VerbPast)]
    [InlineData("goes", LexicalTraits.VerbPresent)]
    [InlineData("ran", LexicalTraits.VerbPast)]
    [InlineData("happier", LexicalTraits.AdjectiveGraded)]
    [InlineData("nicest", LexicalTraits.AdjectiveGraded)]
    [InlineData("better", LexicalTraits.AdjectiveGraded)]
    [InlineData("quickly", LexicalTraits.Adverb)]
    public void WordNet_lemmas_and_their_inflections_get_their_part_of_speech(string form, LexicalTraits expected)
    {
        var lexicon = Build();

        Assert.True(lexicon.FlagsOf(form).HasFlag(expected), $"{form}: {lexicon.FlagsOf(form)}");
    }

    [Fact]
    public void Only_nouns_never_written_in_lower_case_are_proper_names()
    {
        var lexicon = Build();

        Assert.True(lexicon.FlagsOf("india").HasFlag(LexicalTraits.ProperNoun));
        Assert.False(lexicon.FlagsOf("turkey").HasFlag(LexicalTraits.ProperNoun));
        Assert.True(lexicon.FlagsOf("paris").HasFlag(LexicalTraits.ProperNoun));
    }

    [Fact]
    public void The_word_list_records_how_a_word_is_written()
    {
        var lexicon = Build();

        Assert.Equal(LexicalTraits.ListedLowerCase, lexicon.FlagsOf("laughter"));
        Assert.Equal(LexicalTraits.ListedAllCapitals, lexicon.FlagsOf("nato"));
        Assert.Equal(LexicalTraits.ListedCapitalised | LexicalTraits.ListedLowerCase, lexicon.FlagsOf("bob"));
        Assert.Equal(LexicalTraits.ListedCapitalised, lexicon.FlagsOf("zanzibar"));
    }

    [Fact]
    public void Multi_word_entries_and_unknown_words_have_no_traits()
    {
        var lexicon = Build();

        Assert.Equal(LexicalTraits.None, lexicon.FlagsOf("ice_cream"));
        Assert.Equal(LexicalTraits.None, lexicon.FlagsOf("ice_creams"));
        Assert.Equal(LexicalTraits.None, lexicon.FlagsOf("ann_arbor"));
        Assert.Equal(LexicalTraits.None, lexicon.FlagsOf("qwzx"));
    }

    [Fact]
    public void Saving_is_deterministic_and_loading_restores_every_entry_and_the_fingerprint()
    {
        var lexicon = Build();
        var first = Bytes(lexicon);
        var again = Bytes(Build());

        var loaded = EnglishLexicon.Load(new MemoryStream(first));

        Assert.Equal(first, again);
        Assert.Equal(lexicon.Count, loaded.Count);
        Assert.Equal(lexicon.Fingerprint, loaded.Fingerprint);
        foreach (var word in new[] { "dog", "stopping", "india", "nato", "zanzibar" })
        {
            Assert.Equal(lexicon.FlagsOf(word), loaded.FlagsOf(word));
        }
    }

    [Fact]
    public void A_missing_wordnet_file_is_named_with_what_to_install()
    {
        File.Delete(Path.Combine(_directory, "verb.exc"));

        var error = Assert.Throws<FileNotFoundException>(Build);

        Assert.Contains("verb.exc", error.Message, StringComparison.Ordinal);
        Assert.Contains("wordnet-base", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_wordnet_data_line_is_named_by_file_and_line()
    {
        Write("data.noun", "  1 license line\n", "00000005 15 n 01 India 0 000 | a country\n", "garbage\n");

        var error = Assert.Throws<InvalidDataException>(Build);

        Assert.Contains("data.noun, line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_lexicon_file_is_refused_with_its_name()
    {
        var bytes = Bytes(Build());
        var path = Path.Combine(_directory, "broken.bin");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => EnglishLexicon.Load(path));

        Assert.Contains("broken.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_lexicon_loads_and_knows_common_words()
    {
        var lexicon = EnglishLexicon.Default;

        Assert.True(lexicon.Count > 100_000);
        Assert.True(lexicon.FlagsOf("uranium").HasFlag(LexicalTraits.Noun));
        Assert.True(lexicon.FlagsOf("loathe").HasFlag(LexicalTraits.Verb));
        Assert.True(lexicon.FlagsOf("india").HasFlag(LexicalTraits.ProperNoun));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private EnglishLexicon Build() => LexiconBuilder.Build(_directory, Path.Combine(_directory, "words.txt"));

    private void Write(string name, params string[] lines) => File.WriteAllText(Path.Combine(_directory, name), string.Concat(lines));

    private static byte[] Bytes(EnglishLexicon lexicon)
    {
        using var stream = new MemoryStream();
        lexicon.Save(stream);
        return stream.ToArray();
    }
}
