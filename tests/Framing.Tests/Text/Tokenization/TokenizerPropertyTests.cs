using System.Collections.Immutable;

using Framing.Text;
using Framing.Text.Tokenization;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Framing.Tests.Text.Tokenization;

/// <summary>A text and the regions of it to analyse.</summary>
public sealed record TextSample(string Text, ImmutableArray<TextSpan> Regions)
{
    public override string ToString() => $"\"{Text.ReplaceLineEndings("⏎")}\" regions [{string.Join(", ", Regions)}]";
}

/// <summary>Generators: random strings, and random mixes of fragments that exercise every tokenizer rule.</summary>
public static class TextSamples
{
    private static readonly string[] Fragments =
    [
        "don't", "Russia’s", "allies'", "cannot", "gonna", "U.S.", "Dr.", "e.g.", "Inc.", "Jan.", "No.", "5", "$190",
        "2000%", "1,200", "11:30", "3.5", "Russia-China", "good-neighbourly", "e-mail", "713-853-3989", "https://x.org/a(b).",
        "a.b@c.com", "—", "–", "--", "…", "...", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", ":)", ";-)", "?!",
        "#tag", "@user", "8gb", "80's", "O'Neil", "n't", "'s", "'", ".", ",", "-", "/", "&", "AT&T", "\u00AD", "é",
        "\U0001F600", "\uD800", "\uDC00", "\u200B", "\uFEFF", "Mr", "S", "a", "Z", "0", "@", "#", "_", "\\",
    ];

    private static readonly string[] Spaces = ["", "", " ", " ", "  ", "\n", "\r\n", "\r", "\t", "\n\n", "\u00A0", "\u2028"];

    public static Arbitrary<TextSample> Samples()
    {
        var tricky = Gen.Elements(Fragments).Zip(Gen.Elements(Spaces)).Select(p => p.Item1 + p.Item2)
            .ListOf().Select(parts => string.Concat(parts));
        var random = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "");
        var text = Gen.Frequency((3, tricky), (1, random));
        var sample = text.SelectMany(t => Gen.Choose(0, t.Length).ListOf().Select(cuts => new TextSample(t, RegionsFrom(t.Length, cuts))));
        return sample.ToArbitrary();
    }

    /// <summary>Every other segment between the sorted cut points is a region.</summary>
    private static ImmutableArray<TextSpan> RegionsFrom(int length, IEnumerable<int> cuts)
    {
        var points = cuts.Append(0).Append(length).Distinct().Order().ToList();
        if (points.Count <= 2)
        {
            return [new TextSpan(0, length)];
        }

        var regions = ImmutableArray.CreateBuilder<TextSpan>();
        for (var i = 0; i + 1 < points.Count; i += 2)
        {
            regions.Add(new TextSpan(points[i], points[i + 1]));
        }

        return regions.ToImmutable();
    }
}

[Properties(Arbitrary = [typeof(TextSamples)], MaxTest = 500)]
public class TokenizerPropertyTests
{
    private static readonly Pipeline Pipeline = EnglishPipeline.CreateRuleBased();

    [Property]
    public bool Tokens_never_overlap_and_offsets_increase(TextSample sample)
    {
        var tokens = Pipeline.Process("p", sample.Text, sample.Regions).Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Start >= tokens[i].End || (i > 0 && tokens[i - 1].End > tokens[i].Start))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Each_token_text_equals_its_slice_of_the_original(TextSample sample)
    {
        var document = Pipeline.Process("p", sample.Text, sample.Regions);
        return document.Tokens.All(t => t.Text == sample.Text[t.Start..t.End]);
    }

    [Property]
    public bool Every_non_space_character_inside_regions_is_covered_and_nothing_outside(TextSample sample)
    {
        var covered = new bool[sample.Text.Length];
        foreach (var token in Pipeline.Process("p", sample.Text, sample.Regions).Tokens)
        {
            for (var i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }
        }

        var inRegion = new bool[sample.Text.Length];
        foreach (var region in sample.Regions)
        {
            for (var i = region.Start; i < region.End; i++)
            {
                inRegion[i] = true;
            }
        }

        for (var i = 0; i < covered.Length; i++)
        {
            var shouldBeCovered = inRegion[i] && !CharClasses.IsSeparator(sample.Text[i]);
            if (covered[i] != shouldBeCovered)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Tokens_stay_inside_one_region_and_space_after_matches_the_text(TextSample sample)
    {
        var tokens = Pipeline.Process("p", sample.Text, sample.Regions).Tokens;
        foreach (var token in tokens)
        {
            var region = sample.Regions.Single(r => r.Contains(token.Span));
            var spaceAfter = token.End == region.End || CharClasses.IsSeparator(sample.Text[token.End]);
            if (token.SpaceAfter != spaceAfter)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Sentences_cover_every_token_once_in_order_within_one_region(TextSample sample)
    {
        var document = Pipeline.Process("p", sample.Text, sample.Regions);
        var next = 0;
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            if (sentence.FirstToken != next || sentence.TokenCount < 1
                || sentence.Start != tokens[0].Start || sentence.End != tokens[^1].End
                || !sample.Regions.Any(r => r.Contains(sentence.Span)))
            {
                return false;
            }

            next = sentence.EndToken;
        }

        return next == document.Tokens.Length
            && document.Sentences.Select((s, i) => s.Index == i).All(ok => ok);
    }

    [Property]
    public bool Every_token_gets_a_non_empty_lemma(TextSample sample) =>
        Pipeline.Process("p", sample.Text, sample.Regions).Tokens.All(t => !string.IsNullOrEmpty(t.Lemma));

    [Property]
    public bool Tokenizing_twice_gives_identical_tokens(TextSample sample)
    {
        var tokenizer = new Tokenizer();
        return tokenizer.Tokenize(sample.Text, sample.Regions).SequenceEqual(tokenizer.Tokenize(sample.Text, sample.Regions));
    }
}
