using System.Collections.Immutable;

using Framing.Notebooks.Jupyter.Editing;
using Framing.Notebooks.Jupyter.Engine;

using FsCheck.Xunit;

using Microsoft.CodeAnalysis;

namespace Framing.Notebooks.Tests.Jupyter;

public class EditingTests
{
    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. new[] { typeof(object), typeof(Enumerable), typeof(Console), typeof(List<>) }
            .Select(t => t.Assembly.Location)
            .Append(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll"))
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
    ];

    private static KernelCompilationContext Context(params string[] submissions) =>
        new([.. submissions], References, ["System", "System.Linq", "System.Collections.Generic"], null);

    [Theory]
    [InlineData("var x = 1;", "complete", "")]
    [InlineData("1 + 1", "complete", "")]
    [InlineData("", "complete", "")]
    [InlineData("if (true) {", "incomplete", "    ")]
    [InlineData("void F() { if (true) {", "incomplete", "        ")]
    [InlineData("Console.WriteLine(", "incomplete", "    ")]
    [InlineData("var s = \"\"\"\nopen raw string", "incomplete", "    ")]
    [InlineData("var broken = ;", "invalid", "")]
    public void Completeness_of_script_code(string code, string status, string indent)
    {
        Assert.Equal(new CompletenessResult(status, indent), CompletenessChecker.Check(code));
    }

    [Fact]
    public async Task Completes_locals_from_earlier_cells()
    {
        CompletionResult result = await ScriptEditor.CompleteAsync(
            Context("var myNumber = 42;", "var myName = \"x\";"), "myN", 3, CancellationToken.None);
        Assert.Contains(result.Matches, m => m.Text == "myNumber");
        Assert.Contains(result.Matches, m => m.Text == "myName");
        Assert.Equal((0, 3), (result.Start, result.End));
    }

    [Fact]
    public async Task Completes_members_after_a_dot_with_the_typed_prefix_replaced()
    {
        const string code = "var words = new List<string>(); words.Cou";
        CompletionResult result = await ScriptEditor.CompleteAsync(Context(), code, code.Length, CancellationToken.None);
        Assert.Contains(result.Matches, m => m.Text == "Count" && m.Type == "property");
        Assert.All(result.Matches, m => Assert.StartsWith("Cou", m.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Equal((code.Length - 3, code.Length), (result.Start, result.End));
    }

    [Fact]
    public async Task Inspects_a_symbol_from_an_earlier_cell()
    {
        string? text = await ScriptEditor.InspectAsync(
            Context("int Twice(int value) => value * 2;"), "Twice", 5, CancellationToken.None);
        Assert.NotNull(text);
        Assert.Contains("int Twice(int value)", text, StringComparison.Ordinal);
        Assert.Null(await ScriptEditor.InspectAsync(Context(), "nothingByThisName", 5, CancellationToken.None));
    }

    [Fact]
    public void Code_points_count_astral_characters_once()
    {
        const string text = "a\U0001F600b";
        Assert.Equal(4, text.Length);
        Assert.Equal(3, CodePoints.ToCodePointIndex(text, text.Length));
        Assert.Equal(3, CodePoints.ToUtf16Offset(text, 2));
        Assert.Equal(1, CodePoints.ToUtf16Offset(text, 1));
        Assert.Equal(4, CodePoints.ToUtf16Offset(text, 99));
    }

    [Property]
    public bool Code_point_offsets_round_trip(string? text, int index)
    {
        text ??= string.Empty;
        int codePoint = Math.Abs(index % (text.Length + 1));
        int offset = CodePoints.ToUtf16Offset(text, codePoint);
        return CodePoints.ToUtf16Offset(text, CodePoints.ToCodePointIndex(text, offset)) == offset;
    }
}
