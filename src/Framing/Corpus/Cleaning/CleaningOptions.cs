using System.Collections.Immutable;

namespace Framing.Corpus.Cleaning;

/// <summary>
/// Settings for <see cref="ArticleCleaner"/>: the chrome phrase list and the line-shape thresholds.
/// Immutable; derive variants with <c>with</c>, <see cref="WithPhrase"/>, <see cref="WithoutPhrase"/> and <see cref="WithoutRule"/>.
/// </summary>
public sealed record CleaningOptions
{
    // Declared before Default: static initialisers run in text order.
    private static ImmutableArray<ChromePhrase> DefaultPhrases { get; } =
    [
        new("Menu Close", ChromeKind.Navigation),
        new("Skip to content", ChromeKind.Navigation),
        new("Skip to main content", ChromeKind.Navigation),
        new("Toggle navigation", ChromeKind.Navigation),
        new("Download the app", ChromeKind.Navigation),
        new("You're reading an excerpt", ChromeKind.Newsletter),
        new("Sign up", ChromeKind.Newsletter),
        new("Subscribe to", ChromeKind.Newsletter),
        new("Get the latest", ChromeKind.Newsletter),
        new("This article is republished from", ChromeKind.Republication),
        new("This article was originally published", ChromeKind.Republication),
        new("This post was originally published", ChromeKind.Republication),
        new("Originally published", ChromeKind.Republication),
        new("Credit: Source link", ChromeKind.Republication),
        new("Source link", ChromeKind.Republication),
        new("Read the original article", ChromeKind.Republication),
        new("Notify of", ChromeKind.CommentWidget),
        new("Inline Feedbacks", ChromeKind.CommentWidget),
        new("View all comments", ChromeKind.CommentWidget),
        new("Would love your thoughts", ChromeKind.CommentWidget),
        new("Leave a comment", ChromeKind.CommentWidget),
        new("Leave a reply", ChromeKind.CommentWidget),
        new("Want to write?", ChromeKind.CallToAction),
        new("Write an article and join", ChromeKind.CallToAction),
        new("Register now", ChromeKind.CallToAction),
        new("Share this", ChromeKind.CallToAction),
        new("Follow us", ChromeKind.CallToAction),
        new("Stay connected", ChromeKind.CallToAction),
        new("Advertisement", ChromeKind.Advertisement),
        new("Story continues below advertisement", ChromeKind.Advertisement),
        new("Sponsored content", ChromeKind.Advertisement),
        new("Scroll to continue", ChromeKind.Advertisement),
        new("©", ChromeKind.Copyright),
        new("Copyright ©", ChromeKind.Copyright),
        new("All rights reserved", ChromeKind.Copyright),
        new("Related posts", ChromeKind.RelatedList),
        new("Related articles", ChromeKind.RelatedList),
        new("Related stories", ChromeKind.RelatedList),
        new("Latest articles", ChromeKind.RelatedList),
        new("Latest news", ChromeKind.RelatedList),
        new("Read more", ChromeKind.RelatedList),
        new("Also read", ChromeKind.RelatedList),
        new("More stories", ChromeKind.RelatedList),
        new("You may also like", ChromeKind.RelatedList),
        new("Recommended", ChromeKind.RelatedList),
        new("Most popular", ChromeKind.RelatedList),
        new("Trending", ChromeKind.RelatedList),
    ];

    /// <summary>The defaults: a short phrase list of widespread web chrome, and thresholds that suit news pages.</summary>
    public static CleaningOptions Default { get; } = new();

    /// <summary>Line prefixes that mark page chrome. The default list holds generic web boilerplate, not any one site's lines.</summary>
    public ImmutableArray<ChromePhrase> Phrases { get; init; } = DefaultPhrases;

    /// <summary>A line with at least this many words that ends a sentence is a paragraph of article text.</summary>
    public int ParagraphMinWords { get; init; } = 8;

    /// <summary>A line with this many words or more is a paragraph even without final punctuation.</summary>
    public int LongLineWords { get; init; } = 30;

    /// <summary>Longest headline-shaped line (no final sentence punctuation) considered a title or teaser.</summary>
    public int MaxHeadlineWords { get; init; } = 20;

    /// <summary>
    /// A headline-shaped line inside the article with at most this many words is a section subhead and
    /// is kept; a longer one is an in-article link teaser and is removed.
    /// </summary>
    public int MaxSubheadWords { get; init; } = 6;

    /// <summary>Short lines above the first paragraph with at most this many words are navigation, section or location labels.</summary>
    public int MaxHeaderLabelWords { get; init; } = 5;

    /// <summary>A headline-shaped line needs at least this many words to be taken as the title.</summary>
    public int MinTitleWords { get; init; } = 4;

    /// <summary>Names of rules to skip (see <see cref="ArticleCleaner.RuleNames"/>).</summary>
    public ImmutableSortedSet<string> DisabledRules { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Returns options with <paramref name="phrase"/> added to the phrase list.</summary>
    public CleaningOptions WithPhrase(string phrase, ChromeKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        return this with { Phrases = Phrases.Add(new ChromePhrase(phrase, kind)) };
    }

    /// <summary>Returns options without any phrase equal to <paramref name="phrase"/> (ignoring case).</summary>
    public CleaningOptions WithoutPhrase(string phrase) =>
        this with { Phrases = Phrases.RemoveAll(p => string.Equals(p.Text, phrase, StringComparison.OrdinalIgnoreCase)) };

    /// <summary>Returns options with the named rule switched off.</summary>
    public CleaningOptions WithoutRule(string ruleName) =>
        this with { DisabledRules = DisabledRules.Add(ruleName) };
}
