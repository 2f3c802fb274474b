using System;
using System.Collections;
using System.Collections.Generic;
using GilGen;

namespace GilGen.Runtime;

/// <summary>
/// Converts between C# values and Python values at the edge of generated code: the arguments of a
/// <c>[GilFunction]</c> method and its result. The mapping is fixed: long/int → int, double → float,
/// bool → bool, string → str, arrays and lists → list, null → None, PyValue as it is.
/// </summary>
public static class ClrValue
{
    /// <summary>A new reference to the Python value for <paramref name="value"/>.</summary>
    public static PyValue ToPython(long value) => PyValue.Int(value);

    /// <summary>A new reference to the Python value for <paramref name="value"/>.</summary>
    public static PyValue ToPython(int value) => PyValue.Int(value);

    /// <summary>A new reference to the Python value for <paramref name="value"/>.</summary>
    public static PyValue ToPython(double value) => PyValue.Float(value);

    /// <summary>A new reference to the Python value for <paramref name="value"/>.</summary>
    public static PyValue ToPython(bool value) => PyValue.Bool(value);

    /// <summary>A new reference to the Python value for <paramref name="value"/>.</summary>
    public static PyValue ToPython(PyValue value) => value.NewRef();

    /// <summary>A new reference to the Python value for <paramref name="value"/> (string, number, bool, array, list, PyValue or null).</summary>
    public static PyValue ToPython(object? value) => value switch
    {
        null => PyValue.None,
        PyValue v => v.NewRef(),
        long l => PyValue.Int(l),
        int i => PyValue.Int(i),
        double d => PyValue.Float(d),
        bool b => PyValue.Bool(b),
        string s => PyValue.Str(s),
        IEnumerable e => ListOf(e),
        _ => throw new ArgumentException($"GilGen cannot pass a {value.GetType()} to Python: use long, int, double, bool, string, arrays or lists of those, or PyValue."),
    };

    private static PyValue ListOf(IEnumerable items)
    {
        var list = new PyValueList();
        foreach (var item in items) list.Add(ToPython(item));
        return PyValue.From(new PyList(list));
    }

    /// <summary>
    /// Converts a Python result to <typeparamref name="T"/>, consuming the reference; a value of the
    /// wrong type raises Python's TypeError, as a C# extension's argument parsing would.
    /// </summary>
    public static T FromPython<T>(ThreadState ts, PyValue value)
    {
        try
        {
            return (T)Convert(ts, value, typeof(T));
        }
        finally
        {
            value.DecRef();
        }
    }

    private static object Convert(ThreadState ts, PyValue value, Type type)
    {
        if (type == typeof(PyValue)) return value.NewRef();
        if (type == typeof(long)) return RequireInt(value);
        if (type == typeof(int)) return checked((int)RequireInt(value));
        if (type == typeof(double))
        {
            if (value.IsInt) return (double)value.IntValue;
            if (value.Obj is PyFloat f) return f.Value;
            throw Mismatch(value, "float");
        }
        if (type == typeof(bool))
        {
            if (value.Obj is PyBool b) return b.Value;
            throw Mismatch(value, "bool");
        }
        if (type == typeof(string))
        {
            if (value.Obj is PyStr s) return s.Value;
            throw Mismatch(value, "str");
        }
        if (type == typeof(object)) return ToObject(ts, value);
        if (type.IsArray)
        {
            var items = Items(value);
            var array = Array.CreateInstance(type.GetElementType()!, items.Length);
            for (int i = 0; i < items.Length; i++) array.SetValue(Convert(ts, items[i], type.GetElementType()!), i);
            return array;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(type)!;
            foreach (var item in Items(value)) list.Add(Convert(ts, item, element));
            return list;
        }
        throw new ArgumentException($"GilGen cannot return a Python value as {type}.");
    }

    private static long RequireInt(PyValue value) =>
        value.IsInt ? value.IntValue : throw Mismatch(value, "int that fits in 64 bits");

    private static PyValue[] Items(PyValue value) => value.Obj switch
    {
        PyList l => l.Items.ToArray(),
        PyTuple t => t.Items,
        _ => throw Mismatch(value, "list or tuple"),
    };

    // Numbers, strings and lists become C# values; any other object stays a PyValue: a new reference for a
    // [GilFunction] result (the caller owns it), the same reference when borrowed (an export's argument).
    internal static object ToObject(ThreadState ts, PyValue value, bool borrowed = false) => value.Obj switch
    {
        null => value.IntValue,
        PyNone => null!,
        PyBool b => b.Value,
        PyFloat f => f.Value,
        PyStr s => s.Value,
        PyList or PyTuple => Array.ConvertAll(Items(value), item => ToObject(ts, item, borrowed)),
        _ => borrowed ? value : value.NewRef(),
    };

    private static PyException Mismatch(PyValue value, string expected) =>
        PyErr.TypeError($"expected {expected}, got {value.Type.Name}");

    /// <summary>Runs a module's top-level code once in <paramref name="interp"/> and returns the module (what a generated <c>Run()</c> does).</summary>
    public static PyModule RunModule(GilInterpreter interp, ModuleDefinition definition)
    {
        var ts = interp.Ensure();
        try
        {
            return interp.GetModule(definition);
        }
        finally
        {
            interp.Release(ts);
        }
    }

    /// <summary>Calls the module function <paramref name="name"/> with <paramref name="args"/>, holding the GIL for the call.</summary>
    public static PyValue CallModuleFunction(GilInterpreter interp, ModuleDefinition definition, string name, PyValue[] args)
    {
        var ts = interp.Ensure();
        try
        {
            var fn = interp.GetModule(definition).GetGlobal(name);
            try
            {
                return Ops.Call(ts, fn, args, null);
            }
            finally
            {
                fn.DecRef();
            }
        }
        finally
        {
            interp.Release(ts);
        }
    }
}
