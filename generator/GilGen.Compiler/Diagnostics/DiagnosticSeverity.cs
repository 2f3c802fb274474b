namespace GilGen.Compiler;

/// <summary>How serious a <see cref="CompilerDiagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The code still compiles.</summary>
    Warning,
    /// <summary>No code object is produced.</summary>
    Error,
}
