using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>BUILD_LIST: steals the items' references.</summary>
    public static PyValue BuildList(ReadOnlySpan<PyValue> items) => PyValue.From(new PyList(new PyValueList(items.ToArray())));

    /// <summary>BUILD_TUPLE: steals the items' references.</summary>
    public static PyValue BuildTuple(ReadOnlySpan<PyValue> items) =>
        PyValue.From(items.Length == 0 ? PyTuple.Empty : new PyTuple(items.ToArray()));

    /// <summary>BUILD_SET: steals the items' references, also when it raises.</summary>
    public static PyValue BuildSet(ThreadState ts, ReadOnlySpan<PyValue> items)
    {
        var set = new PySet();
        for (int i = 0; i < items.Length; i++)
        {
            bool added = false;
            try { set.Add(ts, items[i]); added = true; }
            finally
            {
                // As CPython 3.12's BUILD_SET: every item is released, then the set (the frame releases none of them).
                // In a finally, not a catch that throws again: a recursion through __hash__ would keep an exception
                // dispatch per level on the stack.
                if (!added)
                {
                    for (int k = i; k < items.Length; k++) items[k].DecRef();
                    PyValue.From(set).DecRef();
                }
            }
            items[i].DecRef();
        }
        return PyValue.From(set);
    }

    /// <summary>BUILD_MAP: key0, value0, key1, value1, ... (stolen, also when it raises).</summary>
    public static PyValue BuildMap(ThreadState ts, ReadOnlySpan<PyValue> keysAndValues)
    {
        var d = new PyDict();
        bool built = false;
        try
        {
            for (int i = 0; i + 1 < keysAndValues.Length; i += 2) d.Set(ts, keysAndValues[i], keysAndValues[i + 1]);
            built = true;
        }
        finally
        {
            // As CPython 3.12's BUILD_MAP: the dict is released (_PyDict_FromItems), then every item, the last
            // first (DECREF_INPUTS of an array); the frame releases none of them.
            if (!built)
            {
                PyValue.From(d).DecRef();
                for (int k = keysAndValues.Length - 1; k >= 0; k--) keysAndValues[k].DecRef();
            }
        }
        foreach (var v in keysAndValues) v.DecRef();
        return PyValue.From(d);
    }

    /// <summary>BUILD_CONST_KEY_MAP: keys from a tuple (borrowed), values stolen.</summary>
    public static PyValue BuildConstKeyMap(ThreadState ts, PyValue keysTuple, ReadOnlySpan<PyValue> values)
    {
        var keys = ((PyTuple)keysTuple.Obj!).Items;
        var d = new PyDict();
        for (int i = 0; i < values.Length; i++) { d.Set(ts, keys[i], values[i]); values[i].DecRef(); }
        return PyValue.From(d);
    }

    /// <summary>LIST_APPEND: v borrowed.</summary>
    public static void ListAppend(ThreadState ts, PyValue list, PyValue v) => ((PyList)list.Obj!).Items.Add(v.NewRef());

    /// <summary>LIST_EXTEND.</summary>
    public static void ListExtend(ThreadState ts, PyValue list, PyValue iterable)
    {
        PyException notIterable;
        // Thrown after the catch, not in it (a recursion through __iter__ would keep a dispatch per level on the stack).
        try
        {
            ListMethods.ExtendFrom(ts, (PyList)list.Obj!, iterable);
            return;
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && iterable.Obj is not PyList && IsNotIterable(iterable))
        {
            e.Value.DecRef();
            notIterable = PyErr.TypeError($"Value after * must be an iterable, not {iterable.Type.Name}");
        }
        throw notIterable;
    }

    private static bool IsNotIterable(PyValue v) => v.Obj is null || v.Obj is PyNone || v.Obj is PyFloat || v.Obj is PyBool || v.Obj is PyFunction;

    /// <summary>SET_ADD: v borrowed.</summary>
    public static void SetAdd(ThreadState ts, PyValue set, PyValue v) => ((PySet)set.Obj!).Add(ts, v);

    /// <summary>SET_UPDATE.</summary>
    public static void SetUpdate(ThreadState ts, PyValue set, PyValue iterable) => SetMethods.UpdateFrom(ts, (PySet)set.Obj!, iterable);

    /// <summary>MAP_ADD: key and value borrowed.</summary>
    public static void MapAdd(ThreadState ts, PyValue dict, PyValue key, PyValue value) => ((PyDict)dict.Obj!).Set(ts, key, value);

    /// <summary>LIST_TO_TUPLE: list borrowed; a new tuple of its items.</summary>
    public static PyValue ListToTuple(ThreadState ts, PyValue list)
    {
        var items = ((PyList)list.Obj!).Items;
        return PyValue.From(PyTuple.FromBorrowed(items.ToArray()));
    }

    /// <summary>DICT_UPDATE: {**a, **b}.</summary>
    public static void DictUpdate(ThreadState ts, PyValue dict, PyValue other)
    {
        if (other.Obj is not PyDict && (other.Obj is null || other.Type.Lookup("keys") is null))
            throw PyErr.TypeError($"'{other.Type.Name}' object is not a mapping");
        DictMethods.UpdateFrom(ts, (PyDict)dict.Obj!, other);
    }

    /// <summary>DICT_MERGE: f(**a, **b), refusing repeated keywords.</summary>
    public static void DictMerge(ThreadState ts, PyValue dict, PyValue other, PyValue callable)
    {
        var d = (PyDict)dict.Obj!;
        if (other.Obj is not PyDict src)
            throw PyErr.TypeError($"{CallableName(callable)} argument after ** must be a mapping, not {other.Type.Name}");
        foreach (var (k, v) in src.Table.Entries())
        {
            if (d.TryGet(ts, k, out _))
                throw PyErr.TypeError($"{CallableName(callable)} got multiple values for keyword argument '{StrOf(ts, k)}'");
            d.Set(ts, k, v);
        }
    }

    /// <summary>BUILD_STRING: concatenates str pieces (stolen).</summary>
    public static PyValue BuildString(ReadOnlySpan<PyValue> pieces)
    {
        var sb = new StringBuilder();
        foreach (var p in pieces) { sb.Append(((PyStr)p.Obj!).Value); p.DecRef(); }
        return PyValue.Str(sb.ToString());
    }

    /// <summary>BUILD_SLICE: bounds borrowed; <paramref name="c"/> Unbound for two-argument slices.</summary>
    public static PyValue BuildSlice(ThreadState ts, PyValue a, PyValue b, PyValue c) =>
        PyValue.From(PySlice.New(a, b, c.IsUnbound ? PyValue.None : c));

    /// <summary>BUILD_SLICE with two bounds.</summary>
    public static PyValue BuildSlice(ThreadState ts, PyValue a, PyValue b) => BuildSlice(ts, a, b, PyValue.None);

    /// <summary>
    /// FORMAT_VALUE: conversionFlags 0 none, 1 str, 2 repr, 3 ascii; spec a str or Unbound. New reference.
    /// </summary>
    public static PyValue FormatValue(ThreadState ts, PyValue v, int conversionFlags, PyValue spec)
    {
        PyValue converted = v;
        bool owned = false;
        switch (conversionFlags & 3)
        {
            case 1: converted = PyValue.Str(StrOf(ts, v)); owned = true; break;
            case 2: converted = PyValue.Str(ReprOf(ts, v)); owned = true; break;
            case 3: converted = PyValue.Str(AsciiOf(ts, v)); owned = true; break;
        }
        try
        {
            string specText = spec.Obj is PyStr s ? s.Value : "";
            if (specText.Length == 0 && converted.Obj is PyStr) return converted.NewRef();
            return PyValue.Str(FormatSpec.Format(ts, converted, specText));
        }
        finally { if (owned) converted.DecRef(); }
    }

    /// <summary>ascii(v): repr with non-ASCII characters escaped.</summary>
    public static string AsciiOf(ThreadState? ts, PyValue v)
    {
        var r = ReprOf(ts, v);
        var sb = new StringBuilder();
        foreach (char c in r)
        {
            if (c < 128) sb.Append(c);
            else if (c < 256) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.ToString();
    }
}
