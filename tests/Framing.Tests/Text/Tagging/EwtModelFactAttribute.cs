namespace Framing.Tests.Text.Tagging;

/// <summary>A fact skipped (with the reason) when UD English EWT is not beside the repository.</summary>
internal sealed class EwtModelFactAttribute : FactAttribute
{
    public EwtModelFactAttribute()
    {
        if (TestPaths.EwtDirectory is null)
        {
            Skip = "UD English EWT not found (expected ../shared/ud/en_ewt or $FRAMING_UD_EWT); clone the treebank there to run this test.";
        }
    }
}
