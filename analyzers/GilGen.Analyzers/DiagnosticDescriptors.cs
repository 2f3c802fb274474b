using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers;

/// <summary>
/// Every diagnostic of GilGen's analyzers, in one place. GIL1xxx are found in Python snippets,
/// GIL2xxx in C#. Each id has a page in docs/diagnostics (its help link) and a row in
/// AnalyzerReleases.Shipped.md; each severity can be changed in .editorconfig
/// (<c>dotnet_diagnostic.GIL2001.severity = error</c>).
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The category of every rule here, as .editorconfig's <c>dotnet_analyzer_diagnostic.category-…</c> sees it.</summary>
    public const string Category = "GilGen.Threading";

    /// <summary>Where each rule's page lives: docs/diagnostics/&lt;id&gt;.md in the repository.</summary>
    public const string HelpLinkBase = "https://github.com/gilgen/gilgen/blob/main/docs/diagnostics/";

    /// <summary>GIL1001: <c>n += 1</c> on a global, nonlocal, attribute or subscript in a snippet function that runs on several threads, no lock held.</summary>
    public static readonly DiagnosticDescriptor SnippetReadModifyWrite = Create(
        "GIL1001",
        title: "Read-modify-write of shared state without a lock",
        messageFormat: "'{0}' is not atomic: another thread can run between {1}; hold a lock around it",
        description: "An augmented assignment (or x = x op y) to a global, nonlocal, attribute or subscript in a function that runs on several threads compiles to separate load, operate and store instructions. The GIL can switch threads between them and an update is lost.");

    /// <summary>GIL2001: <c>counter++</c> on shared state in C# reachable from a thread entry, outside any lock.</summary>
    public static readonly DiagnosticDescriptor SharedFieldReadModifyWrite = Create(
        "GIL2001",
        title: "Read-modify-write of a shared field without synchronization",
        messageFormat: "'{0}' on '{1}' is a read, a modify and a write; it runs on several threads ({2}) with no lock held",
        description: "++, --, a compound assignment or x = x op y on a static field, or a field of an object shared between threads, in code reachable from a thread entry. Another thread can write between the read and the write; use Interlocked or a lock.",
        compilationEnd: true);

    /// <summary>GIL2002: a compound operation on a <c>volatile</c> field outside a lock.</summary>
    public static readonly DiagnosticDescriptor VolatileCompoundOperation = Create(
        "GIL2002",
        title: "Compound operation on a volatile field",
        messageFormat: "'{0}' on volatile field '{1}' is not atomic: volatile orders the read and the write, it does not join them",
        description: "volatile makes each read and each write visible; ++ or += on a volatile field is still a read followed by a write, and a concurrent update between them is lost.");

    /// <summary>GIL2003: a field marked <c>[GuardedBy(nameof(gate))]</c> used where <c>gate</c> is not held.</summary>
    public static readonly DiagnosticDescriptor GuardedFieldWithoutLock = Create(
        "GIL2003",
        title: "Guarded field used without holding its lock",
        messageFormat: "'{0}' is guarded by '{1}', which is not held here",
        description: "A field marked [GuardedBy(\"gate\")] may only be read or written while 'gate' is held (lock (gate) or between Monitor.Enter and Monitor.Exit). A lambda, or a local function used as a delegate, runs later, so it must take the lock itself.");

    /// <summary>GIL2004: a field written under a lock in one place and without it in another.</summary>
    public static readonly DiagnosticDescriptor InconsistentSynchronization = Create(
        "GIL2004",
        title: "Inconsistent synchronization",
        messageFormat: "'{0}' is written under lock '{1}' elsewhere but without a lock here",
        description: "A field written while holding a lock in one place and without it in another, in code that runs on several threads: the unlocked write races with the locked ones.",
        compilationEnd: true);

    // A rule judged at the end of the compilation (it needs every thread entry and call) carries the
    // CompilationEnd tag: the IDE then knows it appears with full-solution analysis, not per keystroke.
    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string description, bool compilationEnd = false) => new(
        id, title, messageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpLinkBase + id + ".md",
        compilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : new string[0]);
}
