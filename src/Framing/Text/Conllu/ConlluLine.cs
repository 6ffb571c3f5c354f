using System.Globalization;

namespace Framing.Text.Conllu;

/// <summary>
/// One token line of a CoNLL-U sentence, its ten columns kept verbatim so that a file reads and
/// writes back byte for byte.
/// </summary>
/// <param name="Id">ID column: <c>5</c>, <c>1-2</c> or <c>8.1</c>.</param>
/// <param name="Form">Word form or punctuation symbol.</param>
/// <param name="Lemma">Lemma or <c>_</c>.</param>
/// <param name="Upos">Universal part-of-speech tag or <c>_</c>.</param>
/// <param name="Xpos">Language-specific tag or <c>_</c>.</param>
/// <param name="Feats">Morphological features or <c>_</c>.</param>
/// <param name="Head">Head ID or <c>_</c>.</param>
/// <param name="Deprel">Dependency relation or <c>_</c>.</param>
/// <param name="Deps">Enhanced dependencies or <c>_</c>.</param>
/// <param name="Misc">Any other annotation, for example <c>SpaceAfter=No</c>, or <c>_</c>.</param>
public sealed record ConlluLine(
    string Id,
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    string Head,
    string Deprel,
    string Deps,
    string Misc)
{
    /// <summary>Which kind of line this is, from the shape of <see cref="Id"/>.</summary>
    public ConlluLineKind Kind => Id.Contains('-', StringComparison.Ordinal)
        ? ConlluLineKind.MultiwordToken
        : Id.Contains('.', StringComparison.Ordinal) ? ConlluLineKind.EmptyNode : ConlluLineKind.Word;

    /// <summary>False when MISC holds <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter
    {
        get
        {
            foreach (var part in Misc.Split('|'))
            {
                if (part == "SpaceAfter=No")
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>For a multiword token, the first and last word IDs it spans; otherwise the word ID twice.</summary>
    public (int First, int Last) Range
    {
        get
        {
            var dash = Id.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                var dot = Id.IndexOf('.', StringComparison.Ordinal);
                var whole = int.Parse(dot < 0 ? Id : Id[..dot], NumberStyles.None, CultureInfo.InvariantCulture);
                return (whole, whole);
            }

            return (int.Parse(Id.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture),
                    int.Parse(Id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The UPOS column as a <see cref="PartOfSpeech"/>; <c>_</c> or an unknown tag gives <see cref="PartOfSpeech.None"/>.</summary>
    public PartOfSpeech PartOfSpeech => PartOfSpeechNames.Parse(Upos);

    /// <summary>The line in CoNLL-U form (ten tab-separated columns, no line break).</summary>
    public override string ToString() =>
        string.Join('\t', Id, Form, Lemma, Upos, Xpos, Feats, Head, Deprel, Deps, Misc);
}
