using System.Collections.Immutable;

using Framing.Text;

namespace Framing.Frames;

/// <summary>
/// The tokens of one sentence prepared for matching: comparison keys computed once, and the actor
/// mentions indexed by the token they start at. Token positions are local (0 = first token of the sentence).
/// </summary>
internal sealed class SentenceView
{
    private readonly Dictionary<int, List<(ActorMention Mention, int TokenCount)>> mentionsByStart = [];

    public SentenceView(Document document, Sentence sentence)
    {
        Document = document;
        Sentence = sentence;
        var tokens = document.TokensOf(sentence);
        Tokens = [.. tokens];
        Keys = [.. Tokens.Select(t => FrameText.Key(t.Text))];
        Surfaces = [.. Tokens.Select(t => FrameText.Fold(t.Text))];
        Lemmas = [.. Tokens.Select(t => t.Lemma is null ? null : FrameText.Key(t.Lemma))];
    }

    public Document Document { get; }

    public Sentence Sentence { get; }

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Folded, lower-cased surface forms.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Folded surface forms with case kept.</summary>
    public ImmutableArray<string> Surfaces { get; }

    /// <summary>Folded, lower-cased lemmas, null where the token has none.</summary>
    public ImmutableArray<string?> Lemmas { get; }

    public int Count => Tokens.Length;

    /// <summary>Document index of local token <paramref name="local"/>.</summary>
    public int DocumentIndex(int local) => Sentence.FirstToken + local;

    /// <summary>True when local token <paramref name="local"/> is directly followed by the next one, with no space.</summary>
    public bool Glued(int local) => local + 1 < Count && Tokens[local].End == Tokens[local + 1].Start;

    /// <summary>Records an actor mention covering <paramref name="tokenCount"/> tokens from local token <paramref name="start"/>.</summary>
    public void AddMention(int start, int tokenCount, ActorMention mention)
    {
        if (!mentionsByStart.TryGetValue(start, out var list))
        {
            list = [];
            mentionsByStart[start] = list;
        }

        list.Add((mention, tokenCount));
    }

    /// <summary>The actor mentions that start at local token <paramref name="start"/>.</summary>
    public IReadOnlyList<(ActorMention Mention, int TokenCount)> MentionsAt(int start) =>
        mentionsByStart.TryGetValue(start, out var list) ? list : [];
}
