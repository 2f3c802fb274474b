using System;

namespace GilGen.Runtime;

/// <summary>The methods of generator and coroutine objects: send, throw, close, __next__/__iter__, __await__.</summary>
internal static class GeneratorMethods
{
    public static void Install(PyType generator, PyType coroutine)
    {
        foreach (var type in new[] { generator, coroutine })
        {
            type.AddMethod("send", (ts, a, kw) => Self(a, kw, "send", 2, 2).Send(ts, a[1]));
            type.AddMethod("throw", (ts, a, kw) => Self(a, kw, "throw", 2, 4).Throw(ts, ExceptionToThrow(ts, a.Slice(1))));
            type.AddMethod("close", (ts, a, kw) => Self(a, kw, "close", 1, 1).Close(ts));
        }
        generator.AddMethod("__next__", (ts, a, kw) => Self(a, kw, "__next__", 1, 1).NextOrStop(ts));
        generator.AddMethod("__iter__", (ts, a, kw) => { Self(a, kw, "__iter__", 1, 1); return a[0].NewRef(); });
        coroutine.AddMethod("__await__", (ts, a, kw) => PyValue.From(new PyCoroutineWrapper(Self(a, kw, "__await__", 1, 1))));
    }

    private static PyGenerator Self(ReadOnlySpan<PyValue> a, string[]? kw, string name, int min, int max)
    {
        if (kw != null && kw.Length > 0) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        if (a.Length == 0 || a[0].Obj is not PyGenerator g) throw PyErr.TypeError($"descriptor '{name}' requires a 'generator' object");
        int given = a.Length - 1;
        if (given < min - 1 || given > max - 1)
        {
            if (min == max && min == 1) throw PyErr.TypeError($"{g.Type.Name}.{name}() takes no arguments ({given} given)");
            if (min == max) throw PyErr.TypeError($"{g.Type.Name}.{name}() takes exactly one argument ({given} given)");
            throw PyErr.TypeError(given < min - 1
                ? $"throw expected at least {min - 1} argument{(min - 1 == 1 ? "" : "s")}, got {given}"
                : $"throw expected at most {max - 1} arguments, got {given}");
        }
        return g;
    }

    /// <summary>
    /// throw(type[, value[, traceback]]) or throw(instance): the exception to raise, made as
    /// _gen_throw makes it (a class is instantiated with the value; an instance takes no value).
    /// </summary>
    internal static PyException ExceptionToThrow(ThreadState ts, ReadOnlySpan<PyValue> args)
    {
        var typ = args[0];
        var val = args.Length > 1 ? args[1] : PyValue.None;
        if (args.Length > 2 && !args[2].IsNone)
            throw PyErr.TypeError("throw() third argument must be a traceback object");
        if (typ.Obj is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            if (val.Obj is PyBaseException given && given.Type.IsSubtypeOf(t))
            {
                PyValue.From(given).IncRef();
                return new PyException(given);
            }
            PyValue made = val.IsNone ? Ops.Call(ts, typ, ReadOnlySpan<PyValue>.Empty, null)
                : val.Obj is PyTuple tuple ? Ops.Call(ts, typ, tuple.Items, null)
                : Ops.Call(ts, typ, new[] { val }, null);
            if (made.Obj is PyBaseException m) return new PyException(m);
            made.DecRef();
            throw PyErr.TypeError($"calling {t.ReprString(ts)} should have returned an instance of BaseException, not {made.Type.Name}");
        }
        if (typ.Obj is PyBaseException instance)
        {
            if (!val.IsNone) throw PyErr.TypeError("instance exception may not have a separate value");
            PyValue.From(instance).IncRef();
            return new PyException(instance);
        }
        throw PyErr.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
    }
}
