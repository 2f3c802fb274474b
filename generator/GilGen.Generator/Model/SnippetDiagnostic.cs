using Microsoft.CodeAnalysis;

namespace GilGen.Generator.Model;

/// <summary>What a <see cref="SnippetDiagnostic"/> points at; <see cref="SnippetPlacement.Locate"/> turns it into a file location.</summary>
internal enum DiagnosticAnchor
{
    /// <summary>Text in the snippet: <see cref="SnippetDiagnostic.Line"/> and column, or an offset when the line is unknown.</summary>
    SnippetText,

    /// <summary>The whole snippet (the attribute argument, or the .py file's start).</summary>
    WholeSnippet,

    /// <summary>The [GilFunction] method's name.</summary>
    Method,
}

/// <summary>
/// A diagnostic of the emit step, located in snippet terms only, so that the step's result stays
/// equal (and cached) when the snippet moves in its file.
/// </summary>
/// <param name="Id">The descriptor's id.</param>
/// <param name="Anchor">What the location is relative to.</param>
/// <param name="Line">1-based snippet line, or 0 when only <paramref name="Offset"/> is known.</param>
/// <param name="Column">0-based column in that line.</param>
/// <param name="Offset">Offset in the snippet, used when <paramref name="Line"/> is 0.</param>
/// <param name="Length">Length in snippet characters.</param>
/// <param name="MessageArguments">The message's format arguments.</param>
/// <param name="Severity">A severity other than the descriptor's default, or null.</param>
internal sealed record SnippetDiagnostic(
    string Id,
    DiagnosticAnchor Anchor,
    int Line,
    int Column,
    int Offset,
    int Length,
    EquatableArray<string> MessageArguments,
    DiagnosticSeverity? Severity = null)
{
    /// <summary>A diagnostic on the whole snippet or on the method.</summary>
    public static SnippetDiagnostic At(DiagnosticAnchor anchor, DiagnosticDescriptor descriptor, params string[] messageArguments)
        => new(descriptor.Id, anchor, 0, 0, 0, 0, new EquatableArray<string>(messageArguments));

    /// <summary>A diagnostic on snippet text.</summary>
    public static SnippetDiagnostic InText(DiagnosticDescriptor descriptor, int line, int column, int offset, int length, params string[] messageArguments)
        => new(descriptor.Id, DiagnosticAnchor.SnippetText, line, column, offset, length, new EquatableArray<string>(messageArguments));
}
