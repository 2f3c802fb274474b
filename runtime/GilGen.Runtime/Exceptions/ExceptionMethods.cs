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
        // BaseException_new: any arguments become args (a subclass's own __new__ calls it as super().__new__(cls, ...)).
        t.Dict["__new__"] = PyValue.From(new PyStaticMethod(PyValue.From(new PyBuiltinFunction("__new__", (ts, a, kw) =>
        {
            if (a.Length == 0) throw PyErr.TypeError("BaseException.__new__(): not enough arguments");
            if (a[0].Obj is not PyType cls) throw PyErr.TypeError($"BaseException.__new__(X): X is not a type object ({a[0].Type.Name})");
            if (!cls.IsSubtypeOf(ExceptionTypes.BaseException))
                throw PyErr.TypeError($"BaseException.__new__({cls.Name}): {cls.Name} is not a subtype of BaseException");
            return PyType.NewBareInstance(ts, cls, a.Slice(1, a.Length - 1 - (kw?.Length ?? 0)));
        }))));
        t.AddMethod("__str__", (ts, a, kw) => PyValue.Str(Self(a).StrString(ts)));
        t.AddMethod("__repr__", (ts, a, kw) => PyValue.Str(Self(a).ReprString(ts)));
        t.AddMethod("with_traceback", (ts, a, kw) =>
        {
            var tb = new BuiltinArguments("with_traceback", a.Slice(1), kw).NoKeywords().Expect(1, 1)[0];
            Self(a).SetTraceback(tb);
            return a[0].NewRef();
        });
        t.AddMethod("add_note", (ts, a, kw) =>
        {
            var note = new BuiltinArguments("add_note", a.Slice(1), kw).NoKeywords().Expect(1, 1)[0];
            if (note.Obj is not PyStr) throw PyErr.TypeError($"note must be a str, not '{note.Type.Name}'");
            var self = Self(a);
            var notes = self.GetAttrOrNull(ts, "__notes__");
            try
            {
                if (notes is null)
                {
                    notes = PyValue.From(new PyList());
                    self.SetAttr(ts, "__notes__", notes.Value);
                }
                if (notes.Value.Obj is not PyList list) throw PyErr.TypeError("Cannot add note: __notes__ is not a list");
                note.IncRef();
                list.Items.Add(note);
            }
            finally { notes?.DecRef(); }
            return PyValue.None;
        });
    }

    private static PyBaseException Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyBaseException e ? e : throw PyErr.TypeError("descriptor requires a 'BaseException' object");
}
