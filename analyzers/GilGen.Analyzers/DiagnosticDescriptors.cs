using GilGen.Compiler;
using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers;

/// <summary>
/// Every diagnostic of GilGen's analyzers, made from the one table of ids (<see cref="DiagnosticIds.All"/>:
/// title, description, category, severity, help link). GIL1xxx are found in Python snippets, GIL2xxx
/// in C#. Each id has a page in docs/diagnostics and a row in AnalyzerReleases.Shipped.md; each
/// severity can be changed in .editorconfig (<c>dotnet_diagnostic.GIL2001.severity = error</c>).
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The category of every rule here, as .editorconfig's <c>dotnet_analyzer_diagnostic.category-…</c> sees it.</summary>
    public const string Category = "GilGen.Threading";

    /// <summary>Where each rule's page lives: docs/diagnostics/&lt;id&gt;.md in the repository.</summary>
    public const string HelpLinkBase = DiagnosticDefinition.HelpLinkBase;

    /// <summary>GIL1001: <c>n += 1</c> on a global, nonlocal, attribute or subscript in a snippet function that runs on several threads, no lock held.</summary>
    public static readonly DiagnosticDescriptor SnippetReadModifyWrite = Create(
        DiagnosticIds.SnippetReadModifyWrite,
        messageFormat: "'{0}' is not atomic: another thread can run between {1}; hold a lock around it");

    /// <summary>GIL1002: an <c>if</c> that tests shared state and then changes it, in a snippet function that runs on several threads, no lock held across both.</summary>
    public static readonly DiagnosticDescriptor SnippetCheckThenAct = Create(
        DiagnosticIds.SnippetCheckThenAct,
        messageFormat: "'{0}' tests '{1}' and then changes it; another thread can change it in between{2}; hold a lock across the test and the change");

    /// <summary>GIL2001: <c>counter++</c> on shared state in C# reachable from a thread entry, outside any lock.</summary>
    public static readonly DiagnosticDescriptor SharedFieldReadModifyWrite = Create(
        DiagnosticIds.SharedFieldReadModifyWrite,
        messageFormat: "'{0}' on '{1}' is a read, a modify and a write; it runs on several threads ({2}) with no lock held");

    /// <summary>GIL2002: a compound operation on a <c>volatile</c> field outside a lock.</summary>
    public static readonly DiagnosticDescriptor VolatileCompoundOperation = Create(
        DiagnosticIds.VolatileCompoundOperation,
        messageFormat: "'{0}' on volatile field '{1}' is not atomic: volatile orders the read and the write, it does not join them");

    /// <summary>GIL2003: a field marked <c>[GuardedBy(nameof(gate))]</c> used where <c>gate</c> is not held.</summary>
    public static readonly DiagnosticDescriptor GuardedFieldWithoutLock = Create(
        DiagnosticIds.GuardedFieldWithoutLock,
        messageFormat: "'{0}' is guarded by '{1}', which is not held here");

    /// <summary>GIL2004: a field written under a lock in one place and without it in another.</summary>
    public static readonly DiagnosticDescriptor InconsistentSynchronization = Create(
        DiagnosticIds.InconsistentSynchronization,
        messageFormat: "'{0}' is written under lock '{1}' elsewhere but without a lock here");

    /// <summary>GIL2005: an <c>if</c> that tests shared state and changes it, in C# reachable from a thread entry, no lock held across both.</summary>
    public static readonly DiagnosticDescriptor SharedCheckThenAct = Create(
        DiagnosticIds.SharedCheckThenAct,
        messageFormat: "'{0}' checks '{1}' and then changes it: {2}; it runs on several threads ({3}) with no lock held across the check and the change");

    /// <summary>GIL2006: a List, Dictionary, HashSet, Queue or Stack changed from several threads without a lock.</summary>
    public static readonly DiagnosticDescriptor SharedCollectionMutation = Create(
        DiagnosticIds.SharedCollectionMutation,
        messageFormat: "'{0}' changes the {1} in '{2}', which is not thread-safe; it runs on several threads ({3}) with no lock held");

    // No rule carries the CompilationEnd tag: the C# rules that need the whole compilation compute it once
    // and report from each document's operation blocks (CompilationRaces), so the IDE shows them per document.
    private static DiagnosticDescriptor Create(string id, string messageFormat)
    {
        var definition = DiagnosticIds.Get(id);
        return new(
            definition.Id, definition.Title, messageFormat, definition.Category,
            definition.Severity == Compiler.DiagnosticSeverity.Error ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            isEnabledByDefault: true, definition.Description, definition.HelpLinkUri);
    }
}
