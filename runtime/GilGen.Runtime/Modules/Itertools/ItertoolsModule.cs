using System;
using System.Collections.Generic;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// itertools, all of CPython 3.12's: each function is a class whose instances are iterators
/// (<see cref="PyNativeIterator"/>), consuming their inputs lazily and in the order CPython does.
/// </summary>
public static class ItertoolsModule
{
    private static readonly Dictionary<string, PyType> Types = new();

    /// <summary>Makes itertools.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("itertools");
        lock (Types)
        {
            if (Types.Count == 0) CreateTypes();
            foreach (var (name, type) in Types) m.SetGlobal(name, PyValue.From(type));
        }
        m.SetGlobal("tee", PyValue.From(TeeFunction!));
        return m;
    }

    private static PyType Type(string name) => Types[name];

    private static void Define(string name, TypeConstructor ctor)
    {
        var type = new PyType(name, PyType.Object, ctor) { Module = "itertools", IsBaseType = false };
        IteratorMethods.Install(type);
        Types[name] = type;
    }

    /// <summary>A new iterator of itertools type <paramref name="name"/>.</summary>
    private static PyValue Make(string name, PyValue[] owned, Func<NativeIteratorContext, IEnumerable<PyValue>> body, Func<PyNativeIterator, string>? repr = null) =>
        PyValue.From(new PyNativeIterator(Type(name), owned, body, repr));

    private static PyValue Call1(ThreadState ts, PyValue f, PyValue x) => Ops.Call(ts, f, new[] { x }, null);

    private static long NonNegative(PyValue v, string message)
    {
        if (Numbers.TryInt(v, out var n))
        {
            if (n < 0) throw PyErr.ValueError(message);
            return n > long.MaxValue ? long.MaxValue : (long)n;
        }
        throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
    }

    private static void CreateTypes()
    {
        Define("count", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("count", a, kw, new[] { "start", "step" }, 0);
            var start = p[0].IsUnbound ? PyValue.Int(0) : p[0];
            var step = p[1].IsUnbound ? PyValue.Int(1) : p[1];
            if (!IsNumber(start) || !IsNumber(step)) throw PyErr.TypeError("a number is required");
            start.IncRef(); step.IncRef();
            var state = new CountState { Next = start };
            return Make("count", new[] { step }, ctx => Count(ctx, state, step), _ =>
                step.IsInt && step.IntValue == 1 ? $"count({Ops.ReprOf(null, state.Next)})" : $"count({Ops.ReprOf(null, state.Next)}, {Ops.ReprOf(null, step)})");
        });
        Define("cycle", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("cycle", a, kw, new[] { "iterable" }, 1);
            var it = Ops.GetIter(ts, p[0]);
            return Make("cycle", new[] { it }, ctx => Cycle(ctx, it));
        });
        Define("repeat", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("repeat", a, kw, new[] { "object", "times" }, 1);
            long times = -1;
            if (!p[1].IsUnbound)
            {
                if (!Numbers.TryInt(p[1], out var n)) throw PyErr.TypeError($"'{p[1].Type.Name}' object cannot be interpreted as an integer");
                times = n < 0 ? 0 : (long)BigInteger.Min(n, long.MaxValue);
            }
            var obj = p[0].NewRef();
            var left = new long[] { times };
            return Make("repeat", new[] { obj }, ctx => Repeat(obj, left), _ =>
                left[0] < 0 ? $"repeat({Ops.ReprOf(null, obj)})" : $"repeat({Ops.ReprOf(null, obj)}, {left[0]})");
        });
        Define("accumulate", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("accumulate", a, kw, new[] { "iterable", "func", "initial" }, 1);
            var it = Ops.GetIter(ts, p[0]);
            var func = p[1].IsUnbound ? PyValue.None : p[1].NewRef();
            var initial = p[2].IsUnbound ? PyValue.None : p[2].NewRef();
            return Make("accumulate", new[] { it, func, initial }, ctx => Accumulate(ctx, it, func, initial));
        });
        Define("chain", (ts, t, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("chain() takes no keyword arguments");
            var sources = PyTuple.FromBorrowed(a);
            var src = PyValue.From(sources);
            return Make("chain", new[] { src }, ctx => Chain(ctx, Ops.GetIter(ctx.Ts, src)));
        });
        Type("chain").Dict["from_iterable"] = PyValue.From(new PyBuiltinFunction("from_iterable", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("from_iterable", a, kw, new[] { "iterable" }, 1);
            var outer = Ops.GetIter(ts, p[0]);
            return Make("chain", new[] { outer }, ctx => Chain(ctx, outer.NewRef()));
        }));
        Define("compress", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("compress", a, kw, new[] { "data", "selectors" }, 2);
            var data = Ops.GetIter(ts, p[0]);
            PyValue sel;
            bool done = false;
            try { sel = Ops.GetIter(ts, p[1]); done = true; }
            finally { if (!done) data.DecRef(); }
            return Make("compress", new[] { data, sel }, ctx => Compress(ctx, data, sel));
        });
        Define("dropwhile", (ts, t, a, kw) => Predicated(ts, "dropwhile", a, kw, DropWhile));
        Define("takewhile", (ts, t, a, kw) => Predicated(ts, "takewhile", a, kw, TakeWhile));
        Define("filterfalse", (ts, t, a, kw) => Predicated(ts, "filterfalse", a, kw, FilterFalse));
        Define("starmap", (ts, t, a, kw) => Predicated(ts, "starmap", a, kw, StarMap));
        Define("islice", (ts, t, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("islice() takes no keyword arguments");
            if (a.Length < 2 || a.Length > 4) throw PyErr.TypeError(a.Length < 2 ? $"islice expected at least 2 arguments, got {a.Length}" : $"islice expected at most 4 arguments, got {a.Length}");
            long start = 0, stop = -1, step = 1;
            const string stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            const string indexMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (a.Length == 2) { if (!a[1].IsNone) stop = SliceIndex(a[1], stopMsg); }
            else
            {
                if (!a[1].IsNone) start = SliceIndex(a[1], indexMsg);
                if (!a[2].IsNone) stop = SliceIndex(a[2], indexMsg);
                if (a.Length == 4 && !a[3].IsNone)
                {
                    if (!Numbers.TryLong(a[3], out step) || step < 1) throw PyErr.ValueError("Step for islice() must be a positive integer or None.");
                }
            }
            var it = Ops.GetIter(ts, a[0]);
            return Make("islice", new[] { it }, ctx => ISlice(ctx, it, start, stop, step));
        });
        Define("pairwise", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("pairwise", a, kw, new[] { "iterable" }, 1);
            var it = Ops.GetIter(ts, p[0]);
            return Make("pairwise", new[] { it }, ctx => Pairwise(ctx, it));
        });
        Define("zip_longest", (ts, t, a, kw) =>
        {
            var fill = PyValue.None;
            int nkw = kw?.Length ?? 0;
            for (int k = 0; k < nkw; k++)
            {
                if (kw![k] != "fillvalue") throw PyErr.TypeError("zip_longest() got an unexpected keyword argument '" + kw[k] + "'");
                fill = a[a.Length - nkw + k];
            }
            var its = new PyValue[a.Length - nkw + 1];
            its[0] = fill.NewRef();
            for (int i = 0; i < a.Length - nkw; i++)
            {
                bool done = false;
                try { its[i + 1] = Ops.GetIter(ts, a[i]); done = true; }
                finally { if (!done) for (int j = 0; j <= i; j++) its[j].DecRef(); }
            }
            return Make("zip_longest", its, ctx => ZipLongest(ctx, its));
        });
        Define("product", (ts, t, a, kw) =>
        {
            long repeat = 1;
            int nkw = kw?.Length ?? 0;
            for (int k = 0; k < nkw; k++)
            {
                if (kw![k] != "repeat") throw PyErr.TypeError("product() got an unexpected keyword argument '" + kw[k] + "'");
                if (!Numbers.TryLong(a[a.Length - nkw + k], out repeat)) throw PyErr.TypeError("'" + a[a.Length - nkw + k].Type.Name + "' object cannot be interpreted as an integer");
                if (repeat < 0) throw PyErr.ValueError("repeat argument cannot be negative");
            }
            var pools = new PyValueList();
            bool done = false;
            try
            {
                for (int i = 0; i < a.Length - nkw; i++) pools.Add(PyValue.From(new PyTuple(Ops.ToList(ts, a[i]).ToArray())));
                done = true;
            }
            finally { if (!done) foreach (var v in pools) v.DecRef(); }
            var all = new PyValueList();
            for (long r = 0; r < repeat; r++) foreach (var pool in pools) { pool.IncRef(); all.Add(pool); }
            foreach (var v in pools) v.DecRef();
            var owned = all.ToArray();
            return Make("product", owned, ctx => Product(owned));
        });
        Define("permutations", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("permutations", a, kw, new[] { "iterable", "r" }, 1);
            var pool = PyValue.From(new PyTuple(Ops.ToList(ts, p[0]).ToArray()));
            long n = ((PyTuple)pool.Obj!).Items.Length, r = n;
            if (!p[1].IsUnbound && !p[1].IsNone) r = NonNegativeR(p[1], pool);
            return Make("permutations", new[] { pool }, ctx => Permutations(pool, r));
        });
        Define("combinations", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("combinations", a, kw, new[] { "iterable", "r" }, 2);
            var pool = PyValue.From(new PyTuple(Ops.ToList(ts, p[0]).ToArray()));
            long r = NonNegativeR(p[1], pool);
            return Make("combinations", new[] { pool }, ctx => Combinations(pool, r));
        });
        Define("combinations_with_replacement", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("combinations_with_replacement", a, kw, new[] { "iterable", "r" }, 2);
            var pool = PyValue.From(new PyTuple(Ops.ToList(ts, p[0]).ToArray()));
            long r = NonNegativeR(p[1], pool);
            return Make("combinations_with_replacement", new[] { pool }, ctx => CombinationsWithReplacement(pool, r));
        });
        Define("batched", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("batched", a, kw, new[] { "iterable", "n" }, 2);
            if (!Numbers.TryLong(p[1], out long n)) throw PyErr.TypeError($"'{p[1].Type.Name}' object cannot be interpreted as an integer");
            if (n < 1) throw PyErr.ValueError("n must be at least one");
            var it = Ops.GetIter(ts, p[0]);
            return Make("batched", new[] { it }, ctx => Batched(ctx, it, n));
        });
        Define("groupby", (ts, t, a, kw) =>
        {
            var p = CallArguments.Bind("groupby", a, kw, new[] { "iterable", "key" }, 1);
            var it = Ops.GetIter(ts, p[0]);
            return PyValue.From(new PyGroupBy(Type("groupby"), GrouperType, it, p[1].IsUnbound ? PyValue.None : p[1]));
        });
        IteratorMethods.Install(GrouperType);
        Types["_grouper"] = GrouperType;
        TeeFunction = new PyBuiltinFunction("tee", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("tee() takes no keyword arguments");
            if (a.Length < 1 || a.Length > 2) throw PyErr.TypeError($"tee expected at most 2 arguments, got {a.Length}");
            long n = 2;
            if (a.Length == 2 && !Numbers.TryLong(a[1], out n)) throw PyErr.TypeError($"'{a[1].Type.Name}' object cannot be interpreted as an integer");
            if (n < 0) throw PyErr.ValueError("n must be >= 0");
            var it = Ops.GetIter(ts, a[0]);
            var shared = new TeeBuffer(it);
            var result = new PyValue[n];
            for (int i = 0; i < n; i++) result[i] = shared.NewReader(Type("_tee"));
            if (n == 0) it.DecRef();
            return PyValue.From(new PyTuple(result));
        }) { ModuleName = "itertools" };
        Types["_tee"] = new PyType("_tee", PyType.Object) { Module = "itertools", IsBaseType = false };
    }

    private static PyBuiltinFunction? TeeFunction;
    private static readonly PyType GrouperType = new("_grouper", PyType.Object) { Module = "itertools", IsBaseType = false };

    private static long NonNegativeR(PyValue r, PyValue pool)
    {
        if (!Numbers.TryLong(r, out long n)) { pool.DecRef(); throw PyErr.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer"); }
        if (n < 0) { pool.DecRef(); throw PyErr.ValueError("r must be non-negative"); }
        return n;
    }

    private static long SliceIndex(PyValue v, string message)
    {
        if (!Numbers.TryInt(v, out var n) || n < 0 || n > long.MaxValue) throw PyErr.ValueError(message);
        return (long)n;
    }

    private static bool IsNumber(PyValue v) => v.IsInt || v.Obj is PyFloat or PyLong or PyBool;

    private static PyValue Predicated(ThreadState ts, string name, ReadOnlySpan<PyValue> a, string[]? kw,
                                      Func<NativeIteratorContext, PyValue, PyValue, IEnumerable<PyValue>> body)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        if (a.Length != 2) throw PyErr.TypeError($"{name} expected 2 arguments, got {a.Length}");
        var it = Ops.GetIter(ts, a[1]);
        var f = a[0].NewRef();
        return Make(name, new[] { f, it }, ctx => body(ctx, f, it));
    }

    private sealed class CountState { public PyValue Next; }

    private static IEnumerable<PyValue> Count(NativeIteratorContext ctx, CountState state, PyValue step)
    {
        try
        {
            while (true)
            {
                var current = state.Next;
                state.Next = Ops.Add(ctx.Ts, current, step);
                yield return current;
            }
        }
        finally { state.Next.DecRef(); }
    }

    private static IEnumerable<PyValue> Cycle(NativeIteratorContext ctx, PyValue it)
    {
        var saved = new PyValueList();
        try
        {
            while (Ops.ForIter(ctx.Ts, it, out var x))
            {
                saved.Add(x.NewRef());
                yield return x;
            }
            if (saved.Count == 0) yield break;
            while (true)
                for (int i = 0; i < saved.Count; i++) yield return saved[i].NewRef();
        }
        finally { foreach (var v in saved) v.DecRef(); }
    }

    private static IEnumerable<PyValue> Repeat(PyValue obj, long[] left)
    {
        while (left[0] != 0)
        {
            if (left[0] > 0) left[0]--;
            yield return obj.NewRef();
        }
    }

    private static IEnumerable<PyValue> Accumulate(NativeIteratorContext ctx, PyValue it, PyValue func, PyValue initial)
    {
        PyValue total = PyValue.Unbound;
        try
        {
            if (!initial.IsNone)
            {
                total = initial.NewRef();
                yield return total.NewRef();
            }
            while (Ops.ForIter(ctx.Ts, it, out var x))
            {
                if (total.IsUnbound) total = x;
                else
                {
                    PyValue next;
                    try { next = func.IsNone ? Ops.Add(ctx.Ts, total, x) : Ops.Call(ctx.Ts, func, new[] { total, x }, null); }
                    finally { x.DecRef(); }
                    total.DecRef();
                    total = next;
                }
                yield return total.NewRef();
            }
        }
        finally { total.DecRef(); }
    }

    private static IEnumerable<PyValue> Chain(NativeIteratorContext ctx, PyValue outer)
    {
        try
        {
            while (Ops.ForIter(ctx.Ts, outer, out var source))
            {
                PyValue inner;
                try { inner = Ops.GetIter(ctx.Ts, source); }
                finally { source.DecRef(); }
                try
                {
                    while (Ops.ForIter(ctx.Ts, inner, out var x)) yield return x;
                }
                finally { inner.DecRef(); }
            }
        }
        finally { outer.DecRef(); }
    }

    private static IEnumerable<PyValue> Compress(NativeIteratorContext ctx, PyValue data, PyValue selectors)
    {
        while (Ops.ForIter(ctx.Ts, data, out var d))
        {
            if (!Ops.ForIter(ctx.Ts, selectors, out var s)) { d.DecRef(); yield break; }
            bool keep;
            bool done = false;
            try { keep = Ops.IsTrue(ctx.Ts, s); done = true; }
            finally { if (!done) d.DecRef(); s.DecRef(); }
            if (keep) yield return d; else d.DecRef();
        }
    }

    private static bool Test(ThreadState ts, PyValue pred, PyValue x)
    {
        if (pred.IsNone) return Ops.IsTrue(ts, x);
        var r = Call1(ts, pred, x);
        try { return Ops.IsTrue(ts, r); }
        finally { r.DecRef(); }
    }

    // Test, releasing x when it raises (in a finally, not a catch that throws again: a recursion through the predicate
    // would keep one exception dispatch per level on the stack).
    private static bool TestOrRelease(ThreadState ts, PyValue pred, PyValue x)
    {
        bool done = false;
        try
        {
            bool t = Test(ts, pred, x);
            done = true;
            return t;
        }
        finally { if (!done) x.DecRef(); }
    }

    private static IEnumerable<PyValue> DropWhile(NativeIteratorContext ctx, PyValue pred, PyValue it)
    {
        bool dropping = true;
        while (Ops.ForIter(ctx.Ts, it, out var x))
        {
            if (dropping)
            {
                bool t = TestOrRelease(ctx.Ts, pred, x);
                if (t) { x.DecRef(); continue; }
                dropping = false;
            }
            yield return x;
        }
    }

    private static IEnumerable<PyValue> TakeWhile(NativeIteratorContext ctx, PyValue pred, PyValue it)
    {
        while (Ops.ForIter(ctx.Ts, it, out var x))
        {
            bool t = TestOrRelease(ctx.Ts, pred, x);
            if (!t) { x.DecRef(); yield break; }
            yield return x;
        }
    }

    private static IEnumerable<PyValue> FilterFalse(NativeIteratorContext ctx, PyValue pred, PyValue it)
    {
        while (Ops.ForIter(ctx.Ts, it, out var x))
        {
            bool t = TestOrRelease(ctx.Ts, pred, x);
            if (t) x.DecRef(); else yield return x;
        }
    }

    private static IEnumerable<PyValue> StarMap(NativeIteratorContext ctx, PyValue func, PyValue it)
    {
        while (Ops.ForIter(ctx.Ts, it, out var args))
        {
            PyValue r;
            try
            {
                var items = args.Obj is PyTuple t ? t.Items : Ops.ToList(ctx.Ts, args).ToArray();
                try { r = Ops.Call(ctx.Ts, func, items, null); }
                finally { if (args.Obj is not PyTuple) foreach (var v in items) v.DecRef(); }
            }
            finally { args.DecRef(); }
            yield return r;
        }
    }

    private static IEnumerable<PyValue> ISlice(NativeIteratorContext ctx, PyValue it, long start, long stop, long step)
    {
        long cnt = 0, next = start;
        while (true)
        {
            while (cnt < next)
            {
                if (!Ops.ForIter(ctx.Ts, it, out var skipped)) yield break;
                skipped.DecRef();
                cnt++;
            }
            if (stop != -1 && cnt >= stop) yield break;
            if (!Ops.ForIter(ctx.Ts, it, out var item)) yield break;
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) next = stop;
            yield return item;
        }
    }

    private static IEnumerable<PyValue> Pairwise(NativeIteratorContext ctx, PyValue it)
    {
        if (!Ops.ForIter(ctx.Ts, it, out var old)) yield break;
        try
        {
            while (Ops.ForIter(ctx.Ts, it, out var x))
            {
                old.IncRef();
                var pair = PyValue.From(new PyTuple(new[] { old, x }));
                old.DecRef();
                old = x;
                old.IncRef();
                yield return pair;
            }
        }
        finally { old.DecRef(); }
    }

    private static IEnumerable<PyValue> ZipLongest(NativeIteratorContext ctx, PyValue[] its)
    {
        int n = its.Length - 1;
        if (n == 0) yield break;
        var done = new bool[n];
        int active = n;
        while (true)
        {
            var row = new PyValue[n];
            for (int i = 0; i < n; i++)
            {
                if (!done[i] && Ops.ForIter(ctx.Ts, its[i + 1], out var x)) { row[i] = x; continue; }
                if (!done[i]) { done[i] = true; active--; }
                if (active == 0) { for (int j = 0; j < i; j++) row[j].DecRef(); yield break; }
                row[i] = its[0].NewRef();
            }
            yield return PyValue.From(new PyTuple(row));
        }
    }

    private static PyValue TupleOf(PyValue[] pool, long[] indices, long r)
    {
        var items = new PyValue[r];
        for (long i = 0; i < r; i++) items[i] = pool[indices[i]].NewRef();
        return PyValue.From(new PyTuple(items));
    }

    private static IEnumerable<PyValue> Product(PyValue[] pools)
    {
        var items = new PyValue[pools.Length][];
        for (int i = 0; i < pools.Length; i++) { items[i] = ((PyTuple)pools[i].Obj!).Items; if (items[i].Length == 0) yield break; }
        var idx = new int[pools.Length];
        while (true)
        {
            var row = new PyValue[pools.Length];
            for (int i = 0; i < row.Length; i++) row[i] = items[i][idx[i]].NewRef();
            yield return PyValue.From(new PyTuple(row));
            int k = pools.Length - 1;
            while (k >= 0 && ++idx[k] == items[k].Length) { idx[k] = 0; k--; }
            if (k < 0) yield break;
        }
    }

    private static IEnumerable<PyValue> Permutations(PyValue poolValue, long r)
    {
        var pool = ((PyTuple)poolValue.Obj!).Items;
        long n = pool.Length;
        if (r > n) yield break;
        var indices = new long[n];
        for (long i = 0; i < n; i++) indices[i] = i;
        var cycles = new long[r];
        for (long i = 0; i < r; i++) cycles[i] = n - i;
        yield return TupleOf(pool, indices, r);
        if (n == 0) yield break;
        while (true)
        {
            long i = r - 1;
            for (; i >= 0; i--)
            {
                cycles[i]--;
                if (cycles[i] == 0)
                {
                    long first = indices[i];
                    Array.Copy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                }
                else
                {
                    long j = cycles[i];
                    (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                    yield return TupleOf(pool, indices, r);
                    break;
                }
            }
            if (i < 0) yield break;
        }
    }

    private static IEnumerable<PyValue> Combinations(PyValue poolValue, long r)
    {
        var pool = ((PyTuple)poolValue.Obj!).Items;
        long n = pool.Length;
        if (r > n) yield break;
        var indices = new long[r];
        for (long i = 0; i < r; i++) indices[i] = i;
        yield return TupleOf(pool, indices, r);
        while (true)
        {
            long i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) i--;
            if (i < 0) yield break;
            indices[i]++;
            for (long j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            yield return TupleOf(pool, indices, r);
        }
    }

    private static IEnumerable<PyValue> CombinationsWithReplacement(PyValue poolValue, long r)
    {
        var pool = ((PyTuple)poolValue.Obj!).Items;
        long n = pool.Length;
        if (n == 0 && r > 0) yield break;
        var indices = new long[r];
        yield return TupleOf(pool, indices, r);
        while (true)
        {
            long i = r - 1;
            while (i >= 0 && indices[i] == n - 1) i--;
            if (i < 0) yield break;
            long v = indices[i] + 1;
            for (long j = i; j < r; j++) indices[j] = v;
            yield return TupleOf(pool, indices, r);
        }
    }

    private static IEnumerable<PyValue> Batched(NativeIteratorContext ctx, PyValue it, long n)
    {
        while (true)
        {
            var batch = new PyValueList();
            while (batch.Count < n && Ops.ForIter(ctx.Ts, it, out var x)) batch.Add(x);
            if (batch.Count == 0) yield break;
            yield return PyValue.From(new PyTuple(batch.ToArray()));
            if (batch.Count < n) yield break;
        }
    }
}
