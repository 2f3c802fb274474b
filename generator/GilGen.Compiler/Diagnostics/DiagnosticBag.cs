using System.Collections.Generic;
using GilGen.Compiler.Syntax;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Diagnostics;

/// <summary>
/// Collects the diagnostics of one compilation, capped so that a garbage file yields a short list.
/// Deduplicates by position so that parser recovery does not repeat itself.
/// </summary>
internal sealed class DiagnosticBag
{
    /// <summary>The most errors reported for one file.</summary>
    public const int MaxErrors = 20;

    private readonly List<CompilerDiagnostic> _items = new();
    private readonly HashSet<int> _errorStarts = new();
    private readonly SourceText _text;
    private bool _capped;

    public DiagnosticBag(SourceText text) { _text = text; }

    public IReadOnlyList<CompilerDiagnostic> Items => _items;

    /// <summary>The diagnostics in source order (the lexer runs before the parser, so discovery order is not source order); the too-many-errors note stays last.</summary>
    public IReadOnlyList<CompilerDiagnostic> SortedItems()
    {
        var list = new List<CompilerDiagnostic>(_items.Count);
        list.AddRange(_items);
        var order = new Dictionary<CompilerDiagnostic, int>();
        for (int i = 0; i < list.Count; i++) order[list[i]] = i;
        list.Sort((a, b) =>
        {
            bool aLast = a.Id == DiagnosticIds.TooManyErrors, bLast = b.Id == DiagnosticIds.TooManyErrors;
            if (aLast != bLast) return aLast ? 1 : -1;
            int c = a.Start.CompareTo(b.Start);
            return c != 0 ? c : order[a].CompareTo(order[b]);
        });
        return list;
    }
    public int ErrorCount { get; private set; }
    public bool IsFull => ErrorCount >= MaxErrors;

    public void Error(string id, string message, int start, int length)
    {
        if (_capped) return;
        start = _text.Clamp(start);
        if (start + length > _text.Length) length = _text.Length - start;
        if (length < 0) length = 0;
        if (!_errorStarts.Add(start)) return; // one error per position is enough
        if (ErrorCount >= MaxErrors)
        {
            _capped = true;
            Add(DiagnosticIds.TooManyErrors, $"too many errors; only the first {MaxErrors} are reported", DiagnosticSeverity.Error, start, length);
            return;
        }
        ErrorCount++;
        Add(id, message, DiagnosticSeverity.Error, start, length);
    }

    public void Error(string id, string message, SyntaxNode node) => Error(id, message, node.Start, node.Length);

    /// <summary>Always recorded, past the cap and the one-per-position rule: a bug in GilGen must never be hidden.</summary>
    public void InternalError(string message, int start, int length)
    {
        start = _text.Clamp(start);
        if (start + length > _text.Length) length = _text.Length - start;
        if (length < 0) length = 0;
        ErrorCount++;
        Add(DiagnosticIds.InternalError, message, DiagnosticSeverity.Error, start, length);
    }

    private void Add(string id, string message, DiagnosticSeverity severity, int start, int length)
    {
        var (line, col) = _text.GetLineColumn(start);
        _items.Add(new CompilerDiagnostic(id, message, severity, line, col, start, length));
    }
}
