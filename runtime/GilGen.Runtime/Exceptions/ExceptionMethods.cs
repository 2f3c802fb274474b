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
        // BaseException_reduce: (type(self), self.args), with the instance's __dict__ when it has attributes.
        t.AddMethod("__reduce__", (ts, a, kw) =>
        {
            new BuiltinArguments("__reduce__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            var self = Self(a);
            var type = PyValue.From(self.Type).NewRef();
            var args = PyValue.From(self.Args).NewRef();
            var state = ObjectReduction.InstanceDictOrNone(ts, a[0]);
            return PyValue.From(new PyTuple(state.IsNone ? new[] { type, args } : new[] { type, args, state }));
        });
        // BaseException_setstate: each item of a dict state becomes an attribute; None leaves the exception as it is.
        t.AddMethod("__setstate__", (ts, a, kw) =>
        {
            var state = new BuiltinArguments("__setstate__", a.Slice(1), kw).NoKeywords().Expect(1, 1)[0];
            if (state.IsNone) return PyValue.None;
            if (state.Obj is not PyDict d) throw PyErr.TypeError("state is not a dictionary");
            foreach (var (k, v) in new System.Collections.Generic.List<(PyValue, PyValue)>(d.Table.Entries()))
            {
                if (k.Obj is not PyStr name) throw PyErr.TypeError($"attribute name must be string, not '{k.Type.Name}'");
                a[0].Obj!.SetAttr(ts, name.Value, v);
            }
            return PyValue.None;
        });
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
