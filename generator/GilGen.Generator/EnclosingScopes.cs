using System.Collections.Generic;
using System.Text;

namespace GilGen.Generator;

/// <summary>
/// The namespace and containing partial types written around generated members, opened and closed the same
/// way by every writer that adds members to a user's class (the compile-error stub, the extension module).
/// </summary>
internal static class EnclosingScopes
{
    /// <summary>Opens <paramref name="ns"/> (when there is one) and each containing type; returns the members' indent.</summary>
    public static string Open(StringBuilder code, string? ns, IReadOnlyList<string> containingTypes)
    {
        var indent = string.Empty;
        if (ns is not null)
        {
            code.Append("namespace ").AppendLine(ns).AppendLine("{");
            indent += "    ";
        }
        foreach (var head in containingTypes)
        {
            code.Append(indent).AppendLine(head).Append(indent).AppendLine("{");
            indent += "    ";
        }
        return indent;
    }

    /// <summary>Closes what <see cref="Open"/> opened.</summary>
    public static void Close(StringBuilder code, string? ns, int containingTypes)
    {
        for (var depth = containingTypes; depth > 0; depth--)
            code.Append(' ', 4 * (depth - 1 + (ns is null ? 0 : 1))).AppendLine("}");
        if (ns is not null) code.AppendLine("}");
    }
}
