using System.Text;
using System.Text.Json;

using Framing.Notebooks.Model;

namespace Framing.Notebooks.Tests.Model;

public class NotebookFileTests
{
    private static readonly string Sample = TestPaths.Data("Model", "Data", "roundtrip.ipynb");

    [Fact]
    public void Round_trip_of_a_Jupyter_written_notebook_is_byte_identical()
    {
        string original = File.ReadAllText(Sample, Encoding.UTF8);

        string written = NotebookFile.Serialize(NotebookFile.Parse(original, Sample));

        Assert.Equal(original, written);
    }

    [Fact]
    public void Reading_exposes_cells_ids_sources_outputs_and_keeps_unknown_fields()
    {
        Notebook notebook = NotebookFile.Read(Sample);

        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Raw, CellKind.Code], notebook.Cells.Select(c => c.Kind));
        Assert.Equal(["intro-1", "code-2", "raw-3", "empty-4"], notebook.Cells.Select(c => c.Id));
        Assert.Equal<string>(["narrative"], notebook.Cells[0].Tags);
        Assert.StartsWith("# Title ✓ 😀\n\nText with <script>", notebook.Cells[0].Source, StringComparison.Ordinal);
        Assert.True(notebook.Cells[0].UnknownProperties.ContainsKey("attachments"));
        NotebookCell code = notebook.Cells[1];
        Assert.Equal("var x = 41;\nx + 1", code.Source);
        Assert.Equal(3, code.ExecutionCount);
        Assert.Equal("me", code.UnknownProperties["unknown_cell_field"].GetProperty("keep").GetString());
        Assert.Equal("line one\nline two\n", Assert.IsType<StreamOutput>(code.Outputs[0]).Text);
        Assert.Equal("<b>42</b>", Assert.IsType<ExecuteResultOutput>(code.Outputs[1]).Data.GetText("text/html"));
        Assert.Equal("single string", Assert.IsType<DisplayDataOutput>(code.Outputs[2]).Data.GetText("text/plain"));
        Assert.Equal("boom", Assert.IsType<ErrorOutput>(code.Outputs[3]).EValue);
        Assert.Equal("future_output", Assert.IsType<UnknownOutput>(code.Outputs[4]).OutputType);
        Assert.Equal("kept", notebook.UnknownProperties["extra_top_level"].GetString());
    }

    [Fact]
    public void Changed_sources_are_written_as_lines_and_unchanged_parts_stay_identical()
    {
        Notebook notebook = NotebookFile.Read(Sample);
        Notebook changed = notebook.WithCells(notebook.Cells.SetItem(1, notebook.Cells[1] with { Source = "a\nb" }));

        string written = NotebookFile.Serialize(changed);

        Assert.Contains("   \"source\": [\n    \"a\\n\",\n    \"b\"\n   ],", written, StringComparison.Ordinal);
        string original = File.ReadAllText(Sample, Encoding.UTF8);
        string markdownCell = original[original.IndexOf("  {\n   \"cell_type\": \"markdown\"", StringComparison.Ordinal)..original.IndexOf("\n  },\n", StringComparison.Ordinal)];
        Assert.Contains(markdownCell, written, StringComparison.Ordinal);
        Assert.Contains("\"unknown_cell_field\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_notebook_is_written_like_Jupyter_sorted_with_one_space_indent_and_a_final_newline()
    {
        Notebook notebook = new Notebook().WithCells([NotebookCell.Markdown("# Hi", "m1"), NotebookCell.Code("1 + 1", "c1")]);

        string written = NotebookFile.Serialize(notebook);

        Assert.Equal(
            "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"id\": \"m1\",\n   \"metadata\": {},\n   \"source\": [\n    \"# Hi\"\n   ]\n  },\n"
            + "  {\n   \"cell_type\": \"code\",\n   \"execution_count\": null,\n   \"id\": \"c1\",\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n    \"1 + 1\"\n   ]\n  }\n ],\n"
            + " \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n",
            written);
    }

    [Fact]
    public void Writing_is_atomic_and_reads_back_equal()
    {
        string folder = TestPaths.NewTempFolder();
        string path = Path.Combine(folder, "out.ipynb");

        NotebookFile.Write(NotebookFile.Read(Sample), path);

        Assert.Equal(File.ReadAllText(Sample), File.ReadAllText(path));
        Assert.Equal(["out.ipynb"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1, 2]", "top level must be a JSON object")]
    [InlineData("{\"cells\": []}", "'nbformat' is missing")]
    [InlineData("{\"nbformat\": 3, \"cells\": []}", "nbformat 3 is not supported")]
    [InlineData("{\"nbformat\": 4}", "'cells' is missing")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"sql\"}]}", "cell 1 has cell_type 'sql'")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 5}]}", "'source' must be a string or a list of strings")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"outputs\": [{}]}]}", "an output has no 'output_type'")]
    public void Bad_notebooks_are_rejected_with_a_message_naming_the_problem(string json, string expected)
    {
        NotebookException error = Assert.Throws<NotebookException>(() => NotebookFile.Parse(json, "bad.ipynb"));

        Assert.Contains("bad.ipynb", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        NotebookException error = Assert.Throws<NotebookException>(() => NotebookFile.Read("/no/such/notebook.ipynb"));

        Assert.Contains("/no/such/notebook.ipynb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_use_Python_escapes_only_for_quotes_backslashes_and_control_characters()
    {
        Notebook notebook = new Notebook().WithCells([NotebookCell.Raw("\"\\\u0001\t</script> é 😀")]);

        string written = NotebookFile.Serialize(notebook);

        Assert.Contains("\"\\\"\\\\\\u0001\\t</script> é 😀\"", written, StringComparison.Ordinal);
        Assert.Equal("\"\\\u0001\t</script> é 😀", NotebookFile.Parse(written).Cells[0].Source);
    }

    [Fact]
    public void Metadata_keys_keep_their_original_order()
    {
        Notebook notebook = NotebookFile.Read(Sample);

        string written = NotebookFile.Serialize(notebook);

        Assert.True(written.IndexOf("\"zeta\"", StringComparison.Ordinal) < written.IndexOf("\"alpha\"", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Object, notebook.Cells[1].Metadata.ValueKind);
    }
}
