using System;

namespace GilGen.Runtime;

/// <summary>
/// The native entry point of a <see cref="FunctionBody"/> or <see cref="BuiltinBody"/> that is a static method (every
/// generated function body, most builtins), called through a function pointer instead of the delegate: invoking a delegate to a static method goes through a
/// shuffle thunk that moves every argument one register down, a few percent of each Python call.
/// </summary>
/// <remarks>
/// The pointer is the method's stable entry point, which the runtime keeps pointing at the current tier of its
/// code, so calls through it see tiering and on-stack replacement as delegate calls do.
/// </remarks>
internal static unsafe class FunctionEntryPoint
{
    /// <summary>The entry point of <paramref name="body"/>, or null when it is not a plain static method (a lambda, a closure).</summary>
    public static delegate*<ThreadState, PyFunction, ReadOnlySpan<PyValue>, string[]?, PyValue> Of(FunctionBody body)
    {
        if (body.Target is not null) return null;
        var method = body.Method;
        if (!method.IsStatic || method.IsGenericMethod) return null;
        return (delegate*<ThreadState, PyFunction, ReadOnlySpan<PyValue>, string[]?, PyValue>)method.MethodHandle.GetFunctionPointer();
    }

    /// <summary>The entry point of <paramref name="body"/>, or null when it is not a plain static method (a lambda, a closure).</summary>
    public static delegate*<ThreadState, ReadOnlySpan<PyValue>, string[]?, PyValue> Of(BuiltinBody body)
    {
        if (body.Target is not null) return null;
        var method = body.Method;
        if (!method.IsStatic || method.IsGenericMethod) return null;
        return (delegate*<ThreadState, ReadOnlySpan<PyValue>, string[]?, PyValue>)method.MethodHandle.GetFunctionPointer();
    }
}
