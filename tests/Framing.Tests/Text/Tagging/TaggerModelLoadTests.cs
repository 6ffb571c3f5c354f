using Framing.Text.Tagging;

namespace Framing.Tests.Text.Tagging;

public class TaggerModelLoadTests
{
    [Fact]
    public void Stream_that_is_not_a_model_is_refused_with_its_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => TaggerModel.Load(new MemoryStream([1, 2, 3, 4, 5]), "junk.model"));

        Assert.Contains("junk.model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_model_is_refused()
    {
        using var full = new MemoryStream();
        TaggerModel.Default.Save(full);
        var half = full.ToArray()[..(int)(full.Length / 2)];

        var error = Assert.Throws<InvalidDataException>(() => TaggerModel.Load(new MemoryStream(half), "half.model"));

        Assert.Contains("half.model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_model_file_names_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N") + ".model");

        var error = Assert.Throws<FileNotFoundException>(() => TaggerModel.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_model_is_loaded_once_and_shared()
    {
        Assert.Same(TaggerModel.Default, TaggerModel.Default);
        Assert.Same(TaggerModel.Default.Tagger, TaggerModel.Default.Tagger);
        Assert.True(TaggerModel.Default.FeatureCount > 50_000);
        Assert.Contains("dev UPOS accuracy", TaggerModel.Default.Description, StringComparison.Ordinal);
    }
}
