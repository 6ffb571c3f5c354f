namespace Framing.Notebooks.Reports;

/// <summary>The report's inline style sheet: system fonts only, no external resources.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --code-bg: #f6f8fa; --error: #b42318; --error-bg: #fef3f2; --ok: #1a7f37; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1100px; padding: 1.5rem 2rem 4rem; color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875rem; }
        pre { background: var(--code-bg); padding: 0.75rem 1rem; overflow-x: auto; border-radius: 6px; }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { border: 1px solid var(--border); padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: var(--code-bg); }
        .report-source { color: var(--muted); margin: 0 0 0.5rem; }
        .run-summary { padding: 0.6rem 1rem; border-radius: 6px; margin: 0.5rem 0 1rem; }
        .run-summary.ok { background: #dafbe1; color: var(--ok); }
        .run-summary.failed { background: var(--error-bg); color: var(--error); border: 1px solid var(--error); }
        .run-summary a { color: inherit; font-weight: 600; }
        nav.toc { border: 1px solid var(--border); border-radius: 6px; padding: 0.5rem 1rem; margin-bottom: 2rem; }
        nav.toc h2 { font-size: 1rem; margin: 0.25rem 0; }
        nav.toc ul { list-style: none; padding-left: 0; margin: 0; }
        nav.toc li.toc-2 { padding-left: 1rem; } nav.toc li.toc-3 { padding-left: 2rem; } nav.toc li.toc-4, nav.toc li.toc-5, nav.toc li.toc-6 { padding-left: 3rem; }
        section.cell { margin: 0.75rem 0; }
        section.code details > summary { cursor: pointer; color: var(--muted); font-size: 0.85rem; }
        section.code.failed { border-left: 4px solid var(--error); padding-left: 0.75rem; }
        section.code.skipped .cell-note { color: var(--muted); font-style: italic; }
        .outputs { overflow-x: auto; }
        .output.stream.stderr { background: #fff8c5; }
        .output.error { background: var(--error-bg); border: 1px solid var(--error); border-radius: 6px; padding: 0.5rem 1rem; color: var(--error); }
        .output.error .error-title { font-weight: 600; margin: 0.25rem 0; }
        .output.error pre { background: transparent; padding: 0; color: var(--fg); }
        .framing-note { color: var(--muted); font-style: italic; font-size: 0.875rem; }
        mark { background: #fff2a8; }
        footer.provenance { margin-top: 3rem; border-top: 1px solid var(--border); color: var(--muted); font-size: 0.85rem; }
        footer.provenance td code { word-break: break-all; }
        """;
}
