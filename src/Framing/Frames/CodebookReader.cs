using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Framing.Frames;

/// <summary>
/// Reads codebook YAML by walking the YAML node tree, so that every error can name the line of the
/// offending entry. Unknown keys are errors: a typo must not silently disable a pattern.
/// </summary>
internal sealed partial class CodebookReader(string source)
{
    private static readonly string[] TopKeys = ["version", "negation", "actors", "frames"];
    private static readonly string[] NegationKeys = ["window", "negators", "clause_breaks", "ignore"];
    private static readonly string[] ActorKeys = ["id", "label", "names", "exclusions"];
    private static readonly string[] FrameKeys = ["id", "label", "definition", "patterns", "exclusions", "when_negated", "roles"];

    public Codebook Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FramingException($"The codebook is not valid YAML: {e.Message}", source, (int)e.Start.Line, hint: "Check indentation and quoting on that line.", innerException: e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error("The codebook must be a YAML mapping with 'actors' and 'frames'.", null, null, "Start from notebooks/codebook.yaml.");
        }

        CheckKeys(root, TopKeys, "codebook");
        var negation = ReadNegation(Optional(root, "negation"));
        var actorsNode = Required(root, "actors", "codebook");
        var actors = ReadList(actorsNode, "actors", ReadActor);
        CheckUnique(actors.Select(a => (a.Value.Id, a.Node)), "actor");
        var actorIds = actors.Select(a => a.Value.Id).ToHashSet(StringComparer.Ordinal);
        var frames = ReadList(Required(root, "frames", "codebook"), "frames", ReadFrame);
        CheckUnique(frames.Select(f => (f.Value.Id, f.Node)), "frame");
        var frameIds = frames.Select(f => f.Value.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (frame, node) in frames)
        {
            if (frame.RouteTo is { } target && (!frameIds.Contains(target) || target == frame.Id))
            {
                throw Error($"when_negated '{target}' is not another frame of this codebook.", node, $"frames[{frame.Id}].when_negated", "Use drop, keep or the id of another frame.");
            }
        }

        CheckSlotActors(root, actorIds);
        return new Codebook([.. frames.Select(f => f.Value)], [.. actors.Select(a => a.Value)], negation, source);
    }

    private NegationSettings ReadNegation(YamlNode? node)
    {
        var defaults = Codebook.DefaultNegation;
        if (node is null)
        {
            return defaults;
        }

        var map = AsMapping(node, "negation");
        CheckKeys(map, NegationKeys, "negation");
        var window = defaults.Window;
        if (Optional(map, "window") is { } windowNode)
        {
            var text = Scalar(windowNode, "negation.window");
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window < 1 || window > Pattern.MaxGap)
            {
                throw Error($"negation window '{text}' is not a whole number from 1 to {Pattern.MaxGap}.", windowNode, "negation.window", "Write for example 'window: 5'.");
            }
        }

        var negators = Optional(map, "negators") is { } n ? Strings(n, "negation.negators").Select(FrameText.Key).ToImmutableArray() : defaults.Negators;
        var breaks = Optional(map, "clause_breaks") is { } b ? Strings(b, "negation.clause_breaks").Select(FrameText.Key).ToImmutableArray() : defaults.ClauseBreaks;
        var ignore = Optional(map, "ignore") is { } i ? Patterns(i, "negation.ignore", allowSlots: false, roles: false) : defaults.Ignore;
        return new NegationSettings(window, negators, breaks, ignore);
    }

    private ActorDefinition ReadActor(YamlMappingNode map, string field)
    {
        CheckKeys(map, ActorKeys, field);
        var id = Id(map, field);
        field = $"actors[{id}]";
        var label = Optional(map, "label") is { } l ? Scalar(l, field + ".label") : id;
        var names = Patterns(Required(map, "names", field), field + ".names", allowSlots: false, roles: false);
        var exclusions = Optional(map, "exclusions") is { } e ? Patterns(e, field + ".exclusions", allowSlots: false, roles: false) : [];
        return new ActorDefinition(id, label, names, exclusions);
    }

    private FrameDefinition ReadFrame(YamlMappingNode map, string field)
    {
        CheckKeys(map, FrameKeys, field);
        var id = Id(map, field);
        field = $"frames[{id}]";
        var label = Scalar(Required(map, "label", field), field + ".label");
        var definition = Scalar(Required(map, "definition", field), field + ".definition").Trim();
        var patterns = Patterns(Required(map, "patterns", field), field + ".patterns", allowSlots: true, roles: false);
        var exclusions = Optional(map, "exclusions") is { } e ? Patterns(e, field + ".exclusions", allowSlots: true, roles: false) : [];
        var roles = Optional(map, "roles") is { } r ? Patterns(r, field + ".roles", allowSlots: true, roles: true) : [];
        var handling = NegatedCueHandling.Drop;
        string? route = null;
        if (Optional(map, "when_negated") is { } negatedNode)
        {
            var value = Scalar(negatedNode, field + ".when_negated");
            (handling, route) = value switch
            {
                "drop" => (NegatedCueHandling.Drop, (string?)null),
                "keep" => (NegatedCueHandling.Keep, null),
                _ when IdPattern().IsMatch(value) => (NegatedCueHandling.Route, value),
                _ => throw Error($"when_negated '{value}' is not drop, keep or a frame id.", negatedNode, field + ".when_negated", "Use drop, keep or the id of another frame."),
            };
        }

        return new FrameDefinition(id, label, definition, patterns, exclusions, handling, route, roles);
    }

    private ImmutableArray<Pattern> Patterns(YamlNode node, string field, bool allowSlots, bool roles)
    {
        var sequence = node as YamlSequenceNode ?? throw Error("Expected a list of patterns.", node, field, "Write one pattern per '- ' line.");
        if (sequence.Children.Count == 0)
        {
            throw Error("The list of patterns is empty.", node, field, "Add at least one pattern or remove the key.");
        }

        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var child = sequence.Children[i];
            var itemField = $"{field}[{i}]";
            var text = Scalar(child, itemField);
            var pattern = Pattern.TryParse(text, out var error)
                ?? throw Error(error!, child, itemField, "See the pattern syntax at the top of notebooks/codebook.yaml.");
            if (!allowSlots && pattern.HasSlots)
            {
                throw Error($"Pattern \"{text}\": actor slots are not allowed here.", child, itemField, "Write the words themselves.");
            }

            if (!roles && pattern.HasRoleSlots)
            {
                throw Error($"Pattern \"{text}\": {{sub}} and {{dom}} are allowed in 'roles' only.", child, itemField, "Use {actor} here, or move the pattern to roles.");
            }

            if (roles && !pattern.HasRoleSlots)
            {
                throw Error($"Pattern \"{text}\": a role pattern needs a {{sub}} or {{dom}} slot.", child, itemField, "Mark the sides, e.g. \"{sub} depend* on {dom}\".");
            }

            patterns.Add(pattern);
        }

        return patterns.ToImmutable();
    }

    private void CheckSlotActors(YamlMappingNode root, HashSet<string> actorIds)
    {
        foreach (var scalar in root.AllNodes.OfType<YamlScalarNode>())
        {
            foreach (Match slot in SlotActors().Matches(scalar.Value ?? string.Empty))
            {
                foreach (var id in slot.Groups[1].Value.Split(','))
                {
                    if (!actorIds.Contains(id))
                    {
                        throw Error($"Pattern \"{scalar.Value}\": unknown actor '{id}' in a slot.", scalar, null, $"Known actors: {string.Join(", ", actorIds.Order(StringComparer.Ordinal))}.");
                    }
                }
            }
        }
    }

    private List<(T Value, YamlNode Node)> ReadList<T>(YamlNode node, string field, Func<YamlMappingNode, string, T> read)
    {
        var sequence = node as YamlSequenceNode ?? throw Error("Expected a list of entries.", node, field, "Write one entry per '- id: …' block.");
        var result = new List<(T, YamlNode)>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var child = sequence.Children[i];
            result.Add((read(AsMapping(child, $"{field}[{i}]"), $"{field}[{i}]"), child));
        }

        return result;
    }

    private void CheckUnique(IEnumerable<(string Id, YamlNode Node)> entries, string kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, node) in entries)
        {
            if (!seen.Add(id))
            {
                throw Error($"Duplicate {kind} id '{id}'.", node, $"{kind}s[{id}]", $"Give each {kind} a distinct id.");
            }
        }
    }

    private string Id(YamlMappingNode map, string field)
    {
        var node = Required(map, "id", field);
        var id = Scalar(node, field + ".id");
        return IdPattern().IsMatch(id) ? id : throw Error($"Id '{id}' is not lower-case letters, digits and underscores.", node, field + ".id", "Write for example 'junior_partner'.");
    }

    private void CheckKeys(YamlMappingNode map, string[] allowed, string field)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw Error($"Unknown key '{name}'.", key, field, $"Allowed keys: {string.Join(", ", allowed)}.");
            }
        }
    }

    private YamlNode Required(YamlMappingNode map, string key, string field) =>
        Optional(map, key) ?? throw Error($"Missing '{key}'.", map, field, $"Add '{key}:' to this entry.");

    private static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private YamlMappingNode AsMapping(YamlNode node, string field) =>
        node as YamlMappingNode ?? throw Error("Expected a mapping of keys to values.", node, field, "Indent the entry's keys under it.");

    private string Scalar(YamlNode node, string field) =>
        node is YamlScalarNode { Value: { } value } && (value.Length > 0 || node is YamlScalarNode { Style: not ScalarStyle.Plain })
            ? value
            : throw Error("Expected a single text value.", node, field, "Write a value after the colon (quote it if it starts with a special character).");

    private List<string> Strings(YamlNode node, string field)
    {
        var sequence = node as YamlSequenceNode ?? throw Error("Expected a list.", node, field, "Write one value per '- ' line.");
        return [.. sequence.Children.Select((c, i) => Scalar(c, $"{field}[{i}]"))];
    }

    private FramingException Error(string problem, YamlNode? node, string? field, string hint) =>
        new(problem, source, node is null ? null : (int)node.Start.Line, field, hint);

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{(?:actor|sub|dom):([a-z0-9_,]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex SlotActors();
}
