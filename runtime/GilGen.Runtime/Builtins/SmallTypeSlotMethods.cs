using System;

namespace GilGen.Runtime;

/// <summary>
/// The special methods CPython's range, slice, NoneType, NotImplementedType, ellipsis, method and
/// builtin_function_or_method define of their own: <c>__bool__</c>, the ordering slot wrappers (NotImplemented for
/// all but slice, which orders as the tuple of its fields) and <c>__reduce__</c>.
/// </summary>
internal static class SmallTypeSlotMethods
{
    private static PyValue NotImplemented => PyValue.From(PyNotImplemented.Instance);

    private static readonly (string Name, CompareOp Op)[] Orders =
        { ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) };

    /// <summary>Installs them on their classes.</summary>
    public static void Install()
    {
        PySlice.InstallMethods();
        // f.__call__(*args, **kwargs) of a function, a method and a builtin: the call itself.
        foreach (var t in new[] { PyType.Function, PyType.Method, PyType.BuiltinFunction })
            t.AddMethod("__call__", (ts, a, kw) => Ops.Call(ts, a[0], a.Slice(1), kw));
        // type.__or__ and __ror__: X | Y of classes (and None) is a types.UnionType (PEP 604), else NotImplemented.
        foreach (bool reflected in new[] { false, true })
        {
            string name = reflected ? "__ror__" : "__or__";
            PyType.TypeType.AddMethod(name, (ts, a, kw) =>
            {
                SlotWrapperArguments.Binary(name, a, kw);
                return (reflected ? PyUnionType.TryOr(a[1], a[0]) : PyUnionType.TryOr(a[0], a[1])) ?? NotImplemented;
            });
        }
        foreach (var t in new[] { PyType.Range, PyType.NoneType })
            t.AddMethod("__bool__", (ts, a, kw) =>
            {
                NoArguments("__bool__", a, kw, wrapper: true);
                return PyValue.Bool(Ops.IsTrue(ts, a[0]));
            });
        foreach (var t in new[] { PyType.Range, PyType.NoneType, PyType.Method, PyType.BuiltinFunction })
            foreach (var (name, _) in Orders)
                t.AddMethod(name, (ts, a, kw) =>
                {
                    SlotWrapperArguments.Binary(name, a, kw);
                    return NotImplemented;
                });
        foreach (var (name, op) in Orders)
            PyType.Slice.AddMethod(name, (ts, a, kw) =>
            {
                SlotWrapperArguments.Binary(name, a, kw);
                if (a[1].Obj is not PySlice other) return NotImplemented;
                var x = Fields((PySlice)a[0].Obj!);
                var y = Fields(other);
                try { return Ops.Compare(ts, x, y, op); }
                finally
                {
                    x.DecRef();
                    y.DecRef();
                }
            });
        PyType.Range.AddMethod("__reduce__", (ts, a, kw) =>
        {
            NoArguments("__reduce__", a, kw, wrapper: false);
            var r = (PyRange)a[0].Obj!;
            var args = PyValue.From(new PyTuple(new[] { PyValue.Int(r.Start), PyValue.Int(r.Stop), PyValue.Int(r.Step) }));
            return PyValue.From(new PyTuple(new[] { PyValue.From(PyType.Range).NewRef(), args }));
        });
        PyType.Slice.AddMethod("__reduce__", (ts, a, kw) =>
        {
            NoArguments("__reduce__", a, kw, wrapper: false);
            return PyValue.From(new PyTuple(new[] { PyValue.From(PyType.Slice).NewRef(), Fields((PySlice)a[0].Obj!) }));
        });
        // A builtin function reduces to its name; a builtin method and a method to getattr(self, name).
        PyType.BuiltinFunction.AddMethod("__reduce__", (ts, a, kw) =>
        {
            NoArguments("__reduce__", a, kw, wrapper: false);
            var f = (PyBuiltinFunction)a[0].Obj!;
            if (f.Self.IsUnbound || f.Self.Obj is PyModule) return PyValue.Str(f.Name);
            return GetAttrReduction(f.Self, f.Name);
        });
        PyType.Method.AddMethod("__reduce__", (ts, a, kw) =>
        {
            NoArguments("__reduce__", a, kw, wrapper: false);
            var m = (PyBoundMethod)a[0].Obj!;
            var name = Ops.GetAttr(ts, m.Function, "__name__");
            try { return GetAttrReduction(m.Self, name.Obj is PyStr s ? s.Value : throw PyErr.TypeError("method's function has no str __name__")); }
            finally { name.DecRef(); }
        });
    }

    /// <summary>
    /// The methods of the class of Ellipsis or NotImplemented, called from that class's own initializer (the builtin
    /// classes may be initialized from it): <c>__reduce__</c> gives the singleton's name, which unpickling looks up in
    /// builtins; NotImplemented's class also has <c>__bool__</c>.
    /// </summary>
    internal static PyType Singleton(PyType t, string name, bool truth)
    {
        t.AddMethod("__reduce__", (ts, a, kw) =>
        {
            NoArguments("__reduce__", a, kw, wrapper: false);
            return PyValue.Str(name);
        });
        if (truth)
            t.AddMethod("__bool__", (ts, a, kw) =>
            {
                NoArguments("__bool__", a, kw, wrapper: true);
                return PyValue.Bool(Ops.IsTrue(ts, a[0]));
            });
        return t;
    }

    // (getattr, (self, name)).
    private static PyValue GetAttrReduction(PyValue self, string name)
    {
        var getattr = BuiltinsModule.Instance.GetGlobal("getattr");
        var args = PyValue.From(new PyTuple(new[] { self.NewRef(), PyValue.Str(name) }));
        return PyValue.From(new PyTuple(new[] { getattr, args }));
    }

    // (start, stop, step) of a slice, a new tuple.
    private static PyValue Fields(PySlice s) => PyValue.From(PyTuple.FromBorrowed(new[] { s.Start, s.Stop, s.Step }));

    private static void NoArguments(string name, ReadOnlySpan<PyValue> a, string[]? kw, bool wrapper)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError(wrapper ? $"wrapper {name}() takes no keyword arguments" : $"{a[0].Type.Name}.{name}() takes no keyword arguments");
        if (a.Length != 1)
            throw PyErr.TypeError(wrapper ? $"expected 0 arguments, got {a.Length - 1}" : $"{a[0].Type.Name}.{name}() takes no arguments ({a.Length - 1} given)");
    }
}
