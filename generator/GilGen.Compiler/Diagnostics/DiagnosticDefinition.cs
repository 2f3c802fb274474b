namespace GilGen.Compiler;

/// <summary>Which part of GilGen reports a diagnostic.</summary>
public enum DiagnosticReporter
{
    /// <summary>The Python compiler and C# emitter (the generator and the <c>gilgen</c> command pass them on).</summary>
    Compiler,
    /// <summary>The source generator, about the C# declaration a snippet is attached to.</summary>
    Generator,
    /// <summary>The analyzers (threading bugs in Python snippets and in C#).</summary>
    Analyzer,
}

/// <summary>
/// What one diagnostic id means: one row of <see cref="DiagnosticIds.All"/>, from which the
/// generator's and the analyzers' Roslyn descriptors are made and which docs/diagnostics documents.
/// </summary>
public sealed class DiagnosticDefinition
{
    /// <summary>Where each id's page lives: docs/diagnostics/&lt;id&gt;.md in the repository.</summary>
    public const string HelpLinkBase = "https://github.com/gilgen/gilgen/blob/main/docs/diagnostics/";

    internal DiagnosticDefinition(string id, string title, DiagnosticSeverity severity, DiagnosticReporter reporter, string category, string description)
    {
        Id = id; Title = title; Severity = severity; Reporter = reporter; Category = category; Description = description;
    }

    /// <summary>The id, e.g. <c>GIL0001</c>.</summary>
    public string Id { get; }
    /// <summary>The one meaning of the id.</summary>
    public string Title { get; }
    /// <summary>Its default severity.</summary>
    public DiagnosticSeverity Severity { get; }
    /// <summary>Who reports it.</summary>
    public DiagnosticReporter Reporter { get; }
    /// <summary>The Roslyn category (<c>GilGen</c> or <c>GilGen.Threading</c>).</summary>
    public string Category { get; }
    /// <summary>The longer explanation shown by IDEs.</summary>
    public string Description { get; }
    /// <summary>Its page in docs/diagnostics.</summary>
    public string HelpLinkUri => HelpLinkBase + Id + ".md";
}
