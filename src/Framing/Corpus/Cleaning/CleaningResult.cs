using System.Collections.Immutable;

using Framing.Text;

namespace Framing.Corpus.Cleaning;

/// <summary>What <see cref="ArticleCleaner"/> found in one page.</summary>
/// <param name="Body">The article text: ordered, non-overlapping spans of the original text, trimmed, usually one per paragraph or subhead.</param>
/// <param name="Removed">Every removed span with its rule and reason, in text order.</param>
/// <param name="Metadata">The known metadata completed with what the page revealed (title, authors, date, credits).</param>
public sealed record CleaningResult(ImmutableArray<TextSpan> Body, ImmutableArray<RemovedSpan> Removed, ArticleMetadata Metadata);
