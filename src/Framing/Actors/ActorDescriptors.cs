using System.Collections.Immutable;

using Framing.Frames;
using Framing.Statistics;
using Framing.Text;

using Microsoft.Data.Analysis;

namespace Framing.Actors;

/// <summary>Options for <see cref="ActorDescriptors.Find"/>.</summary>
public sealed record DescriptorOptions
{
    /// <summary>Words looked at on each side of an actor mention.</summary>
    public int Window { get; init; } = 4;

    /// <summary>Parts of speech that count as descriptors.</summary>
    public ImmutableHashSet<PartOfSpeech> PartsOfSpeech { get; init; } = [PartOfSpeech.ADJ, PartOfSpeech.VERB];

    /// <summary>Lemmas never reported: auxiliaries and light verbs that carry no description.</summary>
    public ImmutableHashSet<string> Exclude { get; init; } = ["be", "have", "do", "get", "will", "would", "can", "could", "may", "might", "must", "shall", "should"];

    /// <summary>Example sentences kept per descriptor.</summary>
    public int ExamplesPerRow { get; init; } = 3;
}

/// <summary>An adjective or verb attached to an actor in one group.</summary>
/// <param name="Group">The group (outlet).</param>
/// <param name="Actor">The actor.</param>
/// <param name="Word">The descriptor's lemma (folded), or its folded form when there is no lemma.</param>
/// <param name="PartOfSpeech">ADJ or VERB.</param>
/// <param name="Count">Times it occurs near the actor.</param>
/// <param name="Guessed">True when the tag came from the fallback lexicon (untagged text).</param>
/// <param name="Examples">Sentences where it occurs.</param>
public sealed record DescriptorRow(string Group, string Actor, string Word, PartOfSpeech PartOfSpeech, int Count, bool Guessed, ImmutableArray<Evidence> Examples);

/// <summary>Descriptors of every actor per group.</summary>
/// <param name="Rows">Rows by group (first seen), actor, count descending, word.</param>
public sealed record DescriptorTable(ImmutableArray<DescriptorRow> Rows)
{
    /// <summary>One row per (group, actor, word).</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("group", Rows.Select(static r => r.Group)),
        new StringDataFrameColumn("actor", Rows.Select(static r => r.Actor)),
        new StringDataFrameColumn("word", Rows.Select(static r => r.Word)),
        new StringDataFrameColumn("pos", Rows.Select(static r => r.PartOfSpeech.ToString())),
        new Int32DataFrameColumn("count", Rows.Select(static r => r.Count)),
        new BooleanDataFrameColumn("guessed_pos", Rows.Select(static r => r.Guessed)),
        new StringDataFrameColumn("examples", Rows.Select(static r => string.Join(" | ", r.Examples))));
}

/// <summary>
/// The adjectives and verbs attached to each actor: words with the wanted part of speech within
/// <see cref="DescriptorOptions.Window"/> words of a mention, in the same clause. A clause ends at
/// the sentence boundary and at ; : ( ) — and at a mention of another actor, so "China … while
/// Russia struggles" gives "struggle" to Russia only. Tagged tokens use their UPOS; untagged ones
/// use <see cref="FallbackPartOfSpeech"/> (a small lexicon plus suffix rules) and are flagged.
/// </summary>
public static class ActorDescriptors
{
    private static readonly string[] ClauseBreaks = [";", ":", "(", ")", "—", "–", "--"];

    /// <summary>Finds descriptors for <paramref name="actors"/> (default <see cref="ActorDefinition.Defaults"/>) in documents with their groups.</summary>
    public static DescriptorTable Find(IEnumerable<(Document Document, string Group)> documents, IEnumerable<ActorDefinition>? actors = null, DescriptorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var actorList = (actors ?? ActorDefinition.Defaults).ToList();
        return Collect(
            documents.Select(d => (d.Document, d.Group, (Func<Sentence, IEnumerable<(string Actor, int Start, int Length)>>)(sentence =>
                actorList.SelectMany(a => a.ToNode().Matches(d.Document, sentence.FirstToken, sentence.EndToken).Select(m => (a.Name, m.Start, m.Length)))))),
            options ?? new DescriptorOptions());
    }

    /// <summary>
    /// Finds descriptors of the actors the frame matcher found (codebook actors, with its name
    /// patterns and exclusions). <paramref name="actorLabel"/> maps an actor id to a display name.
    /// </summary>
    public static DescriptorTable FindFromMatches(IEnumerable<(Document Document, string Group, DocumentFrames Frames)> documents, Func<string, string>? actorLabel = null, DescriptorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        actorLabel ??= static id => id;
        return Collect(
            documents.Select(d =>
            {
                var bySentence = d.Frames.Sentences.ToDictionary(static s => s.Index);
                return (d.Document, d.Group, (Func<Sentence, IEnumerable<(string Actor, int Start, int Length)>>)(sentence =>
                    bySentence.TryGetValue(sentence.Index, out var frames)
                        ? frames.Actors.Select(m => TokenRange(d.Document, sentence, m, actorLabel)).Where(static m => m.Length > 0)
                        : []));
            }),
            options ?? new DescriptorOptions());
    }

    private static (string Actor, int Start, int Length) TokenRange(Document document, Sentence sentence, ActorMention mention, Func<string, string> actorLabel)
    {
        var first = -1;
        var last = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = document.Tokens[i];
            if (token.Start >= mention.Start && token.End <= mention.End)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return (actorLabel(mention.ActorId), first, first < 0 ? 0 : last - first + 1);
    }

    private static DescriptorTable Collect(IEnumerable<(Document Document, string Group, Func<Sentence, IEnumerable<(string Actor, int Start, int Length)>> MentionsOf)> documents, DescriptorOptions options)
    {
        var cells = new Dictionary<(string Group, string Actor, string Word, PartOfSpeech Pos), (int Count, bool Guessed, List<Evidence> Examples)>();
        var groups = new List<string>();
        foreach (var (document, group, mentionsOf) in documents)
        {
            if (!groups.Contains(group, StringComparer.Ordinal))
            {
                groups.Add(group);
            }

            foreach (var sentence in FeatureExtractor.SentencesOf(document))
            {
                var mentions = mentionsOf(sentence).OrderBy(static m => m.Start).ThenBy(static m => m.Actor, StringComparer.Ordinal).ToList();
                var mentionTokens = mentions.SelectMany(static m => Enumerable.Range(m.Start, m.Length)).ToHashSet();
                foreach (var mention in mentions)
                {
                    foreach (var index in Neighbours(document, sentence, mention.Start, mention.Length, mentionTokens, options.Window))
                    {
                        var token = document.Tokens[index];
                        var pos = FallbackPartOfSpeech.Of(token);
                        if (!options.PartsOfSpeech.Contains(pos))
                        {
                            continue;
                        }

                        // Adjectives keep their surface form when guessed: a rule lemmatizer may strip
                        // "-ing" or "-ed" from them ("willing" → "will").
                        var guessed = FallbackPartOfSpeech.IsGuessed(token);
                        var word = WordFolding.Fold(string.IsNullOrEmpty(token.Lemma) || (guessed && pos == PartOfSpeech.ADJ) ? token.Text : token.Lemma);
                        if (options.Exclude.Contains(word))
                        {
                            continue;
                        }

                        var key = (group, mention.Actor, word, pos);
                        var cell = cells.TryGetValue(key, out var existing) ? existing : (0, false, new List<Evidence>());
                        var evidence = new Evidence(document.Id, token.Start, token.End, sentence.Start, sentence.End, document.TextOf(sentence));
                        if (cell.Item3.Count < options.ExamplesPerRow && !cell.Item3.Any(e => e.SentenceStart == evidence.SentenceStart && string.Equals(e.DocumentId, evidence.DocumentId, StringComparison.Ordinal)))
                        {
                            cell.Item3.Add(evidence);
                        }

                        cells[key] = (cell.Item1 + 1, cell.Item2 || guessed, cell.Item3);
                    }
                }
            }
        }

        var rows = cells
            .OrderBy(c => groups.IndexOf(c.Key.Group))
            .ThenBy(static c => c.Key.Actor, StringComparer.Ordinal)
            .ThenByDescending(static c => c.Value.Count)
            .ThenBy(static c => c.Key.Word, StringComparer.Ordinal)
            .ThenBy(static c => c.Key.Pos)
            .Select(static c => new DescriptorRow(c.Key.Group, c.Key.Actor, c.Key.Word, c.Key.Pos, c.Value.Count, c.Value.Guessed, [.. c.Value.Examples]));
        return new DescriptorTable([.. rows]);
    }

    private static IEnumerable<int> Neighbours(Document document, Sentence sentence, int start, int length, HashSet<int> mentionTokens, int window)
    {
        var left = new List<int>();
        for (var i = start - 1; i >= sentence.FirstToken && left.Count < window; i--)
        {
            if (Stops(document.Tokens[i], i, mentionTokens))
            {
                break;
            }

            if (WordFolding.IsWord(document.Tokens[i].Text))
            {
                left.Add(i);
            }
        }

        var right = new List<int>();
        for (var i = start + length; i < sentence.EndToken && right.Count < window; i++)
        {
            if (Stops(document.Tokens[i], i, mentionTokens))
            {
                break;
            }

            if (WordFolding.IsWord(document.Tokens[i].Text))
            {
                right.Add(i);
            }
        }

        left.Reverse();
        return left.Concat(right);
    }

    private static bool Stops(Token token, int index, HashSet<int> mentionTokens) =>
        mentionTokens.Contains(index) || ClauseBreaks.Contains(WordFolding.Fold(token.Text), StringComparer.Ordinal) || ClauseBreaks.Contains(token.Text, StringComparer.Ordinal);
}
