using System.Collections.Immutable;
using System.Text.RegularExpressions;

using Framing.Text;

namespace Framing.Tests.Statistics;

/// <summary>
/// Builds small tokenized documents for statistics tests without depending on the real pipeline:
/// words are runs of letters/digits/apostrophes/hyphens, every other non-space character is a
/// token, and sentences end after '.', '!' or '?'. Lemmas and tags can be given per word.
/// </summary>
internal static partial class TestDocuments
{
    public static Document Make(string id, string text, IReadOnlyDictionary<string, (string Lemma, PartOfSpeech Upos)>? annotations = null)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            var end = match.Index + match.Length;
            var spaceAfter = end < text.Length && char.IsWhiteSpace(text[end]);
            var token = new Token(match.Value, match.Index, end, spaceAfter);
            if (annotations is not null && annotations.TryGetValue(match.Value, out var annotation))
            {
                token = token with { Lemma = annotation.Lemma, Upos = annotation.Upos };
            }

            tokens.Add(token);
        }

        var document = new Document(id, text).WithTokens(tokens.ToImmutable());
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            var last = i == document.Tokens.Length - 1;
            if (last || document.Tokens[i].Text is "." or "!" or "?")
            {
                sentences.Add(new Sentence(sentences.Count, first, i - first + 1, document.Tokens[first].Start, document.Tokens[i].End));
                first = i + 1;
            }
        }

        return document.WithSentences(sentences.ToImmutable());
    }

    public static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Analysis.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }

    public static Document Seed(string prefix)
    {
        var path = Directory.GetFiles(Path.Combine(RepoRoot(), "seeds"), prefix + "_*.txt").Single();
        return Make(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S")]
    private static partial Regex TokenPattern();
}
