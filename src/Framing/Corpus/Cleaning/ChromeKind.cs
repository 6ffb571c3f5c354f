namespace Framing.Corpus.Cleaning;

/// <summary>What kind of page chrome a <see cref="ChromePhrase"/> announces; decides the reported reason.</summary>
public enum ChromeKind
{
    /// <summary>Site navigation and app links ("Menu Close", "Skip to content").</summary>
    Navigation,

    /// <summary>Newsletter and subscription promotions ("Sign up…", "You're reading an excerpt…").</summary>
    Newsletter,

    /// <summary>Republication boilerplate ("This article is republished from…", "Credit: Source link").</summary>
    Republication,

    /// <summary>Comment widgets ("Notify of", "View all comments").</summary>
    CommentWidget,

    /// <summary>Calls to action ("Want to write?", "Register now") and share/follow buttons.</summary>
    CallToAction,

    /// <summary>Advertising slots ("Advertisement", "Story continues below advertisement"); only short lines match.</summary>
    Advertisement,

    /// <summary>Copyright notices ("© 2024 …", "All rights reserved"); only short lines match.</summary>
    Copyright,

    /// <summary>The heading of a list of other stories ("Related posts"); the list's items are removed with it.</summary>
    RelatedList,
}
