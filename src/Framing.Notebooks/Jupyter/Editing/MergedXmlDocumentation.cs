using System.Collections.Frozen;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

using Microsoft.CodeAnalysis;

namespace Framing.Notebooks.Jupyter.Editing;

/// <summary>
/// Documentation for an implementation assembly whose types are documented across several
/// reference-assembly files (CoreLib's types are documented in System.Runtime.xml, System.Collections.xml, …).
/// The files are read on first use.
/// </summary>
internal sealed class MergedXmlDocumentation : DocumentationProvider
{
    private readonly string[] files;
    private readonly Lazy<FrozenDictionary<string, string>> members;

    public MergedXmlDocumentation(IEnumerable<string> files)
    {
        this.files = [.. files];
        members = new Lazy<FrozenDictionary<string, string>>(Load);
    }

    public override bool Equals(object? obj) =>
        obj is MergedXmlDocumentation other && files.SequenceEqual(other.files, StringComparer.Ordinal);

    public override int GetHashCode() => files.Aggregate(0, (hash, file) => HashCode.Combine(hash, StringComparer.Ordinal.GetHashCode(file)));

    protected override string? GetDocumentationForSymbol(
        string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        members.Value.TryGetValue(documentationMemberID, out string? xml) ? xml : null;

    private FrozenDictionary<string, string> Load()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            try
            {
                foreach (XElement member in XDocument.Load(file).Descendants("member"))
                {
                    if (member.Attribute("name")?.Value is { } name)
                    {
                        result.TryAdd(name, member.ToString(SaveOptions.DisableFormatting));
                    }
                }
            }
            catch (Exception error) when (error is IOException or XmlException or UnauthorizedAccessException)
            {
                // Documentation is a convenience: an unreadable file just means no summaries from it.
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
