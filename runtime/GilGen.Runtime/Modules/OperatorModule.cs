using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>The operator module: every function of CPython 3.12's, plus itemgetter, attrgetter and methodcaller.</summary>
public static class OperatorModule
{
    private delegate PyValue Binary(ThreadState ts, PyValue a, PyValue b);
    private delegate PyValue Unary(ThreadState ts, PyValue a);

    /// <summary>Makes operator.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("operator");
        Two(m, "add", Ops.Add); Two(m, "sub", Ops.Sub); Two(m, "mul", Ops.Mul); Two(m, "truediv", Ops.TrueDiv);
        Two(m, "floordiv", Ops.FloorDiv); Two(m, "mod", Ops.Mod); Two(m, "pow", Ops.Pow); Two(m, "matmul", Ops.MatMul);
        Two(m, "lshift", Ops.LShift); Two(m, "rshift", Ops.RShift);
        Two(m, "and_", Ops.And, "and"); Two(m, "or_", Ops.Or, "or"); Two(m, "xor", Ops.Xor);
        Two(m, "iadd", Ops.InplaceAdd); Two(m, "isub", Ops.InplaceSub); Two(m, "imul", Ops.InplaceMul); Two(m, "itruediv", Ops.InplaceTrueDiv);
        Two(m, "ifloordiv", Ops.InplaceFloorDiv); Two(m, "imod", Ops.InplaceMod); Two(m, "ipow", Ops.InplacePow); Two(m, "imatmul", Ops.InplaceMatMul);
        Two(m, "ilshift", Ops.InplaceLShift); Two(m, "irshift", Ops.InplaceRShift);
        Two(m, "iand", Ops.InplaceAnd); Two(m, "ior", Ops.InplaceOr); Two(m, "ixor", Ops.InplaceXor);
        Two(m, "concat", (ts2, a, b) => { RequireSequence(a); return Ops.Add(ts2, a, b); });
        Two(m, "iconcat", (ts2, a, b) => { RequireSequence(a); return Ops.InplaceAdd(ts2, a, b); });
        foreach (var (name, op) in new[] { ("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("gt", CompareOp.Gt), ("ge", CompareOp.Ge) })
            Two(m, name, (ts2, a, b) => Ops.Compare(ts2, a, b, op));
        Two(m, "is_", (ts2, a, b) => PyValue.Bool(Ops.Is(a, b)));
        Two(m, "is_not", (ts2, a, b) => PyValue.Bool(!Ops.Is(a, b)));
        Two(m, "contains", (ts2, a, b) => PyValue.Bool(Ops.Contains(ts2, a, b)));
        Two(m, "getitem", Ops.GetItem);
        Two(m, "delitem", (ts2, a, b) => { Ops.DelItem(ts2, a, b); return PyValue.None; });
        Two(m, "countOf", (ts2, a, b) =>
        {
            long n = 0;
            foreach (var x in Ops.ToList(ts2, a)) { if (Ops.Is(x, b) || Ops.EqualsBool(ts2, x, b)) n++; x.DecRef(); }
            return PyValue.Int(n);
        });
        Two(m, "indexOf", (ts2, a, b) =>
        {
            var items = Ops.ToList(ts2, a);
            try
            {
                for (int i = 0; i < items.Count; i++) if (Ops.Is(items[i], b) || Ops.EqualsBool(ts2, items[i], b)) return PyValue.Int(i);
            }
            finally { foreach (var x in items) x.DecRef(); }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        });
        One(m, "neg", Ops.Neg); One(m, "pos", Ops.Pos); One(m, "invert", Ops.Invert); One(m, "inv", Ops.Invert);
        One(m, "not_", Ops.Not, "not");
        One(m, "truth", (ts2, a) => PyValue.Bool(Ops.IsTrue(ts2, a)));
        One(m, "abs", (ts2, a) =>
        {
            var abs = BuiltinsModule.Instance.GetGlobal("abs");
            try { return Ops.Call(ts2, abs, new[] { a }, null); }
            finally { abs.DecRef(); }
        });
        One(m, "index", (ts2, a) => PyValue.Int(MathModule.AsInteger(a)));
        m.AddFunction("setitem", (ts2, a, kw) =>
        {
            new BuiltinArguments("setitem", a, kw).NoKeywords().Expect(3, 3);
            Ops.SetItem(ts2, a[0], a[1], a[2]);
            return PyValue.None;
        });
        AddAlias(m, "__setitem__", "setitem");
        m.AddFunction("length_hint", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("length_hint", a, kw).NoKeywords().Expect(1, 2);
            try { return PyValue.Int(Ops.Length(ts2, a[0])); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
            {
                e.Value.DecRef();
                return args.Count == 2 ? a[1].NewRef() : PyValue.Int(0);
            }
        });
        m.AddFunction("call", (ts2, a, kw) =>
        {
            if (a.Length - (kw?.Length ?? 0) < 1) throw PyErr.TypeError("call() missing required argument 'obj' (pos 1)");
            return Ops.Call(ts2, a[0], a.Slice(1), kw);
        });
        AddAlias(m, "__call__", "call");
        m.SetGlobal("itemgetter", PyValue.From(OperatorCallable.ItemGetterType));
        m.SetGlobal("attrgetter", PyValue.From(OperatorCallable.AttrGetterType));
        m.SetGlobal("methodcaller", PyValue.From(OperatorCallable.MethodCallerType));
        return m;
    }

    private static void RequireSequence(PyValue a)
    {
        if (a.Obj is not (PyList or PyTuple or PyStr) && (a.Obj is null || a.Type.Lookup("__getitem__") is null))
            throw PyErr.TypeError($"'{a.Type.Name}' object can't be concatenated");
    }

    private static void Two(PyModule m, string name, Binary f, string? dunder = null)
    {
        m.AddFunction(name, (ts, a, kw) =>
        {
            new BuiltinArguments(name, a, kw).NoKeywords().Expect(2, 2);
            return f(ts, a[0], a[1]);
        });
        AddAlias(m, "__" + (dunder ?? name.TrimEnd('_')) + "__", name);
    }

    private static void One(PyModule m, string name, Unary f, string? dunder = null)
    {
        m.AddFunction(name, (ts, a, kw) => f(ts, new BuiltinArguments(name, a, kw).NoKeywords().Expect(1, 1)[0]));
        AddAlias(m, "__" + (dunder ?? name.TrimEnd('_')) + "__", name);
    }

    private static void AddAlias(PyModule m, string alias, string name)
    {
        var f = m.GetGlobal(name);
        m.SetGlobal(alias, f);
        f.DecRef();
    }
}
