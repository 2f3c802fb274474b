namespace GilGen.Compiler;

/// <summary>One message about the source, located by line/column and by character offset.</summary>
public sealed class CompilerDiagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public CompilerDiagnostic(string id, string message, DiagnosticSeverity severity, int line, int column, int start, int length)
    {
        Id = id; Message = message; Severity = severity; Line = line; Column = column; Start = start; Length = length;
    }

    /// <summary>One of <see cref="DiagnosticIds"/>.</summary>
    public string Id { get; }
    /// <summary>The message, worded as CPython words it where CPython has one.</summary>
    public string Message { get; }
    /// <summary>Error or warning.</summary>
    public DiagnosticSeverity Severity { get; }
    /// <summary>1-based line.</summary>
    public int Line { get; }
    /// <summary>0-based column, in chars.</summary>
    public int Column { get; }
    /// <summary>Character offset in the source.</summary>
    public int Start { get; }
    /// <summary>Length in chars (may be 0 at the end of the source).</summary>
    public int Length { get; }

    /// <inheritdoc/>
    public override string ToString() => $"({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
