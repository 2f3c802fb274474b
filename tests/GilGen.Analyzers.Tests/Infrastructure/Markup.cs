using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Test sources with their expected diagnostics marked inline, as Microsoft.CodeAnalysis.Testing
/// writes them: <c>[|text|]</c> is a diagnostic of the test's default id on <c>text</c>,
/// <c>{|GIL2004:text|}</c> one of the named id. Spans do not nest.
/// </summary>
internal sealed record Markup(string Text, IReadOnlyList<ExpectedDiagnostic> Expected)
{
    /// <summary>Strips the markup from <paramref name="markup"/>, keeping where each span was.</summary>
    public static Markup Parse(string markup, string path, string? defaultId)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var openStart = -1;
        string? openId = null;
        string? closer = null;
        for (var i = 0; i < markup.Length; i++)
        {
            if (closer is null && Starts(markup, i, "[|"))
            {
                openStart = text.Length;
                openId = defaultId ?? throw new ArgumentException("[|...|] needs a default diagnostic id; use {|ID:...|}.");
                closer = "|]";
                i++;
            }
            else if (closer is null && Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0) throw new ArgumentException("{|ID:...|} without ':' at offset " + i);
                openId = markup.Substring(i + 2, colon - i - 2);
                openStart = text.Length;
                closer = "|}";
                i = colon;
            }
            else if (closer is not null && Starts(markup, i, closer))
            {
                expected.Add(new ExpectedDiagnostic(openId!, path, TextSpan.FromBounds(openStart, text.Length)));
                closer = null;
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }
        if (closer is not null) throw new ArgumentException($"Unclosed markup span in {path} (expected '{closer}').");
        return new Markup(text.ToString(), expected);
    }

    private static bool Starts(string s, int index, string token) => string.CompareOrdinal(s, index, token, 0, token.Length) == 0;
}

/// <summary>A diagnostic a test expects: its id, file and span.</summary>
internal sealed record ExpectedDiagnostic(string Id, string Path, TextSpan Span);
