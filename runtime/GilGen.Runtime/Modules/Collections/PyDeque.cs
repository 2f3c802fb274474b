using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// collections.deque: a ring buffer with O(1) appends and pops at both ends, an optional maxlen (items
/// fall off the other end), rotate, and CPython's messages. Every method is atomic under the GIL. A Python subclass's
/// instances are <see cref="SubclassedDeque"/>s.
/// </summary>
public class PyDeque : PyObject
{
    /// <summary>The class collections.deque.</summary>
    public static readonly PyType DequeType = CreateType();

    private PyValue[] _items = new PyValue[8];
    private int _head, _count;
    private long _state; // bumped by every mutation, to detect mutation during iteration
    /// <summary>maxlen, or -1 for unbounded.</summary>
    public long MaxLen = -1;

    /// <inheritdoc/>
    public override PyType Type => DequeType;
    /// <summary>Number of items.</summary>
    public int Count => _count;

    private ref PyValue At(int i) => ref _items[(_head + i) % _items.Length];

    /// <summary>Item <paramref name="i"/> (borrowed).</summary>
    public PyValue this[int i] => At(i);

    private void Grow()
    {
        if (_count < _items.Length) return;
        var bigger = new PyValue[_items.Length * 2];
        for (int i = 0; i < _count; i++) bigger[i] = At(i);
        _items = bigger;
        _head = 0;
    }

    /// <summary>append(x): takes a new reference; drops from the left when full.</summary>
    public void Append(PyValue v)
    {
        _state++;
        if (MaxLen == 0) return;
        v.IncRef();
        if (MaxLen > 0 && _count == MaxLen) { var old = PopLeftRaw(); old.DecRef(); }
        Grow();
        At(_count) = v;
        _count++;
    }

    /// <summary>appendleft(x): takes a new reference; drops from the right when full.</summary>
    public void AppendLeft(PyValue v)
    {
        _state++;
        if (MaxLen == 0) return;
        v.IncRef();
        if (MaxLen > 0 && _count == MaxLen) { var old = PopRaw(); old.DecRef(); }
        Grow();
        _head = (_head - 1 + _items.Length) % _items.Length;
        _items[_head] = v;
        _count++;
    }

    private PyValue PopRaw()
    {
        ref var slot = ref At(_count - 1);
        var v = slot; slot = default; _count--;
        return v;
    }

    private PyValue PopLeftRaw()
    {
        var v = _items[_head]; _items[_head] = default;
        _head = (_head + 1) % _items.Length; _count--;
        return v;
    }

    /// <summary>pop(): the caller gets the deque's reference.</summary>
    public PyValue Pop() { if (_count == 0) throw PyErr.IndexError("pop from an empty deque"); _state++; return PopRaw(); }

    /// <summary>popleft(): the caller gets the deque's reference.</summary>
    public PyValue PopLeft() { if (_count == 0) throw PyErr.IndexError("pop from an empty deque"); _state++; return PopLeftRaw(); }

    private PyValueList Snapshot() { var l = new PyValueList(_count); for (int i = 0; i < _count; i++) l.Add(At(i)); return l; }

    private void Replace(PyValueList items)
    {
        _state++;
        _items = new PyValue[Math.Max(8, items.Count * 2)];
        items.CopyTo(_items);
        _head = 0; _count = items.Count;
    }

    /// <summary>rotate(n): right by n (left when negative).</summary>
    public void Rotate(long n)
    {
        if (_count <= 1) { _state++; return; }
        n %= _count;
        if (n < 0) n += _count;
        for (long i = 0; i < n; i++) { var v = PopRaw(); _head = (_head - 1 + _items.Length) % _items.Length; _items[_head] = v; _count++; }
        _state++;
    }

    private void Clear()
    {
        var items = Snapshot();
        Replace(new PyValueList());
        foreach (var v in items) v.DecRefFromDealloc();
    }

    /// <inheritdoc/>
    public override void Dealloc() => Clear();
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => _count;
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => _count != 0;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => throw PyErr.TypeError($"unhashable type: '{(Type.IsHeapType ? Type.Name : "collections.deque")}'");

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        if (!ReprGuard.Enter(this)) return "[...]";
        try
        {
            // The class's own name, as deque_repr's _PyType_Name: a subclass D prints D([...]).
            var sb = new StringBuilder(Type.Name).Append("([");
            for (int i = 0; i < _count; i++) { if (i > 0) sb.Append(", "); sb.Append(Ops.ReprOf(ts, At(i))); }
            sb.Append(']');
            if (MaxLen >= 0) sb.Append(", maxlen=").Append(MaxLen);
            return sb.Append(')').ToString();
        }
        finally { ReprGuard.Exit(this); }
    }

    private int Index(PyValue key)
    {
        if (!Numbers.TryLong(key, out long i)) throw PyErr.TypeError($"sequence index must be integer, not '{key.Type.Name}'");
        if (i < 0) i += _count;
        if (i < 0 || i >= _count) throw PyErr.IndexError("deque index out of range");
        return (int)i;
    }

    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key) => At(Index(key)).NewRef();

    /// <inheritdoc/>
    public override void SetItem(ThreadState ts, PyValue key, PyValue value)
    {
        ref var slot = ref At(Index(key));
        value.IncRef();
        var old = slot; slot = value; old.DecRef();
    }

    /// <inheritdoc/>
    public override void DelItem(ThreadState ts, PyValue key)
    {
        int i = Index(key);
        var items = Snapshot();
        var v = items[i];
        items.RemoveAt(i);
        Replace(items);
        v.DecRef();
    }

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PyNativeIterator(IteratorType, new[] { PyValue.From(this).NewRef() }, ctx => Items(false)));

    private static readonly PyType IteratorType = new("_deque_iterator", PyType.Object) { Module = "collections", IsBaseType = false };
    private static readonly PyType ReverseIteratorType = new("_deque_reverse_iterator", PyType.Object) { Module = "collections", IsBaseType = false };

    private IEnumerable<PyValue> Items(bool reverse)
    {
        long state = _state;
        int n = _count;
        for (int k = 0; k < n; k++)
        {
            PyValue item;
            // Each step is read and counted under the deque's lock (FreeThreading), but not held across the yield.
            using (FreeThreading.Lock(this))
            {
                if (state != _state || n != _count) throw PyErr.RuntimeError("deque mutated during iteration");
                item = At(reverse ? n - 1 - k : k).NewRef();
            }
            yield return item;
        }
    }

    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item)
    {
        long state = _state;
        for (int i = 0; ; i++)
        {
            PyValue v;
            using (FreeThreading.Lock(this))
            {
                if (i >= _count) break;
                v = At(i);
                if (Ops.Is(v, item)) return true;
                v.IncRef();
            }
            bool eq;
            try { eq = Ops.EqualsBool(ts, v, item); } finally { v.DecRef(); }
            if (state != _state) throw PyErr.RuntimeError("deque mutated during iteration");
            if (eq) return true;
        }
        return false;
    }

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyDeque d) return null;
        if (d._count != _count) return false;
        for (int i = 0; i < _count; i++) if (!Ops.Is(At(i), d.At(i)) && !Ops.EqualsBool(ts, At(i), d.At(i))) return false;
        return true;
    }

    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other)
    {
        if (ts is null || other.Obj is not PyDeque d) return null;
        int n = Math.Min(_count, d._count);
        for (int i = 0; i < n; i++)
        {
            if (Ops.Is(At(i), d.At(i)) || Ops.EqualsBool(ts, At(i), d.At(i))) continue;
            return Ops.OrderBool(ts, At(i), d.At(i), CompareOp.Lt) ? -1 : 1;
        }
        return _count.CompareTo(d._count);
    }

    /// <summary>
    /// Calling deque or a Python subclass of it: a new deque of that class, filled by deque's own arguments, or for a
    /// subclass by the class's <c>__init__</c> (a Python one when the subclass has it, which reaches deque's through super()).
    /// </summary>
    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (type.IsHeapType) return BuiltinSubclassing.InitializeNew(ts, new SubclassedDeque(type), type, args, kwNames);
        var d = new PyDeque();
        bool done = false;
        try { d.Initialize(ts, CallArguments.Bind("deque", args, kwNames, new[] { "iterable", "maxlen" }, 0)); done = true; }
        finally { if (!done) PyValue.From(d).DecRef(); }
        return PyValue.From(d);
    }

    // deque_init: the deque empties, takes maxlen (None: unbounded) and extends by the iterable.
    private void Initialize(ThreadState ts, PyValue[] p)
    {
        long max = -1;
        if (!p[1].IsUnbound && !p[1].IsNone)
        {
            if (!Numbers.TryLong(p[1], out max)) throw PyErr.TypeError("an integer is required");
            if (max < 0) throw PyErr.ValueError("maxlen must be non-negative");
        }
        MaxLen = max;
        if (_count > 0) Clear();
        if (!p[0].IsUnbound) Extend(ts, p[0], false);
    }

    /// <summary>
    /// deque_copy: a deque's copy is made here; a subclass's by calling its class with the deque (and its maxlen), which
    /// must give a deque. New reference.
    /// </summary>
    private static PyValue CopyOf(ThreadState ts, PyValue value, PyDeque d)
    {
        if (d is not SubclassedDeque) return PyValue.From(d.Copy());
        return d.MaxLen < 0 ? BuiltinSubclassing.CopyByCallingClass(ts, value, DequeType, value)
            : BuiltinSubclassing.CopyByCallingClass(ts, value, DequeType, value, PyValue.Int(d.MaxLen));
    }

    private static PyDeque Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyDeque d ? d : throw PyErr.TypeError("descriptor requires a 'collections.deque' object");

    private void Extend(ThreadState ts, PyValue iterable, bool left)
    {
        var items = Ops.ToList(ts, iterable);
        foreach (var v in items) { if (left) AppendLeft(v); else Append(v); v.DecRef(); }
    }

    private PyDeque Copy()
    {
        var d = new PyDeque { MaxLen = MaxLen };
        for (int i = 0; i < _count; i++) d.Append(At(i));
        return d;
    }

    private static PyType CreateType()
    {
        var t = new PyType("deque", PyType.Object, Construct) { Module = "collections" };
        // deque_init: a subclass's __init__ reaches it through super(); it empties the deque and fills it again.
        t.AddMethod("__init__", (ts, a, kw) =>
        {
            Self(a).Initialize(ts, CallArguments.Bind("deque", a, kw, new[] { "iterable", "maxlen" }, 0, skip: 1));
            return PyValue.None;
        });
        t.AddMethod("append", (ts, a, kw) => { new BuiltinArguments("append", a.Slice(1), kw).NoKeywords().Expect(1, 1); Self(a).Append(a[1]); return PyValue.None; });
        t.AddMethod("appendleft", (ts, a, kw) => { new BuiltinArguments("appendleft", a.Slice(1), kw).NoKeywords().Expect(1, 1); Self(a).AppendLeft(a[1]); return PyValue.None; });
        t.AddMethod("pop", (ts, a, kw) => { new BuiltinArguments("pop", a.Slice(1), kw).NoKeywords().Expect(0, 0); return Self(a).Pop(); });
        t.AddMethod("popleft", (ts, a, kw) => { new BuiltinArguments("popleft", a.Slice(1), kw).NoKeywords().Expect(0, 0); return Self(a).PopLeft(); });
        t.AddMethod("extend", (ts, a, kw) => { new BuiltinArguments("extend", a.Slice(1), kw).NoKeywords().Expect(1, 1); Self(a).Extend(ts, a[1], false); return PyValue.None; });
        t.AddMethod("extendleft", (ts, a, kw) => { new BuiltinArguments("extendleft", a.Slice(1), kw).NoKeywords().Expect(1, 1); Self(a).Extend(ts, a[1], true); return PyValue.None; });
        t.AddMethod("rotate", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("rotate", a.Slice(1), kw).NoKeywords().Expect(0, 1);
            Self(a).Rotate(args.GetLong(0, null, 1));
            return PyValue.None;
        });
        t.AddMethod("clear", (ts, a, kw) => { Self(a).Clear(); return PyValue.None; });
        t.AddMethod("copy", (ts, a, kw) => CopyOf(ts, a[0], Self(a)));
        t.AddMethod("__copy__", (ts, a, kw) => CopyOf(ts, a[0], Self(a)));
        t.AddMethod("count", (ts, a, kw) =>
        {
            new BuiltinArguments("count", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var d = Self(a);
            long n = 0;
            foreach (var v in d.Snapshot()) if (Ops.Is(v, a[1]) || Ops.EqualsBool(ts, v, a[1])) n++;
            return PyValue.Int(n);
        });
        t.AddMethod("index", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("index", a.Slice(1), kw).NoKeywords().Expect(1, 3);
            var d = Self(a);
            long start = args.GetLong(1, null, 0), stop = args.GetLong(2, null, d._count);
            if (start < 0) start = Math.Max(0, start + d._count);
            if (stop < 0) stop = Math.Max(0, stop + d._count);
            for (long i = start; i < Math.Min(stop, d._count); i++)
                if (Ops.Is(d.At((int)i), a[1]) || Ops.EqualsBool(ts, d.At((int)i), a[1])) return PyValue.Int(i);
            throw PyErr.ValueError($"{Ops.ReprOf(ts, a[1])} is not in deque");
        });
        t.AddMethod("insert", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("insert", a.Slice(1), kw).NoKeywords().Expect(2, 2);
            var d = Self(a);
            if (d.MaxLen >= 0 && d._count >= d.MaxLen) throw PyErr.IndexError("deque already at its maximum size");
            long i = args.GetLong(0, null, 0);
            if (i < 0) i = Math.Max(0, i + d._count);
            if (i > d._count) i = d._count;
            var items = d.Snapshot();
            a[2].IncRef();
            items.Insert((int)i, a[2]);
            d.Replace(items);
            return PyValue.None;
        });
        t.AddMethod("remove", (ts, a, kw) =>
        {
            new BuiltinArguments("remove", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var d = Self(a);
            for (int i = 0; i < d._count; i++)
            {
                if (Ops.Is(d.At(i), a[1]) || Ops.EqualsBool(ts, d.At(i), a[1]))
                {
                    var items = d.Snapshot();
                    var v = items[i];
                    items.RemoveAt(i);
                    d.Replace(items);
                    v.DecRef();
                    return PyValue.None;
                }
            }
            throw PyErr.ValueError($"{Ops.ReprOf(ts, a[1])} is not in deque");
        });
        t.AddMethod("reverse", (ts, a, kw) => { var d = Self(a); var items = d.Snapshot(); items.Reverse(); d.Replace(items); return PyValue.None; });
        t.AddMethod("__reversed__", (ts, a, kw) =>
        {
            var d = Self(a);
            return PyValue.From(new PyNativeIterator(ReverseIteratorType, new[] { a[0].NewRef() }, ctx => d.Items(true)));
        });
        t.AddMethod("__add__", (ts, a, kw) =>
        {
            if (a[1].Obj is not PyDeque) throw PyErr.TypeError($"can only concatenate deque (not \"{a[1].Type.Name}\") to deque");
            var copy = CopyOf(ts, a[0], Self(a));
            bool done = false;
            try { ((PyDeque)copy.Obj!).Extend(ts, a[1], false); done = true; }
            finally { if (!done) copy.DecRef(); }
            return copy;
        });
        t.AddMethod("__iadd__", (ts, a, kw) => { Self(a).Extend(ts, a[1], false); return a[0].NewRef(); });
        t.AddMethod("__mul__", (ts, a, kw) =>
        {
            if (!Numbers.TryLong(a[1], out long n)) return PyValue.From(PyNotImplemented.Instance);
            var copy = CopyOf(ts, a[0], Self(a));
            var d = (PyDeque)copy.Obj!;
            // The copy's items, held while the copy is emptied and filled n times over (deque_inplace_repeat).
            var items = d.Snapshot();
            foreach (var v in items) v.IncRef();
            d.Clear();
            for (long k = 0; k < n; k++) foreach (var v in items) d.Append(v);
            foreach (var v in items) v.DecRef();
            return copy;
        });
        ContainerMethods.Install(t, indexed: true);
        SelfLockingMethods.Install(t);   // 3.13t locks deque methods per object (FreeThreading)
        PyGenericAlias.InstallClassGetItem(t);
        return t;
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) =>
        name == "maxlen" ? (MaxLen < 0 ? PyValue.None : PyValue.Int(MaxLen)) : base.GetAttrOrNull(ts, name);
}
