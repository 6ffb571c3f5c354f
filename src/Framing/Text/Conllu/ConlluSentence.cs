using System.Collections.Immutable;

namespace Framing.Text.Conllu;

/// <summary>
/// One CoNLL-U sentence: its comment lines (without the leading <c>#</c> stripped, kept verbatim)
/// and its token lines in file order.
/// </summary>
/// <param name="Comments">Comment lines exactly as in the file, each starting with <c>#</c>.</param>
/// <param name="Lines">Word, multiword-token and empty-node lines in file order.</param>
public sealed record ConlluSentence(ImmutableArray<string> Comments, ImmutableArray<ConlluLine> Lines)
{
    /// <summary>The syntactic words (integer IDs) in order, without ranges or empty nodes.</summary>
    public ImmutableArray<ConlluLine> Words => [.. Lines.Where(static l => l.Kind == ConlluLineKind.Word)];

    /// <summary>The value of <c># sent_id = …</c>, or null.</summary>
    public string? SentenceId => CommentValue("sent_id");

    /// <summary>The value of <c># text = …</c>, or null.</summary>
    public string? Text => CommentValue("text");

    /// <summary>True when a <c># newdoc</c> comment opens a new document here.</summary>
    public bool StartsDocument => HasComment("newdoc");

    /// <summary>True when a <c># newpar</c> comment opens a new paragraph here.</summary>
    public bool StartsParagraph => HasComment("newpar");

    /// <summary>
    /// The surface tokens: each multiword token once (with its words), and each word not inside a
    /// range on its own. Empty nodes are skipped because they have no surface form.
    /// </summary>
    public ImmutableArray<ConlluSurfaceToken> SurfaceTokens
    {
        get
        {
            var tokens = ImmutableArray.CreateBuilder<ConlluSurfaceToken>();
            var lines = Lines;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Kind == ConlluLineKind.EmptyNode)
                {
                    continue;
                }

                if (line.Kind == ConlluLineKind.Word)
                {
                    tokens.Add(new ConlluSurfaceToken(line, [line]));
                    continue;
                }

                var (first, last) = line.Range;
                var words = ImmutableArray.CreateBuilder<ConlluLine>();
                while (i + 1 < lines.Length && words.Count < last - first + 1)
                {
                    i++;
                    if (lines[i].Kind == ConlluLineKind.Word)
                    {
                        words.Add(lines[i]);
                    }
                }

                tokens.Add(new ConlluSurfaceToken(line, words.ToImmutable()));
            }

            return tokens.ToImmutable();
        }
    }

    private string? CommentValue(string key)
    {
        foreach (var comment in Comments)
        {
            var body = comment.AsSpan(1).TrimStart();
            if (body.StartsWith(key, StringComparison.Ordinal))
            {
                var rest = body[key.Length..].TrimStart();
                if (rest.Length > 0 && rest[0] == '=')
                {
                    return rest[1..].Trim().ToString();
                }
            }
        }

        return null;
    }

    private bool HasComment(string key)
    {
        foreach (var comment in Comments)
        {
            var body = comment.AsSpan(1).TrimStart();
            if (body.StartsWith(key, StringComparison.Ordinal)
                && (body.Length == key.Length || body[key.Length] is ' ' or '='))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A surface token: a plain word, or a multiword token with the words it contains.</summary>
/// <param name="Line">The word line, or the range line of a multiword token.</param>
/// <param name="Words">The syntactic words (one for a plain word).</param>
public sealed record ConlluSurfaceToken(ConlluLine Line, ImmutableArray<ConlluLine> Words)
{
    /// <summary>True for a multiword token (an ID range).</summary>
    public bool IsMultiword => Line.Kind == ConlluLineKind.MultiwordToken;
}
