using System.Collections.Generic;

namespace GilGen.Compiler;

/// <summary>
/// Every GilGen diagnostic id, each with one meaning: the one table that the compiler, the source
/// generator and the analyzers share (their Roslyn descriptors are made from <see cref="All"/>), and
/// that docs/diagnostics documents page by page.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>GIL0001: syntax error — the source is not valid Python (CPython would raise SyntaxError, IndentationError or TabError).</summary>
    public const string SyntaxError = "GIL0001";
    /// <summary>GIL0002: unsupported construct — valid Python that GilGen cannot compile yet; the message names the construct.</summary>
    public const string UnsupportedConstruct = "GIL0002";
    /// <summary>GIL0003: unknown module — an import of a module the GilGen runtime does not provide.</summary>
    public const string UnknownModule = "GIL0003";
    /// <summary>GIL0004: the [GilFunction]/[GilModule] declaration is not partial (and static).</summary>
    public const string DeclarationNotPartial = "GIL0004";
    /// <summary>GIL0005: the C# signature does not match the Python def.</summary>
    public const string SignatureMismatch = "GIL0005";
    /// <summary>GIL0006: a [GilFunction] snippet without exactly one top-level def.</summary>
    public const string NotExactlyOneDef = "GIL0006";
    /// <summary>GIL0007: too many errors — reporting stopped after the limit of errors for one file.</summary>
    public const string TooManyErrors = "GIL0007";
    /// <summary>GIL0008: internal error — a bug in GilGen (an exception in the compiler, emitter or generator), never "unsupported".</summary>
    public const string InternalError = "GIL0008";
    /// <summary>GIL0009: nested too deeply — the source nests deeper than the compiler's recursion limit (CPython's RecursionError during compilation).</summary>
    public const string NestingTooDeep = "GIL0009";
    /// <summary>GIL0010: exec, eval or compile — code made from text at run time, which ahead-of-time compiled code cannot do.</summary>
    public const string RuntimeCompilation = "GIL0010";
    /// <summary>GIL0011: a [GilExport] method cannot be exported to Python as declared (a parameter or result type, ReleasesGil with a Python object, its name, or no [GilExtensionModule] class).</summary>
    public const string ExportNotPossible = "GIL0011";
    /// <summary>GIL0012: a [GilExtensionModule] class cannot be registered as a module (its name is not a Python name, is a runtime module's or another class's, or the class is generic or private).</summary>
    public const string ExtensionModuleNotPossible = "GIL0012";
    /// <summary>GIL1001: read-modify-write of shared state without a lock, in a Python snippet.</summary>
    public const string SnippetReadModifyWrite = "GIL1001";
    /// <summary>GIL1002: check-then-act on shared state without a lock, in a Python snippet.</summary>
    public const string SnippetCheckThenAct = "GIL1002";
    /// <summary>GIL2001: read-modify-write of a shared field without synchronization, in C#.</summary>
    public const string SharedFieldReadModifyWrite = "GIL2001";
    /// <summary>GIL2002: compound operation on a volatile field.</summary>
    public const string VolatileCompoundOperation = "GIL2002";
    /// <summary>GIL2003: guarded field used without holding its lock.</summary>
    public const string GuardedFieldWithoutLock = "GIL2003";
    /// <summary>GIL2004: inconsistent synchronization.</summary>
    public const string InconsistentSynchronization = "GIL2004";
    /// <summary>GIL2005: check-then-act on shared state without a lock, in C#.</summary>
    public const string SharedCheckThenAct = "GIL2005";
    /// <summary>GIL2006: a collection that is not thread-safe changed from several threads, in C#.</summary>
    public const string SharedCollectionMutation = "GIL2006";

    private const string Category = "GilGen";
    private const string ThreadingCategory = "GilGen.Threading";

    /// <summary>Every id, in id order.</summary>
    public static IReadOnlyList<DiagnosticDefinition> All { get; } = new[]
    {
        new DiagnosticDefinition(SyntaxError, "Python syntax error", DiagnosticSeverity.Error, DiagnosticReporter.Compiler, Category,
            "The Python snippet does not parse. The error is located at its line and column inside the string literal or .py file."),
        new DiagnosticDefinition(UnsupportedConstruct, "Unsupported Python construct", DiagnosticSeverity.Error, DiagnosticReporter.Compiler, Category,
            "The snippet uses a Python construct that GilGen's compiler does not support yet; the message names it."),
        new DiagnosticDefinition(UnknownModule, "Unknown Python module", DiagnosticSeverity.Error, DiagnosticReporter.Compiler, Category,
            "The snippet imports a module that the GilGen runtime does not provide."),
        new DiagnosticDefinition(DeclarationNotPartial, "Declaration must be partial (and static)", DiagnosticSeverity.Error, DiagnosticReporter.Generator, Category,
            "[GilFunction] needs a static partial method in partial types; [GilModule] and [GilExtensionModule] need a partial class in partial types."),
        new DiagnosticDefinition(SignatureMismatch, "C# signature does not match the Python function", DiagnosticSeverity.Error, DiagnosticReporter.Generator, Category,
            "The [GilFunction] method's parameters must match the def's by count and use supported types: long, int, double, bool, string, GilGen.Runtime.PyValue, object, and arrays and List<T> of those."),
        new DiagnosticDefinition(NotExactlyOneDef, "[GilFunction] snippet must hold exactly one def", DiagnosticSeverity.Error, DiagnosticReporter.Generator, Category,
            "The method calls the snippet's only top-level def; with none or several, which one is meant is unclear. Use [GilModule] for several functions."),
        new DiagnosticDefinition(TooManyErrors, "Too many errors", DiagnosticSeverity.Error, DiagnosticReporter.Compiler, Category,
            "The snippet has more errors than GilGen reports for one file; fix the first ones and compile again."),
        new DiagnosticDefinition(InternalError, "Internal error in GilGen", DiagnosticSeverity.Error, DiagnosticReporter.Compiler, Category,
            "GilGen itself failed on this snippet: a bug in GilGen, not in the snippet. The message carries the exception; please report it."),
        new DiagnosticDefinition(NestingTooDeep, "Python code nested too deeply", DiagnosticSeverity.Error, DiagnosticReporter.Compiler, Category,
            "The snippet nests expressions or blocks deeper than the compiler's limit (CPython raises RecursionError: maximum recursion depth exceeded during compilation)."),
        new DiagnosticDefinition(RuntimeCompilation, "exec, eval and compile are not available in ahead-of-time compiled code", DiagnosticSeverity.Error, DiagnosticReporter.Compiler, Category,
            "GilGen compiles Python to C# at build time; there is no Python compiler at run time to turn a string into code. A call to the builtin exec, eval or compile is refused where it is written."),
        new DiagnosticDefinition(ExportNotPossible, "C# method cannot be exported to Python", DiagnosticSeverity.Error, DiagnosticReporter.Generator, Category,
            "A [GilExport] method must be a non-generic static method of a [GilExtensionModule] class, with parameters passed by value and of types the runtime converts (long, int, double, bool, string, GilGen.Runtime.PyValue, object, and arrays and List<T> of those; the result may also be void), and a Python name that is an identifier used once in its module. With ReleasesGil = true no parameter or result may hold a Python object (PyValue, object), since the method runs without the GIL."),
        new DiagnosticDefinition(ExtensionModuleNotPossible, "Extension module cannot be registered", DiagnosticSeverity.Error, DiagnosticReporter.Generator, Category,
            "A [GilExtensionModule] name must be a Python identifier that no runtime module and no other class of the compilation uses, and the class must be non-generic and reachable from its assembly (not nested in a private or protected type), so that generated code can register it when the assembly loads."),
        new DiagnosticDefinition(SnippetReadModifyWrite, "Read-modify-write of shared state without a lock", DiagnosticSeverity.Warning, DiagnosticReporter.Analyzer, ThreadingCategory,
            "An augmented assignment (or x = x op y) to a global, nonlocal, attribute or subscript in a function that runs on several threads compiles to separate load, operate and store instructions. The GIL can switch threads between them and an update is lost."),
        new DiagnosticDefinition(SnippetCheckThenAct, "Check-then-act on shared state without a lock", DiagnosticSeverity.Warning, DiagnosticReporter.Analyzer, ThreadingCategory,
            "An if that tests shared state (key not in cache, len(items) < LIMIT, balance >= amount) and then changes it, in a function that runs on several threads, with no lock held across both: another thread can change the state between the test and the change. A call in between lets CPython 3.10+ switch threads there too."),
        new DiagnosticDefinition(SharedFieldReadModifyWrite, "Read-modify-write of a shared field without synchronization", DiagnosticSeverity.Warning, DiagnosticReporter.Analyzer, ThreadingCategory,
            "++, --, a compound assignment or x = x op y on a static field, or a field of an object shared between threads, in code reachable from a thread entry. Another thread can write between the read and the write; use Interlocked or a lock."),
        new DiagnosticDefinition(VolatileCompoundOperation, "Compound operation on a volatile field", DiagnosticSeverity.Warning, DiagnosticReporter.Analyzer, ThreadingCategory,
            "volatile makes each read and each write visible; ++ or += on a volatile field is still a read followed by a write, and a concurrent update between them is lost."),
        new DiagnosticDefinition(GuardedFieldWithoutLock, "Guarded field used without holding its lock", DiagnosticSeverity.Warning, DiagnosticReporter.Analyzer, ThreadingCategory,
            "A field marked [GuardedBy(\"gate\")] may only be read or written while 'gate' is held (lock (gate) or between Monitor.Enter and Monitor.Exit). A lambda, or a local function used as a delegate, runs later, so it must take the lock itself."),
        new DiagnosticDefinition(InconsistentSynchronization, "Inconsistent synchronization", DiagnosticSeverity.Warning, DiagnosticReporter.Analyzer, ThreadingCategory,
            "A field written while holding a lock in one place and without it in another, in code that runs on several threads: the unlocked write races with the locked ones."),
        new DiagnosticDefinition(SharedCheckThenAct, "Check-then-act on shared state without a lock", DiagnosticSeverity.Warning, DiagnosticReporter.Analyzer, ThreadingCategory,
            "An if that tests shared state (!d.ContainsKey(k), count < max, instance == null) and then changes it, in code that runs on several threads, with no lock held across the test and the change: another thread can change the state in between. Double-checked initialization without volatile or Lazy<T> can publish an object before it is built."),
        new DiagnosticDefinition(SharedCollectionMutation, "Collection that is not thread-safe changed from several threads", DiagnosticSeverity.Warning, DiagnosticReporter.Analyzer, ThreadingCategory,
            "List<T>, Dictionary<TKey, TValue>, HashSet<T>, Queue<T> and Stack<T> may only be changed by one thread at a time; changed from several threads at once (Parallel.For, Task.Run, new Thread, the thread pool) without a lock they lose items, throw or corrupt themselves. Use a System.Collections.Concurrent type or a lock."),
    };

    private static readonly Dictionary<string, DiagnosticDefinition> s_byId = ById();

    private static Dictionary<string, DiagnosticDefinition> ById()
    {
        var map = new Dictionary<string, DiagnosticDefinition>();
        foreach (var d in All) map.Add(d.Id, d);
        return map;
    }

    /// <summary>The definition of <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">For an id not in the table: a bug in GilGen.</exception>
    public static DiagnosticDefinition Get(string id) => s_byId[id];

    /// <summary>The title of each id.</summary>
    public static IReadOnlyDictionary<string, string> Titles { get; } = TitlesById();

    private static Dictionary<string, string> TitlesById()
    {
        var map = new Dictionary<string, string>();
        foreach (var d in All) map.Add(d.Id, d.Title);
        return map;
    }
}
