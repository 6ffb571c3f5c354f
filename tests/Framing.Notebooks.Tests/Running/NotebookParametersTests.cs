using Framing.Notebooks.Model;
using Framing.Notebooks.Running;

namespace Framing.Notebooks.Tests.Running;

public class NotebookParametersTests
{
    private static readonly Notebook Sample = NotebookFile.Read(NotebookRunnerTests.Sample);

    private static KeyValuePair<string, object?> P(string name, object? value) => KeyValuePair.Create(name, value);

    [Theory]
    [InlineData("1abc", "not a valid C# identifier")]
    [InlineData("class", "not a valid C# identifier")]
    [InlineData("a-b", "not a valid C# identifier")]
    [InlineData("undeclared", "not declared in the 'parameters' cell (declared: limit, outlet)")]
    public void Bad_names_are_rejected(string name, string expected)
    {
        NotebookException error = Assert.Throws<NotebookException>(() => NotebookParameters.Inject(Sample, [P(name, "x")], "nb.ipynb"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("nb.ipynb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_without_a_parameters_cell_cannot_take_parameters()
    {
        Notebook plain = new Notebook().WithCells([NotebookCell.Code("int x = 1;")]);

        NotebookException error = Assert.Throws<NotebookException>(() => NotebookParameters.Inject(plain, [P("x", 2L)], "nb.ipynb"));

        Assert.Contains("no code cell is tagged 'parameters'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Injecting_twice_replaces_the_earlier_injected_cell()
    {
        Notebook once = NotebookParameters.Inject(Sample, [P("limit", 3L)], "nb");

        Notebook twice = NotebookParameters.Inject(once, [P("limit", 5L)], "nb");

        Assert.Single(twice.Cells, c => c.Id == "injected-parameters");
        Assert.EndsWith("limit = 5;", twice.Cells[2].Source, StringComparison.Ordinal);
        Assert.Equal(Sample.Cells.Length + 1, twice.Cells.Length);
    }

    [Fact]
    public void No_parameters_leave_the_notebook_unchanged()
    {
        Assert.Same(Sample, NotebookParameters.Inject(Sample, [], "nb"));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData("42", 42L)]
    [InlineData("-1.5", -1.5)]
    [InlineData("../seeds", "../seeds")]
    [InlineData("1e400", "1e400")]
    public void Command_line_values_are_typed_like_papermill(string text, object expected)
    {
        Assert.Equal(expected, NotebookParameters.ParseValue(text));
    }

    [Fact]
    public void Assignments_split_at_the_first_equals_sign()
    {
        Assert.Equal(P("query", "a=b"), NotebookParameters.ParseAssignment("query=a=b"));
        Assert.Throws<NotebookException>(() => NotebookParameters.ParseAssignment("novalue"));
    }

    [Theory]
    [InlineData("tab\there \"q\" \\", "\"tab\\there \\\"q\\\" \\\\\"")]
    [InlineData(true, "true")]
    [InlineData(3L, "3")]
    [InlineData(2.0, "2.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(null, "null")]
    public void Values_become_CSharp_literals(object? value, string expected)
    {
        Assert.Equal(expected, NotebookParameters.ToCSharpLiteral(value));
    }

    [Fact]
    public void Values_without_a_literal_form_are_rejected()
    {
        NotebookException error = Assert.Throws<NotebookException>(() => NotebookParameters.ToCSharpLiteral(new object(), "when"));

        Assert.Contains("'when'", error.Message, StringComparison.Ordinal);
    }
}
