using Framing.Frames;

namespace Framing.Tests.Frames;

public sealed class CodebookLoadingTests
{
    private const string Actors = """
        actors:
          - id: china
            names: [China]
          - id: russia
            names: [Russia]
        """;

    [Fact]
    public void The_shipped_codebook_has_the_four_frames_with_the_issue_definitions()
    {
        var codebook = Codebook.Load(SeedSet.CodebookPath);

        Assert.Equal(["asymmetry", "junior_partner", "restraint", "alignment"], codebook.Frames.Select(f => f.Id));
        Assert.Equal(["china", "russia", "united_states", "west"], codebook.Actors.Select(a => a.Id));
        Assert.Equal(
            "the relationship is described as unequal. One side depends on, relies on or needs the other more. Includes leverage, power imbalance, size gaps (\"economy six times larger\") and one side setting the terms.",
            codebook.Frame("asymmetry").Definition);
        Assert.Equal(
            "one side is cast in a subordinate role: \"junior partner\", \"appendage\", deferring to the stronger side, \"no choice but to\", managing upward, vassal or client language.",
            codebook.Frame("junior_partner").Definition);
        Assert.Equal(
            "China (or either side) holds back, hedges or limits its support: walking a fine line, keeping at arm's length, not openly supporting, no major deal, stalled projects, \"not an alliance\", \"no military bloc\", reaching limits, \"restraint and moderation\".",
            codebook.Frame("restraint").Definition);
        Assert.Equal(
            "the two move closer: strengthening ties, partnership, joint statements, cooperation, joint drills, shared positions against the West.",
            codebook.Frame("alignment").Definition);
        Assert.Equal(NegatedCueHandling.Route, codebook.Frame("alignment").WhenNegated);
        Assert.Equal("restraint", codebook.Frame("alignment").RouteTo);
        Assert.NotEmpty(codebook.Frame("asymmetry").Roles);
        Assert.NotEmpty(codebook.Frame("junior_partner").Roles);
    }

    [Fact]
    public void The_built_in_default_is_the_notebooks_file()
    {
        var file = Codebook.Load(SeedSet.CodebookPath);
        var builtIn = Codebook.LoadDefault();

        Assert.Equal(file.Frames.SelectMany(f => f.Patterns.Select(p => p.Text)), builtIn.Frames.SelectMany(f => f.Patterns.Select(p => p.Text)));
        Assert.Equal(file.Actors.SelectMany(a => a.Names.Select(p => p.Text)), builtIn.Actors.SelectMany(a => a.Names.Select(p => p.Text)));
        Assert.Equal(file.Negation.Window, builtIn.Negation.Window);
    }

    [Fact]
    public void Defaults_apply_when_optional_sections_are_missing()
    {
        var codebook = Codebook.Parse(Actors + "\nframes:\n  - {id: a, label: A, definition: d, patterns: [x]}\n");

        Assert.Equal(Codebook.DefaultNegation, codebook.Negation);
        Assert.Equal(NegatedCueHandling.Drop, codebook.Frame("a").WhenNegated);
        Assert.Empty(codebook.Frame("a").Exclusions);
        Assert.Throws<KeyNotFoundException>(() => codebook.Frame("b"));
    }

    [Fact]
    public void Negation_settings_are_read_and_folded()
    {
        var codebook = Codebook.Parse(Actors + """

            negation:
              window: 2
              negators: [Not, "n’t"]
              clause_breaks: [";"]
              ignore: [not only]
            frames:
              - {id: a, label: A, definition: d, patterns: [x]}
            """);

        Assert.Equal(2, codebook.Negation.Window);
        Assert.Equal(["not", "n't"], codebook.Negation.Negators.ToArray());
        Assert.Equal("not only", Assert.Single(codebook.Negation.Ignore).Text);
    }

    public static TheoryData<string, int, string> BadCodebooks => new()
    {
        { Actors + "\nframes:\n  - id: a\n    label: A\n    definition: d\n    patterns:\n      - \"not *{3,1} alliance\"\n", 11, "Pattern \"not *{3,1} alliance\": gap '*{3,1}' has its minimum above its maximum" },
        { Actors + "\nframes:\n  - id: a\n    label: A\n    definition: d\n    patterns:\n      - ok\n      - \"lead/VERBZ\"\n", 12, "Pattern \"lead/VERBZ\": unknown part of speech 'VERBZ'" },
        { Actors + "\nframes:\n  - id: a\n    label: A\n    definition: d\n    patterns: [\"{sub} depend*\"]\n", 10, "{sub} and {dom} are allowed in 'roles' only" },
        { Actors + "\nframes:\n  - id: a\n    label: A\n    definition: d\n    patterns: [x]\n    roles: [\"depend* on {actor}\"]\n", 11, "a role pattern needs a {sub} or {dom} slot" },
        { Actors + "\nframes:\n  - id: a\n    label: A\n    definition: d\n    patterns: [\"{actor:usa} x\"]\n", 10, "unknown actor 'usa' in a slot" },
        { Actors + "\nframes:\n  - id: a\n    label: A\n    definition: d\n    pattern: [x]\n", 10, "Unknown key 'pattern'" },
        { Actors + "\nframes:\n  - id: a\n    label: A\n    patterns: [x]\n", 7, "Missing 'definition'" },
        { Actors + "\nframes:\n  - id: a\n    label: A\n    definition: d\n    patterns: []\n", 10, "The list of patterns is empty" },
        { Actors + "\nframes:\n  - id: a\n    label: A\n    definition: d\n    patterns:\n      - {x: y}\n", 11, "Expected a single text value" },
        { Actors + "\nframes:\n  - {id: a, label: A, definition: d, patterns: [x]}\n  - {id: a, label: B, definition: d, patterns: [y]}\n", 8, "Duplicate frame id 'a'" },
        { Actors + "\nframes:\n  - {id: Junior-Partner, label: A, definition: d, patterns: [x]}\n", 7, "Id 'Junior-Partner' is not lower-case" },
        { Actors + "\nframes:\n  - {id: a, label: A, definition: d, patterns: [x], when_negated: b}\n", 7, "when_negated 'b' is not another frame" },
        { Actors + "\nframes:\n  - {id: a, label: A, definition: d, patterns: [x], when_negated: a}\n", 7, "when_negated 'a' is not another frame" },
        { Actors + "\nframes:\n  - {id: a, label: A, definition: d, patterns: [x], when_negated: Maybe}\n", 7, "when_negated 'Maybe' is not drop, keep or a frame id" },
        { Actors + "\nnegation:\n  window: 0\nframes:\n  - {id: a, label: A, definition: d, patterns: [x]}\n", 7, "negation window '0' is not a whole number from 1 to 20" },
        { Actors + "\n  - id: china\n    names: [Beijing]\nframes:\n  - {id: a, label: A, definition: d, patterns: [x]}\n", 6, "Duplicate actor id 'china'" },
        { "actors:\n  - id: china\n    names: [\"{actor} x\"]\nframes:\n  - {id: a, label: A, definition: d, patterns: [x]}\n", 3, "actor slots are not allowed here" },
        { "actors:\n  - id: china\nframes:\n  - {id: a, label: A, definition: d, patterns: [x]}\n", 2, "Missing 'names'" },
        { Actors + "\nframe:\n  - {id: a}\n", 6, "Unknown key 'frame'" },
        { Actors + "\n", 1, "Missing 'frames'" },
        { "- just\n- a list\n", 0, "must be a YAML mapping" },
        { Actors + "\nframes:\n  - id: a\n    label: [A\n", 9, "not valid YAML" },
        { Actors + "\nframes: nope\n", 6, "Expected a list of entries" },
    };

    [Theory]
    [MemberData(nameof(BadCodebooks))]
    public void Invalid_entries_name_the_file_the_line_and_the_problem(string yaml, int line, string problem)
    {
        var error = Assert.Throws<FramingException>(() => Codebook.Parse(yaml, "my-codebook.yaml"));

        Assert.Equal("my-codebook.yaml", error.File);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("my-codebook.yaml", error.Message, StringComparison.Ordinal);
        if (line > 0)
        {
            Assert.Equal(line, error.Line);
            Assert.Contains($"my-codebook.yaml:{line}:", error.Message, StringComparison.Ordinal);
        }

        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
    }

    [Fact]
    public void Pattern_errors_name_the_entry()
    {
        var error = Assert.Throws<FramingException>(() => Codebook.Parse(Actors + "\nframes:\n  - {id: asym, label: A, definition: d, patterns: [ok, \"* bad\"]}\n", "c.yaml"));

        Assert.Equal("frames[asym].patterns[1]", error.Field);
        Assert.Contains("\"* bad\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "codebook.yaml");

        var error = Assert.Throws<FramingException>(() => Codebook.Load(path));

        Assert.Equal(path, error.File);
        Assert.Contains("Cannot read the codebook", error.Message, StringComparison.Ordinal);
    }
}
