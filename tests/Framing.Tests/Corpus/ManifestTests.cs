using Framing.Corpus;

namespace Framing.Tests.Corpus;

public class ManifestTests
{
    private const string Article = "Headline of the test article here\n\nThe first paragraph of the article says something about Russia and China.\n";

    [Fact]
    public void Reads_every_field_from_yaml()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.yaml", """
            documents:
              - id: a1
                outlet: The Outlet
                title: Headline of the test article here
                authors: [Jane Doe, John Roe]
                published: 2024-04
                republisher: a blog
                notes: a note
            """);

        var corpus = CorpusLoader.Load(folder.Path);

        var meta = corpus["a1"].Metadata;
        Assert.Equal(("The Outlet", "Headline of the test article here", "a blog", "a note"), (meta.Outlet, meta.Title, meta.Republisher, meta.Notes));
        Assert.Equal<string>(["Jane Doe", "John Roe"], meta.Authors);
        Assert.Equal(new PartialDate(2024, 4), meta.Published);
        Assert.Equal(InferredFields.None, meta.Inferred);
        Assert.True(meta.FromManifest);
        Assert.Empty(corpus.Warnings);
        Assert.Equal(Path.Combine(folder.Path, "manifest.yaml"), corpus.ManifestPath);
        Assert.Matches("^[0-9a-f]{64}$", corpus.ManifestSha256);
    }

    [Fact]
    public void Reads_a_json_manifest()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.json", """
            { "documents": [ { "id": "a1", "outlet": "The Outlet", "authors": ["Jane Doe"], "published": "2024-04-09" } ] }
            """);

        var meta = CorpusLoader.Load(folder.Path)["a1"].Metadata;

        Assert.Equal("The Outlet", meta.Outlet);
        Assert.Equal<string>(["Jane Doe"], meta.Authors);
        Assert.Equal(new PartialDate(2024, 4, 9), meta.Published);
    }

    [Fact]
    public void Json_syntax_error_names_manifest_and_line()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        var path = folder.Write("manifest.json", "{\n  \"documents\": [\n    { \"id\": \"a1\", }\n  ]\n}\n");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_names_manifest_line_and_field()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        var path = folder.Write("manifest.yaml", "documents:\n  - id: a1\n    outlet: X\n    auhtors: [Jane Doe]\n");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal((path, 4, "auhtors"), (error.File, error.Line, error.Field));
        Assert.StartsWith(path + ":4: field 'auhtors': Unknown field", error.Message, StringComparison.Ordinal);
        Assert.Contains("Allowed fields: id, file, outlet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_in_json_names_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.json", "{\n  \"documents\": [\n    {\n      \"id\": \"a1\",\n      \"date\": \"2024-04\"\n    }\n  ]\n}\n");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal((5, "date"), (error.Line, error.Field));
    }

    [Fact]
    public void Missing_file_names_the_entry()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.yaml", "documents:\n  - id: a1\n  - id: a2\n    outlet: X\n");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal((3, "file"), (error.Line, error.Field));
        Assert.Contains("'a2'", error.Message, StringComparison.Ordinal);
        Assert.Contains("a2.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_id_names_both_lines()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.yaml", "documents:\n  - id: a1\n  - id: a1\n");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal((3, "id"), (error.Line, error.Field));
        Assert.Contains("appears twice (first at line 2)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("April 2024")]
    [InlineData("2024-13-01")]
    [InlineData("2024/04/09")]
    public void Unparsable_date_names_line_field_and_value(string date)
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.yaml", $"documents:\n  - id: a1\n    published: \"{date}\"\n");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal((3, "published"), (error.Line, error.Field));
        Assert.Contains(date, error.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_without_id_is_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.yaml", "documents:\n  - outlet: X\n");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal((2, "id"), (error.Line, error.Field));
    }

    [Fact]
    public void Invalid_yaml_names_the_line()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.yaml", "documents:\n  - id: a1\n    notes: Ends: with a colon\n");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal(3, error.Line);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_top_level_field_is_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.yaml", "docs:\n  - id: a1\n");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal(("docs", 1), (error.Field, error.Line));
    }

    [Fact]
    public void Two_manifests_in_one_folder_is_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("manifest.yaml", "documents: []\n");
        folder.Write("manifest.json", "{\"documents\": []}");

        var error = Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path));

        Assert.Contains("more than one manifest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_entry_loads_with_inferred_metadata_and_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", Article);
        folder.Write("b2.txt", "Menu\n\nAnother headline about the summit today\n\nBy Jane Doe and John Roe\n\nThe summit opened on Monday with a long speech by the host about trade.\n");
        folder.Write("manifest.yaml", "documents:\n  - id: a1\n    outlet: X\n");

        var corpus = CorpusLoader.Load(folder.Path);

        var b2 = corpus["b2"];
        Assert.False(b2.Metadata.FromManifest);
        Assert.Equal("Another headline about the summit today", b2.Metadata.Title);
        Assert.Equal<string>(["Jane Doe", "John Roe"], b2.Metadata.Authors);
        Assert.Equal(InferredFields.Title | InferredFields.Authors, b2.Metadata.Inferred);
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("b2", warning.DocumentId);
        Assert.Contains("No manifest entry for 'b2'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_values_win_over_the_page()
    {
        using var folder = new TempFolder();
        folder.Write("a1.txt", "Thursday, June 13, 2024\n\nBy Someone Else\n\n" + Article);
        folder.Write("manifest.yaml", "documents:\n  - id: a1\n    authors: [Jane Doe]\n    published: 2024-05\n");

        var meta = CorpusLoader.Load(folder.Path)["a1"].Metadata;

        Assert.Equal<string>(["Jane Doe"], meta.Authors);
        Assert.Equal(new PartialDate(2024, 5), meta.Published);
        Assert.Equal(InferredFields.Title, meta.Inferred);
        Assert.Equal<string>(["By Someone Else"], meta.Credits);
    }

    [Fact]
    public void Explicit_manifest_path_applies_to_a_file_list()
    {
        using var folder = new TempFolder();
        var a1 = folder.Write("a1.txt", Article);
        folder.Write("a2.txt", Article.Replace("Russia", "Iran", StringComparison.Ordinal));
        var manifest = folder.Write("meta.yaml", "- id: a1\n  outlet: X\n- id: a2\n  outlet: Y\n");

        var corpus = CorpusLoader.LoadFiles([a1], CorpusOptions.Default with { ManifestPath = manifest });

        var only = Assert.Single(corpus.Documents);
        Assert.Equal(("a1", "X"), (only.Id, only.Metadata.Outlet));
        Assert.Empty(corpus.Warnings);
    }
}
