using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>An immutable sequence; holds a reference to each item. Not sealed: instances of Python subclasses of tuple derive from it (SubclassedBuiltins.cs).</summary>
public class PyTuple : PyObject
{
    /// <summary>The items (owned references). Do not mutate after construction.</summary>
    public readonly PyValue[] Items;
    /// <summary>The empty tuple, immortal as in CPython 3.12.</summary>
    public static readonly PyTuple Empty = CreateEmpty();
    private static PyTuple CreateEmpty() { var t = new PyTuple(Array.Empty<PyValue>()); t.MakeImmortal(); return t; }

    /// <summary>Takes ownership of <paramref name="items"/>' references (steals them).</summary>
    public PyTuple(PyValue[] items) => Items = items;

    /// <summary>A new tuple holding new references to <paramref name="items"/>.</summary>
    public static PyTuple FromBorrowed(ReadOnlySpan<PyValue> items)
    {
        if (items.Length == 0) return Empty;
        var arr = items.ToArray();
        foreach (var v in arr) v.IncRef();
        return new PyTuple(arr);
    }

    /// <inheritdoc/>
    public override PyType Type => PyType.Tuple;
    /// <inheritdoc/>
    public override void Dealloc()
    {
        var items = Items;
        // Last item first, as CPython's tupledealloc: the order in which the items' __del__ run.
        for (int i = items.Length - 1; i >= 0; i--) { var v = items[i]; items[i] = PyValue.None; v.DecRefFromDealloc(); }
    }
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        if (Items.Length == 1) return "(" + Ops.ReprOf(ts, Items[0]) + ",)";
        var sb = new StringBuilder("(");
        for (int i = 0; i < Items.Length; i++) { if (i > 0) sb.Append(", "); sb.Append(Ops.ReprOf(ts, Items[i])); }
        return sb.Append(')').ToString();
    }
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Items.Length != 0;
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Items.Length;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PySequenceIterator(this, PyType.TupleIterator));
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts)
    {
        // CPython 3.8+'s xxHash-based tuple hash.
        ulong acc = HashStart;
        foreach (var item in Items)
        {
            // CPython hashes a tuple nested as deep as its C stack holds and counts no recursion level (3.12.1 hashes
            // one nested 100,000 deep, and crashes at 1,000,000). Here, where the .NET stack runs low, a plain tuple
            // inside is hashed with an explicit stack instead (the same value), so any depth is hashed.
            long lane = item.Obj is PyTuple inner && !RuntimeHelpers.TryEnsureSufficientExecutionStack()
                ? HashWithoutRecursing(ts, inner)
                : Ops.HashOf(ts, item);
            HashAdd(ref acc, lane);
        }
        return HashEnd(acc, Items.Length);
    }

    private const ulong HashP1 = 11400714785074694791UL, HashP2 = 14029467366897019727UL, HashStart = 2870177450012600261UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void HashAdd(ref ulong acc, long lane)
    {
        acc += (ulong)lane * HashP2;
        acc = (acc << 31) | (acc >> 33);
        acc *= HashP1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long HashEnd(ulong acc, int length)
    {
        acc += (ulong)length ^ (HashStart ^ 3527539UL);
        long r = (long)acc;
        return r == -1 ? 1546275796 : r;
    }

    /// <summary>
    /// <see cref="Hash"/> of <paramref name="root"/> without a .NET frame per level: the plain tuples inside (not a
    /// subclass's, whose <c>__hash__</c> may be Python code) are entered on an explicit stack; any other item is hashed
    /// as <see cref="Hash"/> hashes it, and one that is a tuple of another class, with the stack still low, raises
    /// RecursionError as before rather than overflow it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long HashWithoutRecursing(ThreadState? ts, PyTuple root)
    {
        if (root.GetType() != typeof(PyTuple))
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw PyErr.RecursionError("maximum recursion depth exceeded while hashing a tuple");
            return Ops.HashOf(ts, PyValue.From(root));
        }
        var outer = new Stack<(PyTuple Tuple, int Next, ulong Acc)>();
        PyTuple t = root;
        int i = 0;
        ulong acc = HashStart;
        while (true)
        {
            if (i < t.Items.Length)
            {
                var item = t.Items[i];
                if (item.Obj is PyTuple inner && inner.GetType() == typeof(PyTuple))
                {
                    outer.Push((t, i, acc));
                    (t, i, acc) = (inner, 0, HashStart);
                    continue;
                }
                if (item.Obj is PyTuple && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
                    throw PyErr.RecursionError("maximum recursion depth exceeded while hashing a tuple");
                HashAdd(ref acc, Ops.HashOf(ts, item));
                i++;
                continue;
            }
            long h = HashEnd(acc, t.Items.Length);
            if (outer.Count == 0) return h;
            (t, i, acc) = outer.Pop();
            HashAdd(ref acc, h);
            i++;
        }
    }
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyTuple t) return null;
        using var level = RecursionLevel.Enter(ts, " in comparison");
        if (t.Items.Length != Items.Length) return false;
        for (int i = 0; i < Items.Length; i++) if (!Ops.EqualsBool(ts, Items[i], t.Items[i])) return false;
        return true;
    }
    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other) =>
        other.Obj is PyTuple t ? SequenceCompare.Compare(ts, Items, t.Items) : null;
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, Items.Length, out long start, out _, out long step, out long count);
            var arr = new PyValue[count];
            for (long i = 0, j = start; i < count; i++, j += step) { arr[i] = Items[j]; arr[i].IncRef(); }
            return PyValue.From(count == 0 ? Empty : new PyTuple(arr));
        }
        return Items[SequenceIndex.Normalize(ts, key, Items.Length, "tuple")].NewRef();
    }
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item)
    {
        foreach (var v in Items) if (Ops.EqualsBool(ts, v, item)) return true;
        return false;
    }
}
