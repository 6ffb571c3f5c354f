using System.Collections.Immutable;

using Framing.Corpus;
using Framing.Text;

namespace Framing.Tests.Corpus;

/// <summary>What every cleaning result must satisfy, whatever the page.</summary>
internal static class CleaningInvariants
{
    public static void Check(string text, ImmutableArray<TextSpan> body, ImmutableArray<RemovedSpan> removed)
    {
        var previousEnd = 0;
        foreach (var span in body)
        {
            Assert.True(span.Start >= previousEnd && span.End > span.Start && span.End <= text.Length, $"bad body span {span}");
            Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), $"untrimmed body span {span}");
            previousEnd = span.End;
        }

        var covered = new bool[text.Length];
        foreach (var span in body.Concat(removed.Select(r => r.Span)))
        {
            for (var i = span.Start; i < span.End; i++)
            {
                Assert.False(covered[i], $"offset {i} is in two spans");
                covered[i] = true;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"offset {i} ('{text[i]}') is neither body nor removed");
        }

        Assert.All(removed, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }
}
