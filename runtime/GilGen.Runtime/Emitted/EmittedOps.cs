using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The few operations generated code needs beyond <see cref="Ops"/>: ceval's inline tests that
/// have no Python-level name.
/// </summary>
public static class EmittedOps
{
    /// <summary>
    /// True when <paramref name="v"/> is exactly True or False: the case where CPython 3.9's
    /// POP_JUMP_IF_FALSE/TRUE take the FAST_DISPATCH path and skip the eval-breaker check.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBool(PyValue v) => v.Obj is PyBool;

    /// <summary>LOAD_ASSERTION_ERROR: a new reference to the AssertionError class.</summary>
    public static PyValue LoadAssertionError() => PyValue.From(ExceptionTypes.AssertionError).NewRef();
}
