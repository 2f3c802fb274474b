using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The "&lt;" that <see cref="TimSort{TKey, TValue, TOrder}"/> asks of two keys. Each implementation is a struct, so the sort
/// is compiled once per order and the comparison is inlined into it.
/// </summary>
internal interface ISortOrder<T>
{
    /// <summary>a &lt; b for the sort (may run Python code, which may raise).</summary>
    bool Less(T a, T b);
}

/// <summary>
/// CPython's pre-sort check (list_sort_impl): the keys' types are looked at once, before any comparison, and the
/// comparison chosen for what they all are. The specialized orders give the answers the generic one would for
/// those types; they only skip its dispatch.
/// </summary>
internal static class SortOrderChoice
{
    /// <summary>Sorts <paramref name="keys"/>[0..n) (and <paramref name="values"/> with them) with the order the keys call for.</summary>
    public static void Sort(ThreadState ts, PyValue[] keys, PyValue[]? values, int n)
    {
        // CPython's keys_are_in_tuples: every key an exact, non-empty tuple; then the types checked below are
        // those of the tuples' first items, which is where a comparison of such tuples usually ends.
        bool inTuples = IsNonEmptyTuple(keys[0]);
        var first = inTuples ? ((PyTuple)keys[0].Obj!).Items[0] : keys[0];
        var keyType = first.Type;
        bool sameType = true, inlineInts = true;
        for (int i = 0; i < n; i++)
        {
            if (inTuples && !IsNonEmptyTuple(keys[i])) { inTuples = false; sameType = false; break; }
            var k = inTuples ? ((PyTuple)keys[i].Obj!).Items[0] : keys[i];
            if (!ReferenceEquals(k.Type, keyType))
            {
                sameType = false;
                // Tuples need the whole scan: one key that is not a tuple turns the tuple order off.
                if (!inTuples) break;
            }
            if (sameType && !k.IsInt) inlineInts = false;
        }
        if (!inTuples)
        {
            SortBy(ts, keys, values, n, sameType, inlineInts, keyType);
            return;
        }
        // Tuples of tuples: their first items compare with the generic order (so the tuple order does not nest).
        if (ReferenceEquals(keyType, PyType.Tuple)) { Run(keys, values, n, new TupleOrder<GenericOrder>(ts, new GenericOrder(ts))); return; }
        if (sameType && ReferenceEquals(keyType, PyType.Str)) Run(keys, values, n, new TupleOrder<StrOrder>(ts, default));
        else if (sameType && ReferenceEquals(keyType, PyType.Int) && inlineInts) Run(keys, values, n, new TupleOrder<InlineIntOrder>(ts, default));
        else if (sameType && ReferenceEquals(keyType, PyType.Float)) Run(keys, values, n, new TupleOrder<FloatOrder>(ts, default));
        else if (sameType && SameTypeOrder.Applies(keyType)) Run(keys, values, n, new TupleOrder<SameTypeOrder>(ts, new SameTypeOrder(ts, keyType)));
        else Run(keys, values, n, new TupleOrder<GenericOrder>(ts, new GenericOrder(ts)));
    }

    private static void SortBy(ThreadState ts, PyValue[] keys, PyValue[]? values, int n, bool sameType, bool inlineInts, PyType keyType)
    {
        // Ints, floats and strs run no Python code when compared, so the order of their comparisons is not seen:
        // their machine values are sorted with the items' positions alongside, and the items are put in that order
        // at the end. That spares the sort a pointer per key and the GC's write barrier on every move.
        if (sameType && ReferenceEquals(keyType, PyType.Str))
        {
            var texts = ArrayPool<string>.Shared.Rent(n);
            for (int i = 0; i < n; i++) texts[i] = Unsafe.As<PyStr>(keys[i].Obj!).Value;
            SortPositions(texts, values ?? keys, n, default(TextOrder));
            ArrayPool<string>.Shared.Return(texts, clearArray: true);
        }
        else if (sameType && ReferenceEquals(keyType, PyType.Int) && inlineInts)
        {
            var numbers = ArrayPool<long>.Shared.Rent(n);
            for (int i = 0; i < n; i++) numbers[i] = keys[i].IntValue;
            SortPositions(numbers, values ?? keys, n, default(Int64Order));
            ArrayPool<long>.Shared.Return(numbers);
        }
        else if (sameType && ReferenceEquals(keyType, PyType.Float))
        {
            var numbers = ArrayPool<double>.Shared.Rent(n);
            for (int i = 0; i < n; i++) numbers[i] = Unsafe.As<PyFloat>(keys[i].Obj!).Value;
            SortPositions(numbers, values ?? keys, n, default(DoubleOrder));
            ArrayPool<double>.Shared.Return(numbers);
        }
        else if (sameType && SameTypeOrder.Applies(keyType)) Run(keys, values, n, new SameTypeOrder(ts, keyType));
        else Run(keys, values, n, new GenericOrder(ts));
    }

    // Sorts machine keys[0..n) with the positions 0..n-1, then puts items[0..n) in the sorted positions' order.
    private static void SortPositions<TKey, TOrder>(TKey[] keys, PyValue[] items, int n, TOrder order) where TOrder : struct, ISortOrder<TKey>
    {
        var positions = ArrayPool<int>.Shared.Rent(n);
        var before = ArrayPool<PyValue>.Shared.Rent(n);
        for (int i = 0; i < n; i++) positions[i] = i;
        Run(keys, positions, n, order);
        Array.Copy(items, before, n);
        for (int i = 0; i < n; i++) items[i] = before[positions[i]];
        ArrayPool<PyValue>.Shared.Return(before, clearArray: true);
        ArrayPool<int>.Shared.Return(positions);
    }

    private static void Run<TKey, TValue, TOrder>(TKey[] keys, TValue[]? values, int n, TOrder order) where TOrder : struct, ISortOrder<TKey>
    {
        var sort = new TimSort<TKey, TValue, TOrder>(keys, values, n, order);
        try { sort.Run(); }
        finally { sort.ReturnBuffers(); }
    }

    private static void Run<TOrder>(PyValue[] keys, PyValue[]? values, int n, TOrder order) where TOrder : struct, ISortOrder<PyValue> =>
        Run<PyValue, PyValue, TOrder>(keys, values, n, order);

    private static bool IsNonEmptyTuple(PyValue v) => v.Obj is PyTuple t && ReferenceEquals(t.Type, PyType.Tuple) && t.Items.Length > 0;
}

/// <summary>Tuples whose first items are all small ints stored inline: CPython's unsafe_long_compare for them.</summary>
internal readonly struct InlineIntOrder : ISortOrder<PyValue>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Less(PyValue a, PyValue b) => a.IntValue < b.IntValue;
}

/// <summary>Tuples whose first items are all exact floats: CPython's unsafe_float_compare for them (a NaN is neither less nor greater).</summary>
internal readonly struct FloatOrder : ISortOrder<PyValue>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Less(PyValue a, PyValue b) => Unsafe.As<PyFloat>(a.Obj!).Value < Unsafe.As<PyFloat>(b.Obj!).Value;
}

/// <summary>
/// Tuples whose first items are all exact strs: CPython's unsafe_latin_compare for them, by the order str's &lt; uses here (UTF-16 code units, the
/// documented deviation for characters outside the BMP), so that a sort agrees with &lt;.
/// </summary>
internal readonly struct StrOrder : ISortOrder<PyValue>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Less(PyValue a, PyValue b) => string.CompareOrdinal(Unsafe.As<PyStr>(a.Obj!).Value, Unsafe.As<PyStr>(b.Obj!).Value) < 0;
}

/// <summary>Keys of mixed or unknown types: the &lt; operator itself (CPython's safe_object_compare).</summary>
internal readonly struct GenericOrder : ISortOrder<PyValue>
{
    private readonly ThreadState _ts;

    /// <summary>The generic order on <paramref name="ts"/>.</summary>
    public GenericOrder(ThreadState ts) => _ts = ts;

    /// <inheritdoc/>
    public bool Less(PyValue a, PyValue b) => LessThan(_ts, a, b);

    /// <summary>bool(a &lt; b), as PyObject_RichCompareBool(a, b, Py_LT).</summary>
    public static bool LessThan(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt) return a.IntValue < b.IntValue;
        return Truth(ts, Ops.Compare(ts, a, b, CompareOp.Lt));
    }

    /// <summary>The truth of a comparison's result, whose reference this takes.</summary>
    public static bool Truth(ThreadState ts, PyValue result)
    {
        if (ReferenceEquals(result.Obj, PyBool.TrueObject)) return true;
        if (ReferenceEquals(result.Obj, PyBool.FalseObject)) return false;
        try { return Ops.IsTrue(ts, result); }
        finally { result.DecRef(); }
    }
}

/// <summary>
/// Every key an instance of one Python class: CPython's unsafe_object_compare, which calls the type's own
/// <c>__lt__</c> first and, when that answers NotImplemented, the whole &lt; operator, so such an <c>__lt__</c>
/// runs twice before the other operand's <c>__gt__</c> is asked.
/// </summary>
internal readonly struct SameTypeOrder : ISortOrder<PyValue>
{
    private readonly ThreadState _ts;
    private readonly PyType _type;

    /// <summary>The order of instances of <paramref name="type"/> on <paramref name="ts"/>.</summary>
    public SameTypeOrder(ThreadState ts, PyType type)
    {
        _ts = ts;
        _type = type;
    }

    /// <summary>Whether keys all of <paramref name="type"/> take this order: a class written in Python.</summary>
    public static bool Applies(PyType type) => type.IsOutsideBuiltins;

    /// <inheritdoc/>
    public bool Less(PyValue a, PyValue b)
    {
        // __class__ may have been reassigned by a comparison: then the type's method is no longer a's.
        if (!ReferenceEquals(a.Type, _type) || _type.Lookup("__lt__") is not PyValue { Obj: PyFunction } method)
            return GenericOrder.LessThan(_ts, a, b);
        var args = new TwoArguments();
        args[0] = a;
        args[1] = b;
        var result = Ops.Call(_ts, method, args, null);
        if (result.Obj is PyNotImplemented)
        {
            result.DecRef();
            return GenericOrder.LessThan(_ts, a, b);
        }
        return GenericOrder.Truth(_ts, result);
    }

    [InlineArray(2)]
    private struct TwoArguments
    {
        private PyValue _element0;
    }
}

/// <summary>
/// Every key a non-empty exact tuple: CPython's unsafe_tuple_compare. Items are compared for equality (identity
/// first) until two differ; the first items' &lt; is <typeparamref name="TFirst"/>, chosen by the pre-sort check
/// from their types, and later items' the generic one.
/// </summary>
internal readonly struct TupleOrder<TFirst> : ISortOrder<PyValue> where TFirst : struct, ISortOrder<PyValue>
{
    private readonly ThreadState _ts;
    private readonly TFirst _first;

    /// <summary>The order of tuples whose first items compare by <paramref name="first"/>.</summary>
    public TupleOrder(ThreadState ts, TFirst first)
    {
        _ts = ts;
        _first = first;
    }

    /// <inheritdoc/>
    public bool Less(PyValue a, PyValue b)
    {
        var x = Unsafe.As<PyTuple>(a.Obj!).Items;
        var y = Unsafe.As<PyTuple>(b.Obj!).Items;
        int i = 0, n = Math.Min(x.Length, y.Length);
        while (i < n && Ops.EqualsBool(_ts, x[i], y[i])) i++;
        if (i == n) return x.Length < y.Length;
        return i == 0 ? _first.Less(x[0], y[0]) : GenericOrder.LessThan(_ts, x[i], y[i]);
    }
}

/// <summary>Keys that were all small ints, as their values: CPython's unsafe_long_compare.</summary>
internal readonly struct Int64Order : ISortOrder<long>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Less(long a, long b) => a < b;
}

/// <summary>Keys that were all exact floats, as their values: CPython's unsafe_float_compare (a NaN is neither less nor greater).</summary>
internal readonly struct DoubleOrder : ISortOrder<double>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Less(double a, double b) => a < b;
}

/// <summary>Keys that were all exact strs, as their texts, in the order of <see cref="StrOrder"/>: CPython's unsafe_latin_compare.</summary>
internal readonly struct TextOrder : ISortOrder<string>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Less(string a, string b)
    {
        // By code unit from the start, as string.CompareOrdinal orders them; sorted strs mostly differ within the
        // first few characters, where this loop is cheaper than CompareOrdinal's setup.
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x != y) return x < y;
        }
        return a.Length < b.Length;
    }
}
