using System.Security.Cryptography;
using System.Text;

namespace Framing.Notebooks.Reports;

/// <summary>SHA-256 hashes of report inputs: a file's bytes, or a folder's files in path order.</summary>
public static class Provenance
{
    /// <summary>The hash of a file or a folder as lowercase hex, or null when the path does not exist.</summary>
    /// <remarks>A folder's hash covers each file's relative path ('/'-separated, ordinal order) and its hash, so renaming, adding or changing a file changes it.</remarks>
    public static string? Hash(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return HashFile(path);
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        StringBuilder listing = new();
        foreach (string file in Directory.GetFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal))
        {
            listing.Append(file).Append('\0').Append(HashFile(Path.Combine(path, file))).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }

    private static string HashFile(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
