namespace Framing.Tests.Text.Conllu;

/// <summary>Hand-made CoNLL-U covering every line kind the reader must keep.</summary>
internal static class ConlluSamples
{
    /// <summary>Two documents, a multiword token, an empty node, extra comments and SpaceAfter=No.</summary>
    public const string Mixed =
        "# newdoc id = doc1\n" +
        "# sent_id = doc1-1\n" +
        "# newpar id = doc1-p1\n" +
        "# text = I don't know.\n" +
        "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n" +
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n" +
        "\n" +
        "# sent_id = doc1-2\n" +
        "# text = Sue likes coffee and Bill tea\n" +
        "# a free comment\n" +
        "1\tSue\tSue\tPROPN\tNNP\t_\t2\tnsubj\t2:nsubj\t_\n" +
        "2\tlikes\tlike\tVERB\tVBZ\t_\t0\troot\t0:root\t_\n" +
        "3\tcoffee\tcoffee\tNOUN\tNN\t_\t2\tobj\t2:obj\t_\n" +
        "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t5.1:cc\t_\n" +
        "5\tBill\tBill\tPROPN\tNNP\t_\t2\tconj\t2:conj:and|5.1:nsubj\t_\n" +
        "5.1\tlikes\tlike\tVERB\tVBZ\t_\t_\t_\t2:conj:and\tCopyOf=2\n" +
        "6\ttea\ttea\tNOUN\tNN\t_\t2\tconj\t5.1:obj\tSpaceAfter=No|Other=1\n" +
        "\n" +
        "# newdoc\n" +
        "# sent_id = doc2-1\n" +
        "# text = Hi!\n" +
        "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\tSpaceAfter=No\n" +
        "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_\n" +
        "\n";
}
