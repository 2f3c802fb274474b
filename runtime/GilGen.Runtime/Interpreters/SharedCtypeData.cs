using System;
using System.Numerics;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// The memory of a <c>multiprocessing.Value</c> or <c>Array</c>: plain C# cells that every interpreter (process)
/// holding a wrapper reads and writes directly, as CPython's processes share an mmap. Each cell is read and
/// written whole (no torn values), but nothing more is atomic: <c>v.value += 1</c> is a read then a write, and
/// loses updates between processes unless they hold the lock, as in CPython.
/// </summary>
internal sealed class SharedCtypeData
{
    private readonly long[] _cells;

    /// <summary>The array module's typecode: b B h H i I l L q Q f d c.</summary>
    public readonly char Typecode;

    /// <summary>True for an Array (even of one element); false for a Value.</summary>
    public readonly bool IsArray;

    private SharedCtypeData(char typecode, int length, bool isArray)
    {
        Typecode = typecode;
        IsArray = isArray;
        _cells = new long[length];
    }

    /// <summary>Zeroed memory of <paramref name="length"/> cells; TypeError for an unknown typecode.</summary>
    public static SharedCtypeData Create(string typecode, int length, bool isArray)
    {
        if (typecode.Length != 1 || CtypeName(typecode[0]) == null)
            throw PyErr.TypeError("this type has no size");
        return new SharedCtypeData(typecode[0], length, isArray);
    }

    /// <summary>The number of cells.</summary>
    public int Length => _cells.Length;

    /// <summary>ctypes' name of the element type (c_int, c_double, ...), null for an unknown typecode.</summary>
    public static string? CtypeName(char typecode) => typecode switch
    {
        'b' => "c_byte", 'B' => "c_ubyte", 'h' => "c_short", 'H' => "c_ushort", 'i' => "c_int", 'I' => "c_uint",
        'l' or 'q' => "c_long", 'L' or 'Q' => "c_ulong", 'f' => "c_float", 'd' => "c_double", 'c' => "c_char",
        _ => null,
    };

    /// <summary>The element type's name.</summary>
    public string ElementName => CtypeName(Typecode)!;

    private bool IsFloat => Typecode is 'f' or 'd';

    /// <summary>Cell <paramref name="index"/> as a Python value (new reference).</summary>
    public PyValue Get(int index)
    {
        long bits = Volatile.Read(ref _cells[index]);
        return Typecode switch
        {
            'd' => PyValue.Float(BitConverter.Int64BitsToDouble(bits)),
            'f' => PyValue.Float(BitConverter.Int64BitsToDouble(bits)),
            'c' => PyValue.From(new PyBytes(new[] { (byte)bits })),
            'L' or 'Q' => PyValue.Int((BigInteger)(ulong)bits),
            _ => PyValue.Int(bits),
        };
    }

    /// <summary>Stores <paramref name="value"/> in cell <paramref name="index"/>, converted and wrapped as ctypes does.</summary>
    public void Set(int index, PyValue value) => Volatile.Write(ref _cells[index], Convert(value));

    private long Convert(PyValue value)
    {
        if (Typecode == 'c')
        {
            if (value.Obj is PyBytes { Data.Length: 1 } b) return b.Data[0];
            if (value.IsInt && value.IntValue is >= 0 and < 256) return value.IntValue;
            throw PyErr.TypeError("one character bytes, bytearray or integer expected");
        }
        if (IsFloat)
        {
            double d = value.IsInt ? value.IntValue : value.Obj switch
            {
                PyFloat f => f.Value,
                PyBool bo => bo.Value ? 1 : 0,
                PyLong l => (double)l.Value,
                _ => throw PyErr.TypeError($"must be real number, not {value.Type.Name}"),
            };
            if (Typecode == 'f') d = (float)d;
            return BitConverter.DoubleToInt64Bits(d);
        }
        if (!Numbers.TryInt(value, out var n)) throw PyErr.TypeError($"'{value.Type.Name}' object cannot be interpreted as an integer");
        // ctypes keeps the low bits, silently, as C's conversions do.
        ulong low = (ulong)(n & ulong.MaxValue);
        return Typecode switch
        {
            'b' => (sbyte)low, 'B' => (byte)low, 'h' => (short)low, 'H' => (ushort)low,
            'i' => (int)low, 'I' => (uint)low, _ => (long)low,
        };
    }
}
