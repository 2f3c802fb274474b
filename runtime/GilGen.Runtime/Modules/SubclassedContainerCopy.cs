using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// copy.copy and copy.deepcopy of an instance of a Python subclass of dict, OrderedDict, defaultdict, Counter or
/// deque, as CPython's copy module makes them through the class's reduction (object.__reduce_ex__, odict_reduce,
/// defdict_reduce, Counter.__reduce__, deque_reduce) and copy._reconstruct: a new instance of the subclass, then its
/// instance __dict__ where the reduction carries it, then its items, written through the subclass's own __setitem__
/// (or append). A deep copy copies each piece and is entered in the memo before its contents.
/// </summary>
internal static class SubclassedContainerCopy
{
    /// <summary>True for the instances <see cref="Copy"/> makes copies of.</summary>
    public static bool Handles(PyValue x) => x.Obj is ISubclassInstance && x.Obj is PyDict or PyDeque;

    /// <summary>The copy of <paramref name="x"/>; deep when <paramref name="memo"/> is given. New reference.</summary>
    public static PyValue Copy(ThreadState ts, PyValue x, PyDict? memo)
    {
        var cls = PyValue.From(x.Type);
        PyValue y;
        bool carriesState = true;
        switch (x.Obj)
        {
            case PyCounter counter:
            {
                // Counter.__reduce__: (self.__class__, (dict(self),)): no __dict__, no items of its own.
                var plain = PyValue.From(DictMethods.CopyOf(ts, counter));
                try
                {
                    var arg = memo is null ? plain.NewRef() : CopyModule.Deep(ts, plain, memo);
                    try { return Ops.Call(ts, cls, new[] { arg }, null); }
                    finally { arg.DecRef(); }
                }
                finally { plain.DecRef(); }
            }
            case PyDefaultDict dd:
                // defdict_reduce: (type(dd), (default_factory,), None, None, iter(items)).
                y = Ops.Call(ts, cls, new[] { dd.Factory }, null);
                carriesState = false;
                break;
            case PyOrderedDict:
                y = Ops.Call(ts, cls, ReadOnlySpan<PyValue>.Empty, null);
                break;
            case PyDeque dq:
                y = dq.MaxLen < 0 ? Ops.Call(ts, cls, ReadOnlySpan<PyValue>.Empty, null)
                    : Ops.Call(ts, cls, new[] { PyValue.From(PyTuple.Empty), PyValue.Int(dq.MaxLen) }, null);
                break;
            default:
                // object.__reduce_ex__(4): copyreg.__newobj__, dict.__new__(cls) without __init__.
                y = BuiltinSubclassing.New(ts, x.Type, PyType.Dict_, ReadOnlySpan<PyValue>.Empty, null);
                break;
        }
        bool done = false;
        try
        {
            if (memo is not null) memo.Set(ts, PyValue.Int(ObjectId.Of(x.Obj!)), y);
            if (carriesState && x.Type.HasInstanceDict) CopyState(ts, x, y, memo);
            if (x.Obj is PyDeque source)
            {
                var items = new PyValue[source.Count];
                for (int i = 0; i < items.Length; i++) items[i] = source[i].NewRef();
                try { foreach (var item in items) Put(ts, y, memo, item, default, append: true); }
                finally { foreach (var item in items) item.DecRef(); }
            }
            else
            {
                var entries = new List<(PyValue, PyValue)>(((PyDict)x.Obj!).Table.Entries());
                foreach (var (k, v) in entries) Put(ts, y, memo, k, v, append: false);
            }
            done = true;
        }
        finally { if (!done) y.DecRef(); }
        return y;
    }

    // y.__dict__.update(state), the state deep-copied for a deep copy; an empty __dict__ is no state.
    private static void CopyState(ThreadState ts, PyValue x, PyValue y, PyDict? memo)
    {
        var state = Ops.GetAttr(ts, x, "__dict__");
        try
        {
            if (state.Obj is not PyDict { Count: > 0 }) return;
            var copied = memo is null ? state.NewRef() : CopyModule.Deep(ts, state, memo);
            var target = Ops.GetAttr(ts, y, "__dict__");
            try { if (target.Obj is PyDict d) DictMethods.UpdateFrom(ts, d, copied); }
            finally { target.DecRef(); copied.DecRef(); }
        }
        finally { state.DecRef(); }
    }

    // y.append(item) or y[key] = value, each copied first for a deep copy.
    private static void Put(ThreadState ts, PyValue y, PyDict? memo, PyValue key, PyValue value, bool append)
    {
        var k = memo is null ? key.NewRef() : CopyModule.Deep(ts, key, memo);
        try
        {
            if (append)
            {
                var appendMethod = Ops.GetAttr(ts, y, "append");
                try { Ops.Call(ts, appendMethod, new[] { k }, null).DecRef(); }
                finally { appendMethod.DecRef(); }
                return;
            }
            var v = memo is null ? value.NewRef() : CopyModule.Deep(ts, value, memo);
            try { Ops.SetItem(ts, y, k, v); }
            finally { v.DecRef(); }
        }
        finally { k.DecRef(); }
    }
}
