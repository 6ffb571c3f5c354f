using Framing.Corpus;
using Framing.Corpus.Cleaning;

namespace Framing.Tests.Corpus;

/// <summary>Helpers to read a cleaning result as text.</summary>
internal static class CleaningAssert
{
    public static CleaningResult Clean(string text, ArticleMetadata? known = null, CleaningOptions? options = null) =>
        new ArticleCleaner(options).Clean(text, known ?? ArticleMetadata.Empty("t"));

    public static string[] Kept(this CleaningResult result, string text) => [.. result.Body.Select(s => s.Slice(text))];

    public static string[] Dropped(this CleaningResult result, string text) => [.. result.Removed.Select(r => r.Span.Slice(text))];

    public static RemovedSpan RemovalOf(this CleaningResult result, string text, string line) =>
        result.Removed.Single(r => r.Span.Slice(text) == line);
}
