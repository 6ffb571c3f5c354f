using System.Diagnostics;
using System.Text.Json.Nodes;

using Framing.Notebooks.Jupyter.Editing;
using Framing.Notebooks.Jupyter.Engine;
using Framing.Notebooks.Jupyter.Protocol;

namespace Framing.Notebooks.Jupyter;

/// <summary>Shell request handlers.</summary>
internal sealed partial class KernelServer
{
    private async Task HandleShellAsync(JupyterMessage request)
    {
        switch (request.MsgType)
        {
            case "kernel_info_request":
                Reply(KernelChannel.Shell, request, "kernel_info_reply", KernelInfo.Content());
                break;
            case "execute_request":
                await ExecuteAsync(request).ConfigureAwait(false);
                break;
            case "is_complete_request":
                CompletenessResult completeness = CompletenessChecker.Check(request.ContentString("code"));
                var content = new JsonObject { ["status"] = completeness.Status };
                if (completeness.Status == "incomplete")
                {
                    content["indent"] = completeness.Indent;
                }

                Reply(KernelChannel.Shell, request, "is_complete_reply", content);
                break;
            case "complete_request":
                await CompleteAsync(request).ConfigureAwait(false);
                break;
            case "inspect_request":
                await InspectAsync(request).ConfigureAwait(false);
                break;
            case "comm_info_request":
                Reply(KernelChannel.Shell, request, "comm_info_reply", new JsonObject
                {
                    ["status"] = "ok",
                    ["comms"] = new JsonObject(),
                });
                break;
            case "history_request":
                Reply(KernelChannel.Shell, request, "history_reply", new JsonObject
                {
                    ["status"] = "ok",
                    ["history"] = new JsonArray(),
                });
                break;
            case "shutdown_request":
                // Older clients send shutdown on shell; treat it like the control request.
                HandleControlOnShell(request);
                break;
            default:
                Log($"[Shell] unsupported message type '{request.MsgType}' ignored.");
                break;
        }
    }

    private void HandleControlOnShell(JupyterMessage request)
    {
        Reply(KernelChannel.Shell, request, "shutdown_reply", new JsonObject
        {
            ["status"] = "ok",
            ["restart"] = request.ContentBool("restart", false),
        });
        BeginShutdown();
    }

    private async Task ExecuteAsync(JupyterMessage request)
    {
        string code = request.ContentString("code");
        bool silent = request.ContentBool("silent", false);
        bool storeHistory = !silent && request.ContentBool("store_history", true);
        if (storeHistory)
        {
            executionCount++;
        }

        int count = executionCount;
        if (!silent)
        {
            Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        }

        DateTimeOffset started = DateTimeOffset.UtcNow;
        long engineStart = Stopwatch.GetTimestamp();
        KernelExecutionOutcome outcome = await RunCellAsync(request, code).ConfigureAwait(false);
        var metadata = new JsonObject
        {
            ["started"] = MessageHeader.FormatDate(started),
            ["status"] = outcome.Succeeded ? "ok" : "error",

            // Time spent in the engine, so clients (and tests/kernel/measure.py) can tell it from protocol overhead.
            ["framing_engine_ms"] = Math.Round(Stopwatch.GetElapsedTime(engineStart).TotalMilliseconds, 3),
        };
        if (outcome.Error is { } error)
        {
            Publish(request, "error", ErrorContent(error));
            JsonObject reply = ErrorContent(error);
            reply["status"] = "error";
            reply["execution_count"] = count;
            Reply(KernelChannel.Shell, request, "execute_reply", reply, metadata);
            return;
        }

        if (outcome.Result is { } result && !silent)
        {
            Publish(request, "execute_result", new JsonObject
            {
                ["execution_count"] = count,
                ["data"] = MimeData.ToJson(result),
                ["metadata"] = new JsonObject(),
            });
        }

        Reply(KernelChannel.Shell, request, "execute_reply", new JsonObject
        {
            ["status"] = "ok",
            ["execution_count"] = count,
            ["payload"] = new JsonArray(),
            ["user_expressions"] = new JsonObject(),
        },
        metadata);
    }

    private async Task<KernelExecutionOutcome> RunCellAsync(JupyterMessage request, string code)
    {
        using var cell = CancellationTokenSource.CreateLinkedTokenSource(shutdown.Token);
        lock (runningGate)
        {
            running = cell;
        }

        try
        {
            IKernelSession kernelSession = await Session().ConfigureAwait(false);
            using var output = new IopubOutput((type, content) => Publish(request, type, content));
            KernelExecutionOutcome outcome = await kernelSession.ExecuteAsync(code, output, cell.Token).ConfigureAwait(false);
            output.Flush();
            return outcome;
        }
        catch (OperationCanceledException)
        {
            return KernelExecutionOutcome.Failure(new KernelError(
                "OperationCanceledException", "The cell was interrupted.", ["The cell was interrupted."]));
        }
#pragma warning disable CA1031 // The engine promises not to throw; if it does, the user sees the error, not a dead kernel.
        catch (Exception error)
#pragma warning restore CA1031
        {
            Log($"[Shell] the engine threw: {error}");
            return KernelExecutionOutcome.Failure(new KernelError(
                error.GetType().Name, error.Message, [.. error.ToString().Split('\n')]));
        }
        finally
        {
            lock (runningGate)
            {
                running = null;
            }
        }
    }

    private async Task CompleteAsync(JupyterMessage request)
    {
        string code = request.ContentString("code");
        int cursor = request.ContentInt("cursor_pos", code.Length);
        int offset = CodePoints.ToUtf16Offset(code, cursor);
        IKernelSession kernelSession = await Session().ConfigureAwait(false);
        CompletionResult completions = await ScriptEditor
            .CompleteAsync(kernelSession.CompilationContext, code, offset, shutdown.Token)
            .ConfigureAwait(false);
        int start = CodePoints.ToCodePointIndex(code, completions.Start);
        int end = CodePoints.ToCodePointIndex(code, completions.End);
        var types = new JsonArray();
        foreach (CompletionMatch match in completions.Matches)
        {
            types.Add(new JsonObject { ["start"] = start, ["end"] = end, ["text"] = match.Text, ["type"] = match.Type });
        }

        Reply(KernelChannel.Shell, request, "complete_reply", new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. completions.Matches.Select(m => (JsonNode)JsonValue.Create(m.Text))]),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject { ["_jupyter_types_experimental"] = types },
        });
    }

    private async Task InspectAsync(JupyterMessage request)
    {
        string code = request.ContentString("code");
        int offset = CodePoints.ToUtf16Offset(code, request.ContentInt("cursor_pos", code.Length));
        IKernelSession kernelSession = await Session().ConfigureAwait(false);
        string? text = await ScriptEditor
            .InspectAsync(kernelSession.CompilationContext, code, offset, shutdown.Token)
            .ConfigureAwait(false);
        Reply(KernelChannel.Shell, request, "inspect_reply", new JsonObject
        {
            ["status"] = "ok",
            ["found"] = text is not null,
            ["data"] = text is null ? new JsonObject() : new JsonObject { ["text/plain"] = text },
            ["metadata"] = new JsonObject(),
        });
    }

    private Task<IKernelSession> Session() =>
        sessionTask ?? throw new InvalidOperationException("The kernel session is used before the kernel runs.");

    private static JsonObject ErrorContent(KernelError error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Value,
        ["traceback"] = new JsonArray([.. error.Traceback.Select(line => (JsonNode)JsonValue.Create(line))]),
    };
}
