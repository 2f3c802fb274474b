using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>+, * and friends on str, list, tuple, set and dict; str % args.</summary>
public static class SequenceArithmetic
{
    /// <summary>The result, or null when these operand types do not support <paramref name="op"/>.</summary>
    public static PyValue? TryBinary(ThreadState ts, PyValue a, PyValue b, BinaryOp op, bool inplace)
    {
        switch (op)
        {
            case BinaryOp.Add:
                if (a.Obj is PyStr sa && b.Obj is PyStr sb) return PyValue.Str(string.Concat(sa.Value, sb.Value));
                if (a.Obj is PyBytes or PyByteArray) return ConcatBytes(a, b, inplace);
                if (a.Obj is PyList la)
                {
                    if (inplace) { ListMethods.ExtendFrom(ts, la, b); return a.NewRef(); }
                    if (b.Obj is PyList lb)
                    {
                        var items = new PyValueList(la.Items.Count + lb.Items.Count);
                        foreach (var v in la.Items) items.Add(v.NewRef());
                        foreach (var v in lb.Items) items.Add(v.NewRef());
                        return PyValue.From(new PyList(items));
                    }
                }
                if (a.Obj is PyTuple ta && b.Obj is PyTuple tb)
                {
                    var arr = new PyValue[ta.Items.Length + tb.Items.Length];
                    ta.Items.CopyTo(arr, 0); tb.Items.CopyTo(arr, ta.Items.Length);
                    foreach (var v in arr) v.IncRef();
                    return PyValue.From(new PyTuple(arr));
                }
                return null;
            case BinaryOp.Mul:
                if (Numbers.TryLong(b, out long n) && IsRepeatable(a)) return Repeat(ts, a, n, inplace);
                if (Numbers.TryLong(a, out long m) && IsRepeatable(b)) return Repeat(ts, b, m, false);
                return null;
            case BinaryOp.Mod:
                if (a.Obj is PyStr fmt) return PyValue.Str(PercentFormatter.Format(ts, fmt.Value, b));
                if (a.Obj is PyBytes bfmt) return PyBytes.From(PercentFormatter.FormatBytes(ts, bfmt.Data, b));
                return null;
            case BinaryOp.Or: case BinaryOp.And: case BinaryOp.Sub: case BinaryOp.Xor:
                if (a.Obj is PySet x && b.Obj is PySet y) return SetMethods.Operator(ts, x, y, op, inplace);
                if (op == BinaryOp.Or && (a.Obj is PyMappingProxy || b.Obj is PyMappingProxy)) return PyMappingProxy.Or(ts, a, b, inplace);
                if (op == BinaryOp.Or && a.Obj is PyDict da && b.Obj is PyDict db)
                {
                    if (inplace) { DictMethods.UpdateFrom(ts, da, b); return a.NewRef(); }
                    var d = DictMethods.CopyOf(ts, da);
                    DictMethods.UpdateFrom(ts, d, b);
                    return PyValue.From(d);
                }
                return null;
        }
        return null;
    }

    private static bool IsRepeatable(PyValue v) => v.Obj is PyStr || v.Obj is PyList || v.Obj is PyTuple || v.Obj is PyBytes || v.Obj is PyByteArray;

    /// <summary>bytes + bytes-like (the left operand's type); bytearray += extends in place.</summary>
    private static PyValue? ConcatBytes(PyValue a, PyValue b, bool inplace)
    {
        if (!BytesMethods.TryGetBytes(b, out var right))
        {
            if (b.Obj is null || b.Obj is PyStr || b.Obj is PyList || b.Obj is PyTuple || b.Obj is PyFloat || b.Obj is PyBool || b.Obj is PyNone)
                throw PyErr.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            return null;
        }
        if (a.Obj is PyByteArray ba)
        {
            if (inplace) { ba.Data.AddRange(right); return a.NewRef(); }
            var list = new List<byte>(ba.Data);
            list.AddRange(right);
            return PyValue.From(new PyByteArray(list));
        }
        var left = ((PyBytes)a.Obj!).Data;
        var r = new byte[left.Length + right.Length];
        left.CopyTo(r, 0);
        right.CopyTo(r, left.Length);
        return PyBytes.From(r);
    }

    private static PyValue Repeat(ThreadState ts, PyValue seq, long n, bool inplace)
    {
        if (n < 0) n = 0;
        switch (seq.Obj)
        {
            case PyStr s:
                if (s.Value.Length * n > int.MaxValue) throw PyErr.New(ExceptionTypes.MemoryError);
                return PyValue.Str(new System.Text.StringBuilder().Insert(0, s.Value, (int)n).ToString());
            case PyList l:
            {
                var items = new PyValueList();
                for (long i = 0; i < n; i++) foreach (var v in l.Items) items.Add(v.NewRef());
                if (inplace)
                {
                    foreach (var v in l.Items) v.DecRef();
                    l.Items.Clear();
                    l.Items.AddRange(items);
                    return seq.NewRef();
                }
                return PyValue.From(new PyList(items));
            }
            case PyBytes bytes:
            {
                var r = new byte[bytes.Data.Length * n];
                for (long i = 0; i < n; i++) bytes.Data.CopyTo(r, i * bytes.Data.Length);
                return PyBytes.From(r);
            }
            case PyByteArray array:
            {
                var r = new List<byte>();
                for (long i = 0; i < n; i++) r.AddRange(array.Data);
                if (inplace) { array.Data.Clear(); array.Data.AddRange(r); return seq.NewRef(); }
                return PyValue.From(new PyByteArray(r));
            }
            case PyTuple t:
            {
                var items = new PyValueList();
                for (long i = 0; i < n; i++) foreach (var v in t.Items) items.Add(v.NewRef());
                return PyValue.From(items.Count == 0 ? PyTuple.Empty : new PyTuple(items.ToArray()));
            }
        }
        throw PyErr.TypeError($"can't multiply sequence by non-int of type '{seq.Type.Name}'");
    }
}
