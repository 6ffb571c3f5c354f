using Framing.Notebooks.Reports;

namespace Framing.Notebooks.Tests.Reports;

public class ProvenanceTests
{
    [Fact]
    public void A_folder_hash_changes_when_a_file_changes_or_is_renamed_and_not_otherwise()
    {
        string folder = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "a.txt"), "one");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", "b.txt"), "two");
        string original = Provenance.Hash(folder)!;

        string again = Provenance.Hash(folder)!;
        File.WriteAllText(Path.Combine(folder, "a.txt"), "ONE");
        string changed = Provenance.Hash(folder)!;
        File.Move(Path.Combine(folder, "a.txt"), Path.Combine(folder, "c.txt"));
        string renamed = Provenance.Hash(folder)!;

        Assert.Equal(original, again);
        Assert.Equal(64, original.Length);
        Assert.NotEqual(original, changed);
        Assert.NotEqual(changed, renamed);
    }

    [Fact]
    public void A_missing_path_has_no_hash()
    {
        Assert.Null(Provenance.Hash("/no/such/file"));
    }
}
