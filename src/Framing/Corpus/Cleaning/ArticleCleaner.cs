using System.Collections.Immutable;

using Framing.Corpus.Cleaning.Rules;

namespace Framing.Corpus.Cleaning;

/// <summary>
/// Separates a scraped page's article text from its chrome with a fixed chain of small rules driven
/// by line shape, position, repetition and a configurable phrase list (see <see cref="RuleNames"/>
/// for the order). Offsets always index the original text: nothing is rewritten, only selected.
/// Thread-safe; one instance can clean any number of pages.
/// </summary>
public sealed class ArticleCleaner
{
    private static readonly ImmutableArray<ICleaningRule> Chain =
    [
        new PhraseRule(),
        new RelatedListRule(),
        new WeatherRule(),
        new ViewCounterRule(),
        new DateLineRule(),
        new CaptionRule(),
        new BylineRule(),
        new AuthorBioRule(),
        new HeaderRule(),
        new RepeatedLineRule(),
        new FooterRule(),
        new LinkTeaserRule(),
        new InlineCreditRule(),
        new TrailingLogoRule(),
    ];

    private readonly ImmutableArray<ICleaningRule> _rules;

    /// <summary>Creates a cleaner with <paramref name="options"/> (or <see cref="CleaningOptions.Default"/>).</summary>
    public ArticleCleaner(CleaningOptions? options = null)
    {
        Options = options ?? CleaningOptions.Default;
        _rules = Chain.RemoveAll(r => Options.DisabledRules.Contains(r.Name));
    }

    /// <summary>The rule names in the order they run; these names appear in <see cref="RemovedSpan.Rule"/>.</summary>
    public static ImmutableArray<string> RuleNames { get; } = Chain.Select(r => r.Name).ToImmutableArray();

    /// <summary>The options this cleaner uses.</summary>
    public CleaningOptions Options { get; }

    /// <summary>Cleans <paramref name="text"/> with no prior metadata.</summary>
    public CleaningResult Clean(string text, CancellationToken cancellationToken = default) =>
        Clean(text, ArticleMetadata.Empty("document"), cancellationToken);

    /// <summary>
    /// Cleans <paramref name="text"/>. <paramref name="known"/> (usually the manifest entry) helps find the
    /// title and author lines; its fields win over what the page suggests, and only missing ones are inferred.
    /// </summary>
    public CleaningResult Clean(string text, ArticleMetadata known, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        var context = new CleaningContext(text, known, Options);
        foreach (var rule in _rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rule.Apply(context);
        }

        var (body, removed) = context.Result();
        return new CleaningResult(body, removed, Merge(known, context));
    }

    private static ArticleMetadata Merge(ArticleMetadata known, CleaningContext found)
    {
        var inferred = known.Inferred;
        var title = known.Title;
        if (title is null && found.Title is not null)
        {
            title = found.Title;
            inferred |= InferredFields.Title;
        }

        var authors = known.Authors;
        if (authors.IsDefaultOrEmpty && found.Authors.Count > 0)
        {
            authors = [.. found.Authors];
            inferred |= InferredFields.Authors;
        }

        var published = known.Published;
        if (published is null && found.Date is not null)
        {
            published = found.Date;
            inferred |= InferredFields.Published;
        }

        return known with
        {
            Title = title,
            Authors = authors.IsDefault ? [] : authors,
            Published = published,
            Inferred = inferred,
            Credits = [.. found.Credits],
        };
    }
}
