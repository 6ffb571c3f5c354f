namespace Framing.Text.Conllu;

/// <summary>The three kinds of CoNLL-U token lines, told apart by the ID column.</summary>
public enum ConlluLineKind
{
    /// <summary>A syntactic word with an integer ID (<c>5</c>).</summary>
    Word,

    /// <summary>A multiword token with an ID range (<c>1-2</c>); its words follow it.</summary>
    MultiwordToken,

    /// <summary>An empty node with a decimal ID (<c>8.1</c>).</summary>
    EmptyNode,
}
