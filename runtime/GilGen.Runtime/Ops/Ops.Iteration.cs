using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>GET_ITER: iter(o), new reference.</summary>
    public static PyValue GetIter(ThreadState ts, PyValue o)
    {
        CheckedRefCounts.CheckAlive(o, "iter");
        if (o.Obj is null) throw PyErr.TypeError("'int' object is not iterable");
        if (o.Type.IsOutsideBuiltins)
        {
            if (o.Type.Lookup("__iter__") is PyValue m && m.Obj is PyFunction)
            {
                var it = Call(ts, m, new[] { o }, null);
                if (it.Obj is null || (it.Obj.Type.IsOutsideBuiltins && it.Type.Lookup("__next__") is null))
                {
                    it.DecRef();
                    throw PyErr.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
                }
                return it;
            }
            // A subclass of list, str... iterates as its builtin does, whatever its __getitem__.
            if (o.Obj is not ISubclassInstance && o.Type.Lookup("__getitem__") is PyValue gi && gi.Obj is PyFunction)
                return PyValue.From(new PyGetItemIterator(o));
        }
        return o.Obj.Iter(ts);
    }

    /// <summary>FOR_ITER: false when the iterator is exhausted; <paramref name="next"/> a new reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ForIter(ThreadState ts, PyValue iter, out PyValue next)
    {
        CheckedRefCounts.CheckAlive(iter, "next");
        if (iter.Obj is PyRangeIterator r)
        {
            bool ok = r.TryNext(out long v);
            next = PyValue.Int(v);
            return ok;
        }
        return ForIterSlow(ts, iter, out next);
    }

    /// <summary>
    /// FOR_ITER as generated code performs it: the next item (a new reference), or <see cref="PyValue.Unbound"/> when
    /// the iterator is exhausted (no Python value is Unbound).
    /// </summary>
    /// <remarks>
    /// A return value rather than <see cref="ForIter"/>'s <c>out</c> argument: the slow path's <c>out</c> would take the
    /// address of the generated frame's stack slot, which then lives in memory for the whole method, so that every
    /// copy of it reads back what two stores had just written (a stall) and the JIT cannot keep it in registers.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue ForIterNext(ThreadState ts, PyValue iter)
    {
        CheckedRefCounts.CheckAlive(iter, "next");
        if (iter.Obj is PyRangeIterator r) return r.TryNext(out long v) ? PyValue.Int(v) : PyValue.Unbound;
        return ForIterNextSlow(ts, iter);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue ForIterNextSlow(ThreadState ts, PyValue iter) => ForIterSlow(ts, iter, out var next) ? next : PyValue.Unbound;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ForIterSlow(ThreadState ts, PyValue iter, out PyValue next)
    {
        var o = iter.Obj!;
        if (o.Type.IsOutsideBuiltins && o.Type.Lookup("__next__") is PyValue m && m.Obj is PyFunction)
        {
            try
            {
                next = Call(ts, m, new[] { iter }, null);
                return true;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                e.Value.DecRef();
                next = default;
                return false;
            }
        }
        return o.Next(ts, out next);
    }

    /// <summary>UNPACK_SEQUENCE: fills <paramref name="dest"/> in stack order (dest[0] is the last item), new references.</summary>
    public static void UnpackSequence(ThreadState ts, PyValue seq, Span<PyValue> dest)
    {
        int n = dest.Length;
        ReadOnlySpan<PyValue> items;
        PyValueList? owned = null;
        switch (seq.Obj)
        {
            case PyTuple t when t.GetType() == typeof(PyTuple): items = t.Items; break;
            // The list's own storage: taking new references runs no Python code, so nothing can resize it meanwhile.
            case PyList l when l.GetType() == typeof(PyList) && !FreeThreading.Enabled: items = l.Items.AsSpan(); break;
            default:
                if (seq.Obj is null) throw PyErr.TypeError("cannot unpack non-iterable int object");
                if (seq.Obj is PyFloat or PyNone or PyBool or PyFunction)
                    throw PyErr.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
                owned = new PyValueList();
                var it = GetIter(ts, seq);
                try
                {
                    while (owned.Count <= n && ForIter(ts, it, out var x)) owned.Add(x);
                }
                finally { it.DecRef(); }
                items = owned.AsSpan();
                break;
        }
        try
        {
            if (items.Length < n)
                throw PyErr.ValueError($"not enough values to unpack (expected {n}, got {items.Length})");
            // CPython 3.12 names the count only when there are too few ("got N" for too many is 3.13's).
            if (items.Length > n) throw PyErr.ValueError($"too many values to unpack (expected {n})");
            for (int i = 0; i < n; i++) dest[n - 1 - i] = owned != null ? items[i] : items[i].NewRef();
            owned = null;
        }
        finally
        {
            if (owned != null) foreach (var v in owned) v.DecRef();
        }
    }

    /// <summary>UNPACK_EX: a, *b, c = seq. <paramref name="dest"/> has before+1+after entries, in stack order.</summary>
    public static void UnpackEx(ThreadState ts, PyValue seq, int before, int after, Span<PyValue> dest)
    {
        if (seq.Obj is null || seq.Obj is PyFloat or PyNone or PyBool or PyFunction)
            throw PyErr.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        var all = ToList(ts, seq);
        if (all.Count < before + after)
        {
            foreach (var v in all) v.DecRef();
            throw PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {all.Count})");
        }
        int n = before + 1 + after, k = 0;
        for (int i = 0; i < before; i++) dest[n - 1 - k++] = all[i];
        k++;
        for (int i = all.Count - after; i < all.Count; i++) dest[n - 1 - k++] = all[i];
        // The starred target is the copy itself less the items unpacked around it, as CPython's unpack_iterable
        // (one list, not a second copy of the middle).
        all.RemoveRange(all.Count - after, after);
        all.RemoveRange(0, before);
        dest[n - 1 - before] = PyValue.From(new PyList(all));
    }
}
