namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// One step of the cleaning chain. A rule looks at the lines still open, removes the ones it
/// recognises (with a reason) and may record metadata. Rules run in a fixed order, so later rules
/// see only what earlier rules left.
/// </summary>
internal interface ICleaningRule
{
    /// <summary>The name reported with every span the rule removes.</summary>
    string Name { get; }

    /// <summary>Applies the rule to <paramref name="context"/>.</summary>
    void Apply(CleaningContext context);
}
