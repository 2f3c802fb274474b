using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The part of a per-type rule (GIL2002, GIL2003) that must wait for the whole type: a use inside a
/// helper with no lock of its own may still be covered by the locks all of the helper's callers hold
/// (<see cref="CallerHeldLocks"/>). Created in a symbol-start action for a type; its operation actions
/// add calls and pending diagnostics from any thread; the symbol-end action settles them. Uses outside
/// helpers are reported at once, so they show live in the editor.
/// </summary>
internal sealed class DeferredLockChecks
{
    private readonly object _gate = new();
    private readonly List<HelperCall> _calls = new();
    private readonly List<(SymbolKey Unit, Func<IReadOnlyList<LockId>, bool> IsSatisfied, Diagnostic Diagnostic)> _pending = new();

    /// <summary>Records a call of (or a delegate made from) a helper.</summary>
    public void AddCall(HelperCall call)
    {
        lock (_gate) _calls.Add(call);
    }

    /// <summary>Holds <paramref name="diagnostic"/> until the type is done: dropped if the callers of <paramref name="unit"/> hold locks that satisfy <paramref name="isSatisfied"/>.</summary>
    public void Defer(SymbolKey unit, Func<IReadOnlyList<LockId>, bool> isSatisfied, Diagnostic diagnostic)
    {
        lock (_gate) _pending.Add((unit, isSatisfied, diagnostic));
    }

    /// <summary>Reports the pending diagnostics whose helper's callers do not hold the lock.</summary>
    public void ReportUnsatisfied(SymbolAnalysisContext context)
    {
        List<HelperCall> calls;
        List<(SymbolKey Unit, Func<IReadOnlyList<LockId>, bool> IsSatisfied, Diagnostic Diagnostic)> pending;
        lock (_gate)
        {
            if (_pending.Count == 0) return;
            calls = new List<HelperCall>(_calls);
            pending = new List<(SymbolKey, Func<IReadOnlyList<LockId>, bool>, Diagnostic)>(_pending);
        }
        var inherited = CallerHeldLocks.Solve(calls);
        foreach (var (unit, isSatisfied, diagnostic) in pending)
        {
            if (inherited.TryGetValue(unit, out var locks) && isSatisfied(locks)) continue;
            context.ReportDiagnostic(diagnostic);
        }
    }
}
