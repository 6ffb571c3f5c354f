using System.Runtime.CompilerServices;
using System.Text;

namespace Framing.Notebooks.Tests;

/// <summary>
/// A small snapshot check: the approved text lives next to the test source as
/// <c>{Class}.{name}.approved.{ext}</c>. On a mismatch (or when there is no approved file yet) the actual
/// text is written as <c>.received.{ext}</c> beside it and the test fails, naming both files; review the
/// received file and rename it to approve it. <c>*.received.*</c> files are git-ignored.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, string extension, [CallerFilePath] string sourceFile = "")
    {
        string folder = Path.GetDirectoryName(sourceFile)!;
        string stem = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name}");
        string approved = $"{stem}.approved.{extension}";
        string received = $"{stem}.received.{extension}";
        string normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(approved)
            && string.Equals(File.ReadAllText(approved, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal), normalized, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized, new UTF8Encoding(false));
        Assert.Fail(File.Exists(approved)
            ? $"Snapshot '{name}' differs from {approved}. The actual output is in {received}; compare them, and if the change is intended, replace the approved file with it."
            : $"Snapshot '{name}' has no approved file. The actual output is in {received}; review it and rename it to {approved} to approve it.");
    }
}
