using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// copy: shallow and deep copies of the builtin types and the collections types, as copy.py makes them
/// (atoms are returned as they are; deepcopy keeps shared and cyclic references shared through its memo,
/// a dict keyed by id). Copying instances of user classes is not supported yet.
/// </summary>
public static class CopyModule
{
    /// <summary>Makes copy.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("copy");
        m.AddFunction("copy", (ts2, a, kw) => Shallow(ts2, new BuiltinArguments("copy", a, kw).NoKeywords().Expect(1, 1)[0]));
        m.AddFunction("deepcopy", (ts2, a, kw) =>
        {
            var p = CallArguments.Bind("deepcopy", a, kw, new[] { "x", "memo" }, 1);
            PyDict memo;
            if (p[1].IsUnbound || p[1].IsNone) memo = new PyDict();
            else if (p[1].Obj is PyDict given) { memo = given; PyValue.From(memo).IncRef(); }
            else throw PyErr.TypeError($"'{p[1].Type.Name}' object does not support item assignment");
            try { return Deep(ts2, p[0], memo); }
            finally { PyValue.From(memo).DecRef(); }
        });
        return m;
    }

    private static bool IsAtomic(PyValue x) =>
        x.Obj is null or PyNone or PyBool or PyLong or PyFloat or PyStr or PyType or PyRange or PyFunction or PyBuiltinFunction
            or PyNotImplemented or PySlice or PyModule;

    /// <summary>copy.copy(x).</summary>
    public static PyValue Shallow(ThreadState ts, PyValue x)
    {
        // A namedtuple is copied through its class, as __reduce_ex__ makes CPython do: a new equal instance.
        if (x.Obj is SubclassedTuple nt && NamedTupleFactory.IsNamedTupleClass(nt.Type)) return PyValue.From(new SubclassedTuple(nt.Type, PyTuple.FromBorrowed(nt.Items).Items));
        if (IsAtomic(x) || x.Obj is PyTuple || (x.Obj is PySet fs && fs.Frozen)) return x.NewRef();
        if (SubclassedContainerCopy.Handles(x))
            return x.Type.Lookup("__copy__") is PyValue own ? Ops.Call(ts, own, new[] { x }, null) : SubclassedContainerCopy.Copy(ts, x, null);
        switch (x.Obj)
        {
            case PyList l: return PyValue.From(PyList.FromBorrowed(l.Items.ToArray()));
            case PyArray arr: return PyValue.From(arr.Slice(0, 1, arr.Count));
            case PySet s:
            {
                var copy = new PySet();
                foreach (var (k, _) in s.Table.Entries()) copy.Add(ts, k);
                return PyValue.From(copy);
            }
        }
        if (x.Type.Lookup("__copy__") is PyValue cp) return Ops.Call(ts, cp, new[] { x }, null);
        if (x.Obj is PyDict d)
        {
            if (x.Type.Lookup("copy") is PyValue c && !ReferenceEquals(x.Type, PyType.Dict_)) return Ops.Call(ts, c, new[] { x }, null);
            return PyValue.From(DictMethods.CopyOf(ts, d));
        }
        if (InstanceCopy.Handles(x)) return InstanceCopy.Copy(ts, x, null, default);
        throw PyErr.NotImplementedError($"GilGen does not support copy.copy of '{x.Type.Name}' objects yet");
    }

    private static PyValue Id(PyObject o) => PyValue.Int(ObjectId.Of(o));

    /// <summary>copy.deepcopy(x, memo).</summary>
    public static PyValue Deep(ThreadState ts, PyValue x, PyDict memo)
    {
        if (IsAtomic(x)) return x.NewRef();
        // A level for each object copied, as CPython's deepcopy (Python code) takes one a call.
        using var level = RecursionLevel.Enter(ts, "");
        var id = Id(x.Obj!);
        if (memo.TryGet(ts, id, out var seen)) return seen.NewRef();
        if (SubclassedContainerCopy.Handles(x) && x.Type.Lookup("__deepcopy__") is null)
        {
            var copied = SubclassedContainerCopy.Copy(ts, x, memo);
            KeepAlive(ts, memo, x);
            return copied;
        }
        switch (x.Obj)
        {
            case PyList l:
            {
                var y = new PyList();
                var yv = PyValue.From(y);
                memo.Set(ts, id, yv);
                foreach (var item in l.Items.ToArray()) y.Items.Add(Deep(ts, item, memo));
                KeepAlive(ts, memo, x);
                return yv;
            }
            case PyTuple t:
            {
                var items = new PyValue[t.Items.Length];
                bool same = true;
                for (int i = 0; i < items.Length; i++) { items[i] = Deep(ts, t.Items[i], memo); same &= Ops.Is(items[i], t.Items[i]); }
                if (memo.TryGet(ts, id, out var cyclic)) { foreach (var v in items) v.DecRef(); return cyclic.NewRef(); }
                bool named = t is SubclassedTuple && NamedTupleFactory.IsNamedTupleClass(t.Type);
                if (same && !named) { foreach (var v in items) v.DecRef(); return x.NewRef(); }
                var y = PyValue.From(named ? new SubclassedTuple(t.Type, items) : new PyTuple(items));
                memo.Set(ts, id, y);
                KeepAlive(ts, memo, x);
                return y;
            }
            case PySet s:
            {
                var y = new PySet(s.Frozen);
                var yv = PyValue.From(y);
                if (!s.Frozen) memo.Set(ts, id, yv);
                foreach (var (k, _) in s.Table.Entries()) { var c = Deep(ts, k, memo); y.Add(ts, c); c.DecRef(); }
                if (s.Frozen) memo.Set(ts, id, yv);
                KeepAlive(ts, memo, x);
                return yv;
            }
            case PyArray arr:
            {
                // array.__deepcopy__: the items are plain numbers, a copy of the array is deep.
                var yv = PyValue.From(arr.Slice(0, 1, arr.Count));
                memo.Set(ts, id, yv);
                KeepAlive(ts, memo, x);
                return yv;
            }
            case PyDeque dq:
            {
                var y = new PyDeque { MaxLen = dq.MaxLen };
                var yv = PyValue.From(y);
                memo.Set(ts, id, yv);
                for (int i = 0; i < dq.Count; i++) { var c = Deep(ts, dq[i], memo); y.Append(c); c.DecRef(); }
                KeepAlive(ts, memo, x);
                return yv;
            }
            case PyDict d:
            {
                PyDict y = d switch
                {
                    PyDefaultDict dd => new PyDefaultDict { Factory = dd.Factory.NewRef() },
                    PyCounter => new PyCounter(),
                    PyOrderedDict => new PyOrderedDict(),
                    _ => new PyDict(),
                };
                var yv = PyValue.From(y);
                memo.Set(ts, id, yv);
                foreach (var (k, v) in new List<(PyValue, PyValue)>(d.Table.Entries()))
                {
                    var ck = Deep(ts, k, memo);
                    var cv = Deep(ts, v, memo);
                    y.Set(ts, ck, cv);
                    ck.DecRef(); cv.DecRef();
                }
                KeepAlive(ts, memo, x);
                return yv;
            }
        }
        if (x.Type.Lookup("__deepcopy__") is PyValue dc)
        {
            var memoValue = PyValue.From(memo);
            return Ops.Call(ts, dc, new[] { x, memoValue }, null);
        }
        if (InstanceCopy.Handles(x))
        {
            var y = InstanceCopy.Copy(ts, x, memo, id);
            KeepAlive(ts, memo, x);
            return y;
        }
        throw PyErr.NotImplementedError($"GilGen does not support copy.deepcopy of '{x.Type.Name}' objects yet");
    }

    // copy.py's _keep_alive: memo[id(memo)] is a list of the originals, so that their ids are not reused
    // while the memo is in use.
    private static void KeepAlive(ThreadState ts, PyDict memo, PyValue x)
    {
        var key = Id(memo);
        if (!memo.TryGet(ts, key, out var list))
        {
            var fresh = PyValue.From(new PyList());
            memo.Set(ts, key, fresh);
            fresh.DecRef();
            memo.TryGet(ts, key, out list);
        }
        if (list.Obj is PyList l) l.Items.Add(x.NewRef());
    }
}
