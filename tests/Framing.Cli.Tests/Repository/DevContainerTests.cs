using System.Text.Json;
using System.Text.RegularExpressions;

namespace Framing.Cli.Tests.Repository;

public sealed class DevContainerTests
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [Fact]
    public void DevContainer_parses_and_its_dotnet_major_version_matches_global_json()
    {
        using var devcontainer = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine(".devcontainer", "devcontainer.json")), Lenient);
        using var globalJson = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("global.json")), Lenient);

        var image = devcontainer.RootElement.GetProperty("image").GetString();
        Assert.NotNull(image);
        var imageMajor = Regex.Match(image, @"dotnet:(?:\d+-)?(\d+)\.\d+").Groups[1].Value;
        var sdkVersion = globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString();
        Assert.NotNull(sdkVersion);
        var sdkMajor = sdkVersion.Split('.')[0];

        Assert.False(string.IsNullOrEmpty(imageMajor), $"Could not read a .NET version from image '{image}'.");
        Assert.Equal(sdkMajor, imageMajor);
    }

    [Fact]
    public void DevContainer_installs_csharp_and_jupyter_extensions_and_runs_post_create()
    {
        using var devcontainer = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine(".devcontainer", "devcontainer.json")), Lenient);
        var extensions = devcontainer.RootElement.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions")
            .EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Contains("ms-dotnettools.csharp", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);

        var postCreate = devcontainer.RootElement.GetProperty("postCreateCommand").GetString();
        Assert.NotNull(postCreate);
        var script = File.ReadAllText(RepositoryRoot.Combine(".devcontainer", "post-create.sh"));
        Assert.Contains("post-create.sh", postCreate, StringComparison.Ordinal);
        Assert.Contains("dotnet build", script, StringComparison.Ordinal);
        Assert.Contains("kernel install", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Global_json_pins_the_dotnet_10_sdk()
    {
        using var globalJson = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("global.json")), Lenient);
        var version = globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString();
        Assert.StartsWith("10.", version, StringComparison.Ordinal);
    }
}
