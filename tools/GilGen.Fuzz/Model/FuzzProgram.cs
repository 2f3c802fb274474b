using System;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace GilGen.Fuzz.Model;

/// <summary>A generated program: top-level statements, rendered to Python 3 source.</summary>
internal sealed record FuzzProgram(ImmutableArray<Stmt> Body)
{
    public string Render()
    {
        var sb = new StringBuilder();
        foreach (Stmt s in Body)
            s.Render(sb, 0);
        return sb.ToString();
    }

    public int Size()
    {
        int n = 0;
        foreach (Stmt s in Body)
            n += s.Size();
        return n;
    }

    /// <summary>SHA-256 of the rendered source, hex (the CI goldens pin the generator with it).</summary>
    public static string HashOf(string source) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source))).ToLowerInvariant()[..16];
}
