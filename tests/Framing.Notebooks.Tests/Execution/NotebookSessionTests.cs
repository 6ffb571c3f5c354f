using System.Collections.Concurrent;

using Framing.Notebooks.Execution;
using Framing.Notebooks.Model;

namespace Framing.Notebooks.Tests.Execution;

public class NotebookSessionTests
{
    private static NotebookSession NewSession(TimeSpan? grace = null) => new(new NotebookSessionOptions
    {
        WorkingDirectory = TestPaths.RepoRoot,
        InterruptGracePeriod = grace ?? TimeSpan.FromSeconds(5),
    });

    [Fact]
    public async Task State_carries_across_cells_and_the_trailing_expression_is_the_result()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult first = await session.Run("int x = 40;\nstring Greet(string n) => \"hi \" + n;");
        CellExecutionResult second = await session.Run("x += 2;\nGreet(\"bob\") + \" \" + x");

        Assert.Equal(CellStatus.Succeeded, first.Status);
        Assert.Empty(first.Outputs);
        Assert.Equal("hi bob 42", second.PlainResult());
        Assert.Equal(2, second.ExecutionCount);
        Assert.Equal(2, Assert.IsType<ExecuteResultOutput>(second.Outputs.Single()).ExecutionCount);
    }

    [Fact]
    public async Task Objects_get_html_and_plain_text_while_strings_get_plain_text_only()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult text = await session.Run("\"<script>alert(1)</script>\"");
        CellExecutionResult record = await session.Run("new { Title = \"<script>alert(1)</script>\", Count = 3 }");

        MimeBundle plain = Assert.IsType<ExecuteResultOutput>(text.Outputs.Single()).Data;
        Assert.Equal(["text/plain"], plain.MimeTypes);
        MimeBundle rich = Assert.IsType<ExecuteResultOutput>(record.Outputs.Single()).Data;
        Assert.Equal(["text/html", "text/plain"], rich.MimeTypes);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", rich.GetText("text/html"), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", rich.GetText("text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Display_and_console_output_keep_their_order()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.Run(
            "Console.WriteLine(\"before\");\nConsole.Error.WriteLine(\"warning\");\ndisplay(new { A = 1 });\nConsole.Write(\"after\");\nConsole.WriteLine(\" and more\");");

        Assert.Collection(
            result.Outputs,
            o => Assert.Equal(("stdout", "before\n"), (((StreamOutput)o).Name, ((StreamOutput)o).Text)),
            o => Assert.Equal(("stderr", "warning\n"), (((StreamOutput)o).Name, ((StreamOutput)o).Text)),
            o => Assert.Contains("text/html", ((DisplayDataOutput)o).Data.MimeTypes),
            o => Assert.Equal(("stdout", "after and more\n"), (((StreamOutput)o).Name, ((StreamOutput)o).Text)));
    }

    [Fact]
    public async Task Outputs_reach_the_callback_while_the_cell_is_still_running()
    {
        using NotebookSession session = NewSession();
        CellSignal.Event.Reset();
        ConcurrentQueue<CellOutput> seen = new();
        string assembly = typeof(CellSignal).Assembly.Location;
        string code = $"#r \"{assembly}\"\nConsole.WriteLine(\"started\");\nConsole.Out.Flush();\n"
            + "Framing.Notebooks.Tests.Execution.CellSignal.Event.Wait(TimeSpan.FromSeconds(20))";

        CellExecutionResult result = await session.ExecuteAsync(code, new CellExecutionOptions
        {
            OnOutput = output =>
            {
                seen.Enqueue(output);
                if (output is StreamOutput { Text: "started\n" })
                {
                    CellSignal.Event.Set();
                }
            },
        });

        Assert.Equal("True", result.PlainResult());
        Assert.IsType<StreamOutput>(seen.First());
        Assert.IsType<ExecuteResultOutput>(seen.Last());
    }

    [Fact]
    public async Task Large_output_arrives_whole_in_bounded_chunks()
    {
        using NotebookSession session = NewSession();
        List<int> chunks = [];

        CellExecutionResult result = await session.ExecuteAsync(
            "var line = new string('x', 99);\nfor (int i = 0; i < 20000; i++) Console.WriteLine(line);",
            new CellExecutionOptions { OnOutput = o => chunks.Add(((StreamOutput)o).Text.Length) });

        StreamOutput stdout = Assert.IsType<StreamOutput>(Assert.Single(result.Outputs));
        Assert.Equal(2_000_000, stdout.Text.Length);
        Assert.Equal(2_000_000, chunks.Sum());
        Assert.All(chunks, c => Assert.True(c <= 64 * 1024 + 100, $"chunk of {c} chars"));
    }

    [Fact]
    public async Task Compile_errors_name_the_cell_and_its_own_line()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.ExecuteAsync(
            "#r \"nuget: Markdig, 1.6.0\"\nint ok = 1;\nundefinedName + ok", new CellExecutionOptions { CellLabel = "cell 7" });

        Assert.Equal(CellStatus.Failed, result.Status);
        ErrorOutput error = Assert.IsType<ErrorOutput>(result.Outputs.Single());
        Assert.Equal("CompilationError", error.EName);
        Assert.StartsWith("cell 7, line 3: error CS0103:", error.EValue, StringComparison.Ordinal);
        Assert.Contains("undefinedName", error.EValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exceptions_become_errors_with_the_line_and_earlier_output_is_kept()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.Run("Console.WriteLine(\"partial\");\n\nthrow new InvalidOperationException(\"boom\");");
        CellExecutionResult after = await session.Run("1 + 1");

        Assert.Equal(CellStatus.Failed, result.Status);
        Assert.Equal("partial\n", result.Stream("stdout"));
        ErrorOutput error = result.Error!;
        Assert.Equal("System.InvalidOperationException", error.EName);
        Assert.Equal("cell [1], line 3: boom", error.EValue);
        Assert.Equal("2", after.PlainResult());
    }

    [Fact]
    public async Task An_exception_thrown_in_a_helper_from_an_earlier_cell_names_both_cells()
    {
        using NotebookSession session = NewSession();
        await session.ExecuteAsync("int Check(int n)\n{\n    if (n < 0) throw new ArgumentException(\"negative\");\n    return n;\n}", new CellExecutionOptions { CellLabel = "cell 2" });

        CellExecutionResult result = await session.ExecuteAsync("var ok = Check(1);\nCheck(-1)", new CellExecutionOptions { CellLabel = "cell 4" });

        Assert.Equal("cell 4, line 2 (thrown in cell 2, line 3): negative", result.Error!.EValue);
    }

    [Fact]
    public async Task A_timed_out_infinite_loop_is_stopped_and_the_session_stays_usable()
    {
        using NotebookSession session = NewSession();
        await session.Run("int kept = 5;");

        CellExecutionResult result = await session.Run("while (true) { }", timeout: TimeSpan.FromMilliseconds(300));
        CellExecutionResult after = await session.Run("kept * 2");

        Assert.Equal(CellStatus.TimedOut, result.Status);
        Assert.Equal("TimeoutError", result.Error!.EName);
        Assert.Contains("timed out after 0.3 s", result.Error.EValue, StringComparison.Ordinal);
        Assert.False(session.IsBroken);
        Assert.Equal("10", after.PlainResult());
    }

    [Fact]
    public async Task Cancelling_an_infinite_loop_inside_a_method_stops_it()
    {
        using NotebookSession session = NewSession();
        using CancellationTokenSource cancel = new();
        CellExecutionOptions options = new() { OnOutput = _ => cancel.CancelAfter(100) };

        CellExecutionResult result = await session.ExecuteAsync(
            "Console.WriteLine(\"spinning\");\nConsole.Out.Flush();\nvoid Spin() { for (;;) ; }\nSpin();", options, cancel.Token);
        CellExecutionResult after = await session.Run("\"alive\"");

        Assert.Equal(CellStatus.Cancelled, result.Status);
        Assert.Equal("spinning\n", result.Stream("stdout"));
        Assert.Contains("cancelled", result.Error!.EValue, StringComparison.Ordinal);
        Assert.False(session.IsBroken);
        Assert.Equal("alive", after.PlainResult());
    }

    [Fact]
    public async Task A_sleeping_cell_is_woken_when_it_times_out()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.Run("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);", timeout: TimeSpan.FromMilliseconds(200));

        Assert.Equal(CellStatus.TimedOut, result.Status);
        Assert.False(session.IsBroken);
        Assert.Equal("2", (await session.Run("1 + 1")).PlainResult());
    }

    [Fact]
    public async Task A_cell_blocked_where_it_cannot_be_interrupted_breaks_the_session_with_a_clear_message()
    {
        using NotebookSession session = NewSession(grace: TimeSpan.FromMilliseconds(200));

        CellExecutionResult result = await session.Run(
            "var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.In);\npipe.ReadByte();",
            timeout: TimeSpan.FromMilliseconds(300));
        CellExecutionResult after = await session.Run("1");

        Assert.Equal(CellStatus.TimedOut, result.Status);
        Assert.Contains("restart", result.Error!.EValue, StringComparison.Ordinal);
        Assert.True(session.IsBroken);
        Assert.Equal(CellStatus.Failed, after.Status);
        Assert.Equal("SessionBroken", after.Error!.EName);
    }

    [Theory]
    [InlineData("if (x) {", false)]
    [InlineData("var s = \"open", false)]
    [InlineData("1 + 1", true)]
    [InlineData("void F() { }", true)]
    public void Complete_submissions_are_recognised(string code, bool complete)
    {
        Assert.Equal(complete, NotebookSession.IsCompleteSubmission(code));
    }

    [Fact]
    public async Task Another_language_marker_is_an_unsupported_error()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.Run("#!fsharp\nlet x = 1");

        Assert.Equal("UnsupportedLanguage", result.Error!.EName);
        Assert.Contains("only C# is supported", result.Error.EValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_are_listed_for_inspection()
    {
        using NotebookSession session = NewSession();

        await session.Run("var answer = 42; var answer2 = \"x\";");

        Assert.Contains(session.Variables, v => v.Name == "answer" && (int)v.Value! == 42);
        Assert.NotNull(session.LastCompilation);
    }

    [Fact]
    public async Task A_cell_cancelled_before_it_starts_ends_cancelled_without_throwing()
    {
        using NotebookSession session = NewSession();
        using CancellationTokenSource cancel = new();
        await cancel.CancelAsync();

        CellExecutionResult result = await session.Run("1 + 1", cancellationToken: cancel.Token);

        Assert.Equal(CellStatus.Cancelled, result.Status);
        Assert.Equal("2", (await session.Run("1 + 1")).PlainResult());
    }
}
