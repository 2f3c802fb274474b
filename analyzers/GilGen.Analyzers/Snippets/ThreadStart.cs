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
    /// <summary>
    /// Where in <see cref="Scope"/>'s code the started thread is known to have ended: the start of the
    /// <c>join()</c> (or <c>result()</c>, or the end of the executor's <c>with</c>) that waits for it;
    /// <see cref="int.MaxValue"/> when the snippet shows no such wait in that scope.
    /// </summary>
    public int RunsUntil { get; init; } = int.MaxValue;

    /// <summary>
    /// True when the threads of this site run one after another even in a loop: each is waited for
    /// before the next starts (in the same loop iteration), or the executor has one worker.
    /// </summary>
    public bool OneAtATime { get; init; }

    /// <summary>True when this one site already starts several concurrent threads (a loop, or <c>map</c>), one at a time excepted.</summary>
    public bool StartsSeveral => !OneAtATime && (InLoop || Kind == ThreadStartKind.Map);
}
