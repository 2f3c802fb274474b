using System;

namespace GilGen.Runtime;

/// <summary>
/// Matches the positional and keyword arguments of a call to a C# function of <c>threading</c> or <c>time</c>
/// to its parameter names, with CPython's TypeErrors for too many, unknown, repeated and missing arguments.
/// </summary>
internal static class CallArguments
{
    /// <summary>
    /// The values (borrowed) by parameter position; <see cref="PyValue.Unbound"/> where not given.
    /// <paramref name="skip"/> leading positional arguments (a method's self) are not matched.
    /// </summary>
    public static PyValue[] Bind(string function, ReadOnlySpan<PyValue> args, string[]? kwNames, string[] names, int required, int skip = 0)
    {
        int nKw = kwNames?.Length ?? 0;
        int nPos = args.Length - nKw - skip;
        var bound = new PyValue[names.Length];
        for (int i = 0; i < bound.Length; i++) bound[i] = PyValue.Unbound;
        if (nPos > names.Length)
        {
            throw names.Length == 0
                ? PyErr.TypeError($"{function}() takes no arguments ({nPos} given)")
                : PyErr.TypeError($"{function}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({nPos} given)");
        }
        for (int i = 0; i < nPos; i++) bound[i] = args[skip + i];
        for (int k = 0; k < nKw; k++)
        {
            string name = kwNames![k];
            int at = Array.IndexOf(names, name);
            if (at < 0) throw PyErr.TypeError($"{function}() got an unexpected keyword argument '{name}'");
            if (!bound[at].IsUnbound) throw PyErr.TypeError($"argument for {function}() given by name ('{name}') and position ({at + 1})");
            bound[at] = args[skip + nPos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (bound[i].IsUnbound) throw PyErr.TypeError($"{function}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        return bound;
    }

    /// <summary>A number of seconds from an int, bool or float argument (CPython's "must be real number").</summary>
    public static double ToSeconds(PyValue v)
    {
        if (v.IsInt) return v.IntValue;
        return v.Obj switch
        {
            PyFloat f => f.Value,
            PyBool b => b.Value ? 1 : 0,
            PyLong l => (double)l.Value,
            _ => throw PyErr.TypeError($"must be real number, not {v.Type.Name}"),
        };
    }

    /// <summary>A whole number from an int or bool argument.</summary>
    public static long ToInteger(PyValue v)
    {
        if (v.IsInt) return v.IntValue;
        return v.Obj switch
        {
            PyBool b => b.Value ? 1 : 0,
            PyLong => throw PyErr.OverflowError("Python int too large to convert to C long"),
            _ => throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer"),
        };
    }
}
