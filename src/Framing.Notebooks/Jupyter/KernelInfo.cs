using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

using Framing.Notebooks.Jupyter.Protocol;

using Microsoft.CodeAnalysis.CSharp;

namespace Framing.Notebooks.Jupyter;

/// <summary>What the kernel says about itself in <c>kernel_info_reply</c>.</summary>
internal static class KernelInfo
{
    public static string ImplementationVersion { get; } =
        typeof(KernelInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "0.0.0";

    public static string LanguageVersion { get; } =
        Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();

    public static JsonObject Content() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageHeader.ProtocolVersion,
        ["implementation"] = "framing",
        ["implementation_version"] = ImplementationVersion,
        ["language_info"] = new JsonObject
        {
            ["name"] = "csharp",
            ["version"] = LanguageVersion,
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = $"C# (Framing) kernel {ImplementationVersion}: C# {LanguageVersion} on {RuntimeInformation.FrameworkDescription}",
        ["help_links"] = new JsonArray(),
    };
}
