using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// array.array: a typed sequence of machine values (typecodes b B u h H i I l L q Q f d with CPython's sizes on
/// 64-bit Linux). Integers are kept as Int128 (every typecode's range fits), floats as double ('f' rounded to
/// single precision when stored), 'u' as code points. Range and type errors are CPython's.
/// </summary>
public sealed class PyArray : PyObject
{
    /// <summary>The typecodes, in CPython's order (array.typecodes).</summary>
    public const string TypeCodes = "bBuhHiIlLqQfd";

    /// <summary>The class array.array.</summary>
    public static readonly PyType ArrayType = ArrayMethods.CreateType();

    /// <summary>The typecode.</summary>
    public readonly char Code;
    /// <summary>The items of an integer or 'u' array.</summary>
    public readonly List<Int128> Ints = new();
    /// <summary>The items of an 'f' or 'd' array.</summary>
    public readonly List<double> Floats = new();

    /// <summary>An empty array of <paramref name="code"/> (already validated).</summary>
    public PyArray(char code) => Code = code;

    /// <summary>True for 'f' and 'd'.</summary>
    public bool IsFloat => Code is 'f' or 'd';

    /// <summary>Bytes per item (array.itemsize).</summary>
    public int ItemSize => ItemSizeOf(Code);

    /// <summary>The number of items.</summary>
    public int Count => IsFloat ? Floats.Count : Ints.Count;

    /// <summary>The size of one item of <paramref name="code"/>.</summary>
    public static int ItemSizeOf(char code) => code switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' => 4,
        _ => 8,
    };

    /// <inheritdoc/>
    public override PyType Type => ArrayType;

    /// <summary>Item <paramref name="i"/> as a Python value (new reference).</summary>
    public PyValue Item(int i) => IsFloat ? PyValue.Float(Floats[i])
        : Code == 'u' ? PyValue.Str(char.ConvertFromUtf32((int)Ints[i]))
        : Ints[i] >= long.MinValue && Ints[i] <= long.MaxValue ? PyValue.Int((long)Ints[i]) : PyValue.Int((BigInteger)Ints[i]);

    /// <summary>Appends <paramref name="v"/> (borrowed), converted and range-checked for the typecode.</summary>
    public void Append(PyValue v)
    {
        if (IsFloat) Floats.Add(ToDouble(v));
        else Ints.Add(ToInteger(v));
    }

    /// <summary>Stores <paramref name="v"/> at <paramref name="i"/>.</summary>
    public void Set(int i, PyValue v)
    {
        if (IsFloat) Floats[i] = ToDouble(v);
        else Ints[i] = ToInteger(v);
    }

    private double ToDouble(PyValue v)
    {
        if (!Numbers.TryDouble(v, out double d)) throw PyErr.TypeError($"must be real number, not {v.Type.Name}");
        return Code == 'f' ? (float)d : d;
    }

    private Int128 ToInteger(PyValue v)
    {
        if (Code == 'u')
        {
            if (v.Obj is PyStr s && s.Value.Length > 0 && char.ConvertToUtf32(s.Value, 0) is int cp && char.ConvertFromUtf32(cp).Length == s.Value.Length) return cp;
            throw PyErr.TypeError("array item must be unicode character");
        }
        if (v.Obj is PyFloat || v.Obj is PyStr || !Numbers.TryInt(v, out var n))
            throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
        var (min, max) = Range(Code);
        if (n < min || n > max) throw RangeError(Code, n.Sign < 0);
        return (Int128)n;
    }

    private static (BigInteger Min, BigInteger Max) Range(char code) => code switch
    {
        'b' => (sbyte.MinValue, sbyte.MaxValue),
        'B' => (0, byte.MaxValue),
        'h' => (short.MinValue, short.MaxValue),
        'H' => (0, ushort.MaxValue),
        'i' => (int.MinValue, int.MaxValue),
        'I' => (0, uint.MaxValue),
        'l' or 'q' => (long.MinValue, long.MaxValue),
        _ => (0, ulong.MaxValue),
    };

    private static PyException RangeError(char code, bool negative)
    {
        string? message = code switch
        {
            'b' => negative ? "signed char is less than minimum" : "signed char is greater than maximum",
            'B' => negative ? "unsigned byte integer is less than minimum" : "unsigned byte integer is greater than maximum",
            'h' => negative ? "signed short integer is less than minimum" : "signed short integer is greater than maximum",
            'H' => negative ? "unsigned short is less than minimum" : "unsigned short is greater than maximum",
            'i' => negative ? "signed integer is less than minimum" : "signed integer is greater than maximum",
            'I' => negative ? "can't convert negative value to unsigned int" : "unsigned int is greater than maximum",
            'l' => "Python int too large to convert to C long",
            'L' => negative ? "can't convert negative value to unsigned int" : "Python int too large to convert to C unsigned long",
            'q' => "int too big to convert",
            _ => negative ? "can't convert negative int to unsigned" : "int too big to convert",
        };
        return PyErr.OverflowError(message);
    }

    /// <summary>array.tobytes: the items in machine (little-endian) order.</summary>
    public byte[] ToBytes()
    {
        int size = ItemSize;
        var data = new byte[Count * size];
        for (int i = 0; i < Count; i++)
        {
            var span = data.AsSpan(i * size, size);
            switch (Code)
            {
                case 'f': BinaryPrimitives.WriteSingleLittleEndian(span, (float)Floats[i]); break;
                case 'd': BinaryPrimitives.WriteDoubleLittleEndian(span, Floats[i]); break;
                default:
                    ulong bits = (ulong)(Ints[i] & ulong.MaxValue);
                    for (int k = 0; k < size; k++) span[k] = (byte)(bits >> (8 * k));
                    break;
            }
        }
        return data;
    }

    /// <summary>array.frombytes: appends the items <paramref name="data"/> holds in machine order.</summary>
    public void FromBytes(ReadOnlySpan<byte> data)
    {
        int size = ItemSize;
        if (data.Length % size != 0) throw PyErr.ValueError("bytes length not a multiple of item size");
        for (int i = 0; i < data.Length; i += size)
        {
            var span = data.Slice(i, size);
            switch (Code)
            {
                case 'f': Floats.Add(BinaryPrimitives.ReadSingleLittleEndian(span)); break;
                case 'd': Floats.Add(BinaryPrimitives.ReadDoubleLittleEndian(span)); break;
                default:
                    ulong bits = 0;
                    for (int k = 0; k < size; k++) bits |= (ulong)span[k] << (8 * k);
                    Int128 value = Code is 'b' or 'h' or 'i' or 'l' or 'q'
                        ? (Int128)(long)(bits << (64 - 8 * size)) >> (64 - 8 * size)
                        : bits;
                    if (Code == 'u' && (value > 0x10FFFF || value < 0)) throw PyErr.ValueError($"character U+{(uint)value:x} is not in range [U+0000; U+10ffff]");
                    Ints.Add(value);
                    break;
            }
        }
    }

    /// <summary>A new array of the same typecode holding items <paramref name="start"/>, +step, ... (count of them).</summary>
    public PyArray Slice(long start, long step, long count)
    {
        var r = new PyArray(Code);
        for (long i = 0, j = start; i < count; i++, j += step)
        {
            if (IsFloat) r.Floats.Add(Floats[(int)j]);
            else r.Ints.Add(Ints[(int)j]);
        }
        return r;
    }

    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Count;

    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Count != 0;

    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => throw PyErr.TypeError("unhashable type: 'array.array'");

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) =>
        PyValue.From(new PyNativeIterator(ArrayMethods.IteratorType, new[] { PyValue.From(this).NewRef() }, ctx => Items()));

    private IEnumerable<PyValue> Items()
    {
        for (int i = 0; ; i++)
        {
            PyValue item;
            using (FreeThreading.Lock(this))
            {
                if (i >= Count) yield break;
                item = Item(i);
            }
            yield return item;
        }
    }

    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        using var section = FreeThreading.Lock(this);
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, Count, out long start, out _, out long step, out long count);
            return PyValue.From(Slice(start, step, count));
        }
        return Item(Index(ts, key, "array index out of range"));
    }

    /// <summary>A subscript as a position, with CPython's IndexError text.</summary>
    public int Index(ThreadState ts, PyValue key, string outOfRange)
    {
        long i = SequenceIndex.AsIndex(key, $"array indices must be integers");
        if (i < 0) i += Count;
        if (i < 0 || i >= Count) throw PyErr.IndexError(outOfRange);
        return (int)i;
    }

    /// <inheritdoc/>
    public override void SetItem(ThreadState ts, PyValue key, PyValue value)
    {
        using var section = FreeThreading.Lock(this);
        if (key.Obj is PySlice slice) { ArrayMethods.AssignSlice(ts, this, slice, value); return; }
        Set(Index(ts, key, "array assignment index out of range"), value);
    }

    /// <inheritdoc/>
    public override void DelItem(ThreadState ts, PyValue key)
    {
        using var section = FreeThreading.Lock(this);
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, Count, out long start, out _, out long step, out long count);
            var positions = new List<int>();
            for (long i = 0, j = start; i < count; i++, j += step) positions.Add((int)j);
            positions.Sort();
            for (int k = positions.Count - 1; k >= 0; k--) RemoveAt(positions[k]);
            return;
        }
        RemoveAt(Index(ts, key, "array assignment index out of range"));
    }

    /// <summary>Removes the item at <paramref name="i"/>.</summary>
    public void RemoveAt(int i)
    {
        if (IsFloat) Floats.RemoveAt(i);
        else Ints.RemoveAt(i);
    }

    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item)
    {
        // The items are numbers, so the comparisons run no Python code while the lock is held.
        using var section = FreeThreading.Lock(this);
        for (int i = 0; i < Count; i++)
        {
            var v = Item(i);
            try { if (Ops.EqualsBool(ts, v, item)) return true; }
            finally { v.DecRef(); }
        }
        return false;
    }

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyArray o) return null;
        if (o.Count != Count) return false;
        for (int i = 0; i < Count; i++)
        {
            PyValue a = Item(i), b = o.Item(i);
            try { if (!Ops.EqualsBool(ts, a, b)) return false; }
            finally { a.DecRef(); b.DecRef(); }
        }
        return true;
    }

    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyArray o) return null;
        var mine = new PyValue[Count];
        var theirs = new PyValue[o.Count];
        for (int i = 0; i < mine.Length; i++) mine[i] = Item(i);
        for (int i = 0; i < theirs.Length; i++) theirs[i] = o.Item(i);
        try { return SequenceCompare.Compare(ts, mine, theirs); }
        finally { foreach (var v in mine) v.DecRef(); foreach (var v in theirs) v.DecRef(); }
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        if (Count == 0) return $"array('{Code}')";
        if (Code == 'u')
        {
            var sb = new StringBuilder();
            foreach (var cp in Ints) sb.Append(char.ConvertFromUtf32((int)cp));
            return $"array('u', {PyStr.Quote(sb.ToString())})";
        }
        var parts = new StringBuilder();
        for (int i = 0; i < Count; i++)
        {
            if (i > 0) parts.Append(", ");
            var v = Item(i);
            try { parts.Append(Ops.ReprOf(ts, v)); }
            finally { v.DecRef(); }
        }
        return $"array('{Code}', [{parts}])";
    }

    /// <summary>The 'u' array's text (array.tounicode).</summary>
    public string Text()
    {
        var sb = new StringBuilder();
        foreach (var cp in Ints) sb.Append(char.ConvertFromUtf32((int)cp));
        return sb.ToString();
    }
}
