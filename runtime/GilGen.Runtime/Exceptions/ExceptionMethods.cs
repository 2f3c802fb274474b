using System;

namespace GilGen.Runtime;

/// <summary>BaseException's methods, so user exception classes can call and override them (super().__init__(msg), ...).</summary>
public static class ExceptionMethods
{
    /// <summary>Installs the methods on <paramref name="t"/> (BaseException).</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("__init__", (ts, a, kw) =>
        {
            var self = Self(a);
            int positional = a.Length - 1 - (kw?.Length ?? 0);
            if (kw != null && kw.Length > 0 && self.Type.Lookup("__init__") is PyValue { Obj: PyBuiltinFunction })
                throw PyErr.TypeError($"{self.Type.Name}() takes no keyword arguments");
            var old = self.Args;
            self.Args = PyTuple.FromBorrowed(a.Slice(1, positional));
            PyValue.From(old).DecRef();
            self.SplitOSErrorArgs();
            return PyValue.None;
        });
        t.AddMethod("__str__", (ts, a, kw) => PyValue.Str(Self(a).StrString(ts)));
        t.AddMethod("__repr__", (ts, a, kw) => PyValue.Str(Self(a).ReprString(ts)));
        t.AddMethod("with_traceback", (ts, a, kw) => a[0].NewRef());
    }

    private static PyBaseException Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyBaseException e ? e : throw PyErr.TypeError("descriptor requires a 'BaseException' object");
}
