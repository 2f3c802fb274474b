using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The adaptive state CPython 3.12 keeps for one call instruction, reduced to what decides a switch point:
/// whether the call, once it returns, checks the eval breaker. Generated code asks it at every
/// CALL_FUNCTION and CALL_METHOD (<see cref="Observe"/>) and honours the <c>modern</c> checkpoint after
/// the call only when the answer is "checks".
/// </summary>
/// <remarks>
/// <para>CPython 3.12 (Python/bytecodes.c, Python/specialize.c) runs a call site's first execution as the
/// generic CALL, which ends in CHECK_EVAL_BREAKER(), and specializes it at the second for the callable it
/// sees then. Most specialized forms still check; these do not, because they cannot run Python code or
/// hand the check to the callee's RESUME:</para>
/// <list type="bullet">
/// <item>CALL_PY_EXACT_ARGS, CALL_PY_WITH_DEFAULTS, CALL_BOUND_METHOD_EXACT_ARGS: a Python function with
/// plain positional parameters (the callee's entry is the switch point; the return is not);</item>
/// <item>CALL_NO_KW_TYPE_1: <c>type(x)</c>;</item>
/// <item>CALL_NO_KW_LEN: <c>len(x)</c>;</item>
/// <item>CALL_NO_KW_ISINSTANCE: <c>isinstance(x, t)</c>;</item>
/// <item>CALL_NO_KW_LIST_APPEND: <c>lst.append(x)</c> whose result is discarded (the next instruction is POP_TOP).</item>
/// </list>
/// <para>Every other form (builtin functions, method descriptors, classes, str/tuple of one argument,
/// calls with keywords or <c>*args</c>) checks, as does a specialized site called with a callable its guard
/// rejects (DEOPT_IF runs the generic CALL). After a run of misses (3.12's cooldown, 52) the site specializes
/// again for the callable of the moment. A site is keyed by the callable's identity (3.12 guards Python
/// functions by their version, which differs between function objects); a bound method by its function.
/// See docs/architecture/design.md.</para>
/// <para>Within an interpreter only the GIL holder runs a site. Sites are static fields of the generated
/// module, so interpreters running in parallel (<c>multiprocessing</c> workers) share them, like the
/// attribute sites; the fields are plain references and flags written one at a time, so a race can at
/// worst make one call's decision stale, never unsafe.</para>
/// </remarks>
public sealed class CallSite
{
    // 3.12's adaptive_counter_cooldown(): misses a specialized site takes before it specializes again.
    private const int Cooldown = 52;

    private readonly int _argCount;
    private readonly bool _resultDiscarded;

    // The callable (a bound method's function) the site is specialized for; null before its second run.
    private object? _for;
    private bool _forSelf, _forBound, _quiet;

    // ADAPTIVE_WARMUP_VALUE: one generic run, then specialization.
    private int _counter = 1;

    /// <summary>A call site that has not run yet.</summary>
    /// <param name="argCount">The instruction's argument count (CALL_FUNCTION's or CALL_METHOD's oparg).</param>
    /// <param name="resultDiscarded">True when the next instruction is POP_TOP.</param>
    public CallSite(int argCount, bool resultDiscarded)
    {
        _argCount = argCount;
        _resultDiscarded = resultDiscarded;
    }

    /// <summary>The 3.12 form the site now runs as, for tests: "CALL" before specialization, else the form's name.</summary>
    public string Specialization { get; private set; } = "CALL";

    /// <summary>
    /// Called just before the call made at this site: counts it as CPython 3.12 counts it and says whether
    /// this call finishes without checking the eval breaker (true: the modern checkpoint after it is skipped).
    /// </summary>
    /// <param name="callable">The callable about to be called (borrowed).</param>
    /// <param name="withSelf">True when CALL_METHOD passes a self ahead of the arguments.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Observe(PyObject? callable, bool withSelf) =>
        ReferenceEquals(callable, _for) && withSelf == _forSelf && !_forBound ? _quiet : Miss(callable, withSelf);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Miss(PyObject? callable, bool withSelf)
    {
        bool bound = callable is PyBoundMethod;
        object? key = callable is PyBoundMethod m ? m.Function.Obj : callable;
        if (_for != null && ReferenceEquals(key, _for) && withSelf == _forSelf && bound == _forBound) return _quiet;
        // The generic CALL: before warm-up ends, or a specialized site's guard failing (DEOPT_IF).
        if (_counter > 0)
        {
            _counter--;
            return false;
        }
        _for = key;
        _forSelf = withSelf;
        _forBound = bound;
        Specialization = FormFor(key, _argCount + (withSelf ? 1 : 0) + (bound ? 1 : 0), bound, withSelf);
        _quiet = Specialization is "CALL_PY_EXACT_ARGS" or "CALL_PY_WITH_DEFAULTS" or "CALL_BOUND_METHOD_EXACT_ARGS"
            or "CALL_NO_KW_TYPE_1" or "CALL_NO_KW_LEN" or "CALL_NO_KW_ISINSTANCE" or "CALL_NO_KW_LIST_APPEND";
        _counter = Cooldown;
        return _quiet;
    }

    // The specialized form _Py_Specialize_Call picks for `key` called with `total` positional arguments
    // (self included); "CALL (checks)" stands for all the forms that check the eval breaker.
    private string FormFor(object? key, int total, bool bound, bool withSelf)
    {
        switch (key)
        {
            case PyFunction f when f.Spec.IsSimple:
                if (total == f.Spec.ArgCount) return bound ? "CALL_BOUND_METHOD_EXACT_ARGS" : "CALL_PY_EXACT_ARGS";
                if (bound) return "CALL (checks)";
                int defaults = f.Defaults?.Length ?? 0;
                return total <= f.Spec.ArgCount && total >= f.Spec.ArgCount - defaults ? "CALL_PY_WITH_DEFAULTS" : "CALL (checks)";
            case PyType t when ReferenceEquals(t, PyType.TypeType) && total == 1 && !bound:
                return "CALL_NO_KW_TYPE_1";
            case PyBuiltinFunction b when b.OwnerType is null && b.Self.IsUnbound && b.ModuleName == "builtins" && !bound:
                if (b.Name == "len" && total == 1) return "CALL_NO_KW_LEN";
                if (b.Name == "isinstance" && total == 2) return "CALL_NO_KW_ISINSTANCE";
                return "CALL (checks)";
            case PyBuiltinFunction d when d.IsMethodDescriptor && withSelf && !bound && ReferenceEquals(d.OwnerType, PyType.List)
                                          && d.Name == "append" && total == 2 && _resultDiscarded:
                return "CALL_NO_KW_LIST_APPEND";
            default:
                return "CALL (checks)";
        }
    }
}
