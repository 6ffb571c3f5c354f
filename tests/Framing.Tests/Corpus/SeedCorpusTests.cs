using System.Text.RegularExpressions;

using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>The five seed articles in <c>seeds/</c>, loaded with their manifest.</summary>
public partial class SeedCorpusTests
{
    private static readonly Lazy<Framing.Corpus.Corpus> Seeds = new(() => CorpusLoader.Load(RepoRoot.Seeds));

    private static Framing.Corpus.Corpus Corpus => Seeds.Value;

    [Fact]
    public void Loads_five_documents_with_manifest_metadata_and_no_warnings()
    {
        Assert.Equal(
            ["000_88d14470abd3f9f4", "001_85b69c5587809e8f", "002_abf0bfbafe203610", "003_e7f00a4e528385ab", "004_b9fdc1c4472c6b6e"],
            Corpus.Documents.Select(d => d.Id));
        Assert.Empty(Corpus.Warnings);
        Assert.All(Corpus.Documents, d => Assert.True(d.Metadata.FromManifest));
        Assert.All(Corpus.Documents, d => Assert.Equal("utf-8", d.EncodingName));
        Assert.Equal(Path.Combine(RepoRoot.Seeds, "manifest.yaml"), Corpus.ManifestPath);
        Assert.Equal("Foreign Affairs", Corpus["003_e7f00a4e528385ab"].Metadata.Outlet);
        Assert.Equal(new PartialDate(2023, 5), Corpus["004_b9fdc1c4472c6b6e"].Metadata.Published);
        Assert.Contains("Duplicate of 000_88d14470abd3f9f4", Corpus["001_85b69c5587809e8f"].Metadata.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_of_001_is_the_body_of_000_without_its_chrome()
    {
        var original = Words(Corpus["000_88d14470abd3f9f4"].BodyText);
        var copy = Words(Corpus["001_85b69c5587809e8f"].BodyText);

        Assert.Equal(original, copy);
        Assert.Contains(Corpus["001_85b69c5587809e8f"].Removed, r => r.Rule == "PhotoCaption");
        Assert.DoesNotContain("Menu Close", Corpus["001_85b69c5587809e8f"].BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Source link", Corpus["000_88d14470abd3f9f4"].BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Newsletter_promo_related_posts_and_link_teasers_of_004_are_removed()
    {
        var document = Corpus["004_b9fdc1c4472c6b6e"];

        Assert.DoesNotContain("reading an excerpt", document.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Related posts", document.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("newsconquest", document.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Key nations sit out", document.BodyText, StringComparison.Ordinal);
        Assert.StartsWith("This week, China hosted", document.BodyText, StringComparison.Ordinal);
        Assert.StartsWith("“Russia’s size and power may give the Kremlin", document.Body[^1].Slice(document.Text), StringComparison.Ordinal);
        Assert.Equal(7, document.Removed.Count(r => r.Rule == "RelatedList"));
        Assert.Equal(2, document.Removed.Count(r => r.Rule == "LinkTeaser"));
    }

    [Fact]
    public void Weather_location_date_header_title_copies_and_byline_of_002_are_removed()
    {
        var document = Corpus["002_abf0bfbafe203610"];
        var removed = document.Removed.Select(r => (Text: r.Span.Slice(document.Text), r.Rule)).ToList();

        Assert.Contains(("28 C", "Weather"), removed);
        Assert.Contains(("New York", "Header"), removed);
        Assert.Contains(("Thursday, June 13, 2024", "DateLine"), removed);
        Assert.Equal(2, removed.Count(r => r.Text.StartsWith("Beijing is walking a fine line", StringComparison.Ordinal)));
        Assert.Contains(removed, r => r.Rule == "Byline");
        Assert.Contains(removed, r => r.Rule == "AuthorBio");
        Assert.StartsWith("Russia’s Vladimir Putin and China’s Xi Jinping", document.BodyText, StringComparison.Ordinal);
        Assert.EndsWith("by circumventing western sanctions.", document.BodyText, StringComparison.Ordinal);
        Assert.Contains(("The Conversation", "TrailingLogo"), removed);
        Assert.Contains("Russia in Ukraine", document.Body.Select(s => s.Slice(document.Text)));
    }

    [Fact]
    public void Without_a_manifest_bylines_become_authors_and_the_title_and_date_are_inferred()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(RepoRoot.Seeds, "002_abf0bfbafe203610.txt"), Path.Combine(folder.Path, "002.txt"));

        var corpus = CorpusLoader.Load(folder.Path);
        var meta = corpus["002"].Metadata;

        Assert.Equal<string>(["Marcin Kaczmarski", "Natasha Kuhrt"], meta.Authors);
        Assert.Equal("Beijing is walking a fine line between support for Russia and not angering the west too much", meta.Title);
        Assert.Equal(new PartialDate(2024, 6, 13), meta.Published);
        Assert.Equal(InferredFields.Title | InferredFields.Authors | InferredFields.Published, meta.Inferred);
        Assert.Single(corpus.Warnings);
    }

    [Fact]
    public void Subheads_of_003_stay_and_its_page_header_goes()
    {
        var document = Corpus["003_e7f00a4e528385ab"];
        var kept = document.Body.Select(s => s.Slice(document.Text)).ToList();

        Assert.Contains("junior partner", kept);
        Assert.Contains("friend from a distance", kept);
        Assert.Contains("Who is the owner?", kept);
        Assert.Equal(["Monday, December 30, 2024", "News", "What's really going on between Russia and China", "165views"], document.Removed.Select(r => r.Span.Slice(document.Text)));
    }

    [Fact]
    public void Seeds_000_and_001_form_one_duplicate_group_and_count_once()
    {
        var group = Assert.Single(Corpus.DuplicateGroups);

        Assert.Equal("000_88d14470abd3f9f4", group.Canonical);
        Assert.Equal<string>(["000_88d14470abd3f9f4", "001_85b69c5587809e8f"], group.Members);
        Assert.True(Assert.Single(group.Pairs).Containment >= 0.95);
        Assert.Equal(4, Corpus.Canonical.Length);
        Assert.DoesNotContain(Corpus.Canonical, d => d.Id == "001_85b69c5587809e8f");
        Assert.True(Corpus.IsDuplicate("001_85b69c5587809e8f"));
        Assert.Equal(3, Corpus.Canonical.Count(d => d.Metadata.Outlet == "The Conversation") + 1);
    }

    [Fact]
    public void Every_non_space_character_is_either_body_or_removed_and_spans_are_trimmed()
    {
        foreach (var document in Corpus.Documents)
        {
            CleaningInvariants.Check(document.Text, document.Body, document.Removed);
            Assert.All(document.Body, s => Assert.DoesNotContain('\n', s.Slice(document.Text)));
        }
    }

    [Fact]
    public void Loading_twice_gives_identical_results()
    {
        var again = CorpusLoader.Load(RepoRoot.Seeds);

        Assert.Equal(Corpus.Documents.Select(d => (d.Id, d.Sha256, d.BodyText)), again.Documents.Select(d => (d.Id, d.Sha256, d.BodyText)));
        Assert.Equal(Corpus.Documents.SelectMany(d => d.Removed), again.Documents.SelectMany(d => d.Removed));
        Assert.Equal(Corpus.ManifestSha256, again.ManifestSha256);
    }

    private static string Words(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
