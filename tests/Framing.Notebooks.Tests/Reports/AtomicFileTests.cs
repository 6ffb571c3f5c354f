namespace Framing.Notebooks.Tests.Reports;

public class AtomicFileTests
{
    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        string folder = TestPaths.NewTempFolder();
        string path = Path.Combine(folder, "report.html");
        File.WriteAllText(path, "old report");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("<html>partial"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("old report", File.ReadAllText(path));
        Assert.Equal(["report.html"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_first_write_creates_no_file()
    {
        string folder = TestPaths.NewTempFolder();
        string path = Path.Combine(folder, "new.html");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("render failed")));

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void A_successful_write_replaces_the_file_and_creates_missing_folders()
    {
        string folder = TestPaths.NewTempFolder();
        string path = Path.Combine(folder, "sub", "report.html");
        AtomicFile.Write(path, stream => stream.Write("first"u8));

        AtomicFile.Write(path, stream => stream.Write("second"u8));

        Assert.Equal("second", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
