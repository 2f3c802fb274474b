using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>How a function is handed to another thread.</summary>
internal enum ThreadStartKind
{
    /// <summary><c>threading.Thread(target=f)</c> (or <c>Thread(None, f)</c>).</summary>
    Thread,
    /// <summary><c>threading.Timer(interval, f)</c>.</summary>
    Timer,
    /// <summary><c>executor.submit(f, ...)</c> on a ThreadPoolExecutor.</summary>
    Submit,
    /// <summary><c>executor.map(f, items)</c> on a ThreadPoolExecutor: one task per item, run by several workers.</summary>
    Map,
    /// <summary>An instance of a <c>threading.Thread</c> subclass: its <c>run</c>.</summary>
    ThreadSubclass,
}

/// <summary>A place in the snippet that makes functions run on another thread.</summary>
/// <param name="Kind">Thread, Timer, executor or Thread subclass.</param>
/// <param name="Call">The call that creates the thread or submits the task.</param>
/// <param name="Targets">The functions that run on the new thread.</param>
/// <param name="Scope">The scope whose code makes the call (module or function).</param>
/// <param name="InLoop">True when the call is in a loop of that scope, so it starts several threads.</param>
internal sealed record ThreadStart(ThreadStartKind Kind, CallExpr Call, IReadOnlyList<PythonScope> Targets, PythonScope Scope, bool InLoop)
{
    /// <summary>True when this one site already starts several concurrent threads (a loop, or <c>map</c>).</summary>
    public bool StartsSeveral => InLoop || Kind == ThreadStartKind.Map;
}
