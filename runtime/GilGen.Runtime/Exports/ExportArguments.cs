using System;
using System.Collections;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// Converts the arguments of an exported C# method from Python, as a C extension's argument parsing does
/// (CPython's <c>l</c>, <c>i</c>, <c>d</c>, <c>p</c> formats and Argument Clinic's <c>str</c>), with CPython's
/// TypeError and OverflowError texts. The type set is <see cref="ClrValue"/>'s, the one <c>[GilFunction]</c>
/// uses; an <c>object</c> parameter gets what <see cref="ClrValue"/> makes of the value.
/// </summary>
public static class ExportArguments
{
    /// <summary>
    /// Argument <paramref name="index"/> (0-based, borrowed) as <typeparamref name="T"/>. For value types the JIT
    /// keeps only the branch of <typeparamref name="T"/>, so a <c>long</c> argument costs a type test.
    /// </summary>
    public static T Get<T>(ThreadState ts, ReadOnlySpan<PyValue> args, int index, ExportedFunction export)
    {
        var value = args[index];
        if (typeof(T) == typeof(long)) return (T)(object)ToInt64(value);
        if (typeof(T) == typeof(int)) return (T)(object)ToInt32(value);
        if (typeof(T) == typeof(double)) return (T)(object)ToDouble(value);
        if (typeof(T) == typeof(bool)) return (T)(object)Ops.IsTrue(ts, value);
        if (typeof(T) == typeof(PyValue)) return (T)(object)value;
        return (T)Convert(ts, value, typeof(T), export, index)!;
    }

    private static object? Convert(ThreadState ts, PyValue value, Type type, ExportedFunction export, int index)
    {
        if (type == typeof(long)) return ToInt64(value);
        if (type == typeof(int)) return ToInt32(value);
        if (type == typeof(double)) return ToDouble(value);
        if (type == typeof(bool)) return Ops.IsTrue(ts, value);
        if (type == typeof(PyValue)) return value;
        if (type == typeof(string))
        {
            if (value.Obj is PyStr s) return s.Value;
            throw BadArgument(export, index, "str", value);
        }
        if (type == typeof(object)) return ClrValue.ToObject(ts, value, borrowed: true);
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            var items = Items(value, export, index);
            var array = Array.CreateInstance(element, items.Length);
            for (int i = 0; i < items.Length; i++) array.SetValue(Convert(ts, items[i], element, export, index), i);
            return array;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(type)!;
            foreach (var item in Items(value, export, index)) list.Add(Convert(ts, item, element, export, index));
            return list;
        }
        throw new ArgumentException($"GilGen cannot pass a Python value to {export.ClrName} as {type}.");
    }

    // PyLong_AsLong through __index__ ("l"): bools are ints; a float is not.
    private static long ToInt64(PyValue value)
    {
        if (value.IsInt) return value.IntValue;
        if (Numbers.TryLong(value, out long n)) return n;
        if (value.Obj is PyLong) throw PyErr.OverflowError("Python int too large to convert to C long");
        throw PyErr.TypeError($"'{value.Type.Name}' object cannot be interpreted as an integer");
    }

    // "i": a C int, with its own overflow texts.
    private static int ToInt32(PyValue value)
    {
        long n = ToInt64(value);
        if (n > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
        if (n < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
        return (int)n;
    }

    // PyFloat_AsDouble ("d"): a float, or an int converted (OverflowError when too large).
    private static double ToDouble(PyValue value)
    {
        if (value.IsInt) return value.IntValue;
        if (Numbers.TryDouble(value, out double d)) return d;
        throw PyErr.TypeError($"must be real number, not {value.Type.Name}");
    }

    private static PyValue[] Items(PyValue value, ExportedFunction export, int index) => value.Obj switch
    {
        PyList l => l.Items.ToArray(),
        PyTuple t => t.Items,
        _ => throw BadArgument(export, index, "list or tuple", value),
    };

    // Argument Clinic's _PyArg_BadArgument: "f() argument 1 must be str, not int".
    private static PyException BadArgument(ExportedFunction export, int index, string expected, PyValue value)
        => PyErr.TypeError($"{export.Name}() argument {index + 1} must be {expected}, not {value.Type.Name}");
}
