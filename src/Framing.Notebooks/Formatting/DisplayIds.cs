using System.Security.Cryptography;
using System.Text;

using Framing.Notebooks.Execution;

namespace Framing.Notebooks.Formatting;

/// <summary>
/// Element ids for displayed values (charts need one). Inside a running cell the session numbers them
/// (<c>nb-plotly-1</c>, <c>nb-plotly-2</c>, …) so the same notebook always gets the same ids; outside a
/// cell the id is derived from the content. Never random, so reports are byte-for-byte reproducible.
/// </summary>
public static class DisplayIds
{
    /// <summary>Returns an id for a display of <paramref name="kind"/> (letters, digits and hyphens only).</summary>
    /// <param name="kind">A short name such as <c>plotly</c>.</param>
    /// <param name="content">The displayed content, used for the id outside cells.</param>
    public static string Next(string kind, string content)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(content);
        CellContext? context = CellContext.Current;
        if (context is not null)
        {
            return context.NextDisplayId(kind);
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        return $"{kind}-{Convert.ToHexStringLower(hash)[..12]}";
    }
}
