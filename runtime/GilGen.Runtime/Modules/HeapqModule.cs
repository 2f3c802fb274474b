using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>heapq: CPython's _heapq sift algorithms (the same list layout after every call), nlargest/nsmallest and merge.</summary>
public static class HeapqModule
{
    private static readonly PyType MergeType = new("merge", PyType.Object) { Module = "heapq", IsBaseType = false };

    /// <summary>Makes heapq.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("heapq");
        m.AddFunction("heappush", (ts2, a, kw) =>
        {
            new BuiltinArguments("heappush", a, kw).NoKeywords().Expect(2, 2);
            var heap = Heap(a[0], "heappush");
            heap.Add(a[1].NewRef());
            SiftDown(ts2, heap, 0, heap.Count - 1);
            return PyValue.None;
        });
        m.AddFunction("heappop", (ts2, a, kw) =>
        {
            var heap = Heap(new BuiltinArguments("heappop", a, kw).NoKeywords().Expect(1, 1)[0], "heappop");
            if (heap.Count == 0) throw PyErr.IndexError("index out of range");
            var last = heap[^1];
            heap.RemoveAt(heap.Count - 1);
            if (heap.Count == 0) return last;
            var result = heap[0];
            heap[0] = last;
            SiftUp(ts2, heap, 0);
            return result;
        });
        m.AddFunction("heapify", (ts2, a, kw) =>
        {
            var heap = Heap(new BuiltinArguments("heapify", a, kw).NoKeywords().Expect(1, 1)[0], "heapify");
            for (int i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(ts2, heap, i);
            return PyValue.None;
        });
        m.AddFunction("heapreplace", (ts2, a, kw) =>
        {
            new BuiltinArguments("heapreplace", a, kw).NoKeywords().Expect(2, 2);
            var heap = Heap(a[0], "heapreplace");
            if (heap.Count == 0) throw PyErr.IndexError("index out of range");
            var result = heap[0];
            heap[0] = a[1].NewRef();
            SiftUp(ts2, heap, 0);
            return result;
        });
        m.AddFunction("heappushpop", (ts2, a, kw) =>
        {
            new BuiltinArguments("heappushpop", a, kw).NoKeywords().Expect(2, 2);
            var heap = Heap(a[0], "heappushpop");
            if (heap.Count == 0 || !Ops.OrderBool(ts2, heap[0], a[1], CompareOp.Lt)) return a[1].NewRef();
            var result = heap[0];
            heap[0] = a[1].NewRef();
            SiftUp(ts2, heap, 0);
            return result;
        });
        m.AddFunction("nsmallest", (ts2, a, kw) => NBest(ts2, a, kw, "nsmallest", false));
        m.AddFunction("nlargest", (ts2, a, kw) => NBest(ts2, a, kw, "nlargest", true));
        m.AddFunction("merge", (ts2, a, kw) =>
        {
            PyValue key = PyValue.None;
            bool reverse = false;
            int nkw = kw?.Length ?? 0;
            for (int k = 0; k < nkw; k++)
            {
                var v = a[a.Length - nkw + k];
                if (kw![k] == "key") key = v;
                else if (kw[k] == "reverse") reverse = Ops.IsTrue(ts2, v);
                else throw PyErr.TypeError($"merge() got an unexpected keyword argument '{kw[k]}'");
            }
            var owned = new PyValue[a.Length - nkw + 1];
            owned[0] = key.NewRef();
            for (int i = 1; i < owned.Length; i++)
            {
                bool done = false;
                try { owned[i] = Ops.GetIter(ts2, a[i - 1]); done = true; }
                finally { if (!done) for (int j = 0; j < i; j++) owned[j].DecRef(); }
            }
            return PyValue.From(new PyNativeIterator(MergeType, owned, ctx => Merge(ctx, owned, reverse)));
        });
        return m;
    }

    private static PyValueList Heap(PyValue v, string name) =>
        v.Obj is PyList l ? l.Items : throw PyErr.TypeError($"{name}() argument 1 must be list, not {v.Type.Name}");

    private static void SiftDown(ThreadState ts, PyValueList heap, int startPos, int pos)
    {
        var newItem = heap[pos];
        while (pos > startPos)
        {
            int parentPos = (pos - 1) >> 1;
            var parent = heap[parentPos];
            if (!Ops.OrderBool(ts, newItem, parent, CompareOp.Lt)) break;
            heap[pos] = parent;
            pos = parentPos;
        }
        heap[pos] = newItem;
    }

    private static void SiftUp(ThreadState ts, PyValueList heap, int pos)
    {
        int endPos = heap.Count, startPos = pos;
        var newItem = heap[pos];
        int child = 2 * pos + 1;
        while (child < endPos)
        {
            int right = child + 1;
            if (right < endPos && !Ops.OrderBool(ts, heap[child], heap[right], CompareOp.Lt)) child = right;
            heap[pos] = heap[child];
            pos = child;
            child = 2 * pos + 1;
        }
        heap[pos] = newItem;
        SiftDown(ts, heap, startPos, pos);
    }

    // heapq.py documents nsmallest(n, it, key) as sorted(it, key=key)[:n] and nlargest as
    // sorted(it, key=key, reverse=True)[:n]; a stable sort gives the same items in the same order.
    private static PyValue NBest(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw, string name, bool largest)
    {
        var args = new BuiltinArguments(name, a, kw).OnlyKeywords("key").Expect(2, 2);
        if (!Numbers.TryLong(a[0], out long n)) throw PyErr.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
        var items = Ops.ToList(ts, a[1]);
        var key = args.Get(-1, "key");
        bool sorted = false;
        try { ListSort.Sort(ts, items, key is PyValue k && !k.IsNone ? k : null, largest); sorted = true; }
        finally { if (!sorted) foreach (var v in items) v.DecRef(); }
        long keep = Math.Max(0, Math.Min(n, items.Count));
        for (int i = (int)keep; i < items.Count; i++) items[i].DecRef();
        items.RemoveRange((int)keep, items.Count - (int)keep);
        return PyValue.From(new PyList(items));
    }

    private static IEnumerable<PyValue> Merge(NativeIteratorContext ctx, PyValue[] owned, bool reverse)
    {
        var key = owned[0];
        int k = owned.Length - 1;
        var heads = new PyValue[k];
        var keys = new PyValue[k];
        var live = new bool[k];
        try
        {
            for (int i = 0; i < k; i++)
            {
                if (!Ops.ForIter(ctx.Ts, owned[i + 1], out heads[i])) continue;
                live[i] = true;
                keys[i] = key.IsNone ? heads[i].NewRef() : Ops.Call(ctx.Ts, key, new[] { heads[i] }, null);
            }
            while (true)
            {
                int best = -1;
                for (int i = 0; i < k; i++)
                {
                    if (!live[i]) continue;
                    if (best < 0 || Ops.OrderBool(ctx.Ts, keys[i], keys[best], reverse ? CompareOp.Gt : CompareOp.Lt)) best = i;
                }
                if (best < 0) yield break;
                var value = heads[best];
                keys[best].DecRef();
                live[best] = false;
                if (Ops.ForIter(ctx.Ts, owned[best + 1], out heads[best]))
                {
                    live[best] = true;
                    keys[best] = key.IsNone ? heads[best].NewRef() : Ops.Call(ctx.Ts, key, new[] { heads[best] }, null);
                }
                yield return value;
            }
        }
        finally
        {
            for (int i = 0; i < k; i++) if (live[i]) { heads[i].DecRef(); keys[i].DecRef(); }
        }
    }
}
