namespace Framing.Tests.Text.Tagging;

/// <summary>A few hand-written CoNLL-U sentences to train on, so determinism tests run everywhere.</summary>
internal static class TinyTreebank
{
    public static string Text { get; } = Build();

    private static string Build()
    {
        string[][] sentences =
        [
            ["The/DET/DT/the", "dog/NOUN/NN/dog", "barks/VERB/VBZ/bark", "./PUNCT/./."],
            ["A/DET/DT/a", "cat/NOUN/NN/cat", "sleeps/VERB/VBZ/sleep", "on/ADP/IN/on", "the/DET/DT/the", "mat/NOUN/NN/mat", "./PUNCT/./."],
            ["Dogs/NOUN/NNS/dog", "chase/VERB/VBP/chase", "cats/NOUN/NNS/cat", "quickly/ADV/RB/quickly", "!/PUNCT/./!"],
            ["She/PRON/PRP/she", "was/AUX/VBD/be", "happy/ADJ/JJ/happy", "and/CCONJ/CC/and", "Paris/PROPN/NNP/Paris", "was/AUX/VBD/be", "sunny/ADJ/JJ/sunny", "./PUNCT/./."],
            ["They/PRON/PRP/they", "walked/VERB/VBD/walk", "to/ADP/IN/to", "the/DET/DT/the", "old/ADJ/JJ/old", "houses/NOUN/NNS/house", "./PUNCT/./."],
            ["I/PRON/PRP/I", "want/VERB/VBP/want", "to/PART/TO/to", "run/VERB/VB/run", "./PUNCT/./."],
        ];
        var builder = new System.Text.StringBuilder();
        var n = 0;
        foreach (var sentence in sentences)
        {
            n++;
            builder.Append("# sent_id = tiny-").Append(n).Append('\n');
            for (var i = 0; i < sentence.Length; i++)
            {
                var parts = sentence[i].Split('/');
                builder.Append(i + 1).Append('\t').Append(parts[0]).Append('\t').Append(parts[3]).Append('\t')
                    .Append(parts[1]).Append('\t').Append(parts[2]).Append("\t_\t0\tdep\t_\t_\n");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}
