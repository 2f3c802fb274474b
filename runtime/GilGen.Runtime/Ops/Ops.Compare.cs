using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>COMPARE_OP: a new reference (True/False for builtin types).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Compare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (a.IsInt && b.IsInt)
        {
            return PyValue.Bool(Holds(op, a.IntValue, b.IntValue));
        }
        return CompareSlow(ts, a, b, op);
    }

    // op between two machine numbers (IEEE for doubles: every comparison with a NaN but != is false).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds<T>(CompareOp op, T x, T y) where T : System.Numerics.IComparisonOperators<T, T, bool> => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CompareSlow(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        CheckedRefCounts.CheckAlive(a, "compare");
        CheckedRefCounts.CheckAlive(b, "compare");
        if (FloatOperands.BothExact(a, b, out double fx, out double fy)) return PyValue.Bool(Holds(op, fx, fy));
        // A weak proxy compares as its referent, on either side (proxy_richcompare unwraps both operands).
        if (a.Obj is PyWeakProxy || b.Obj is PyWeakProxy) return Compare(ts, PyWeakProxy.Unwrap(a), PyWeakProxy.Unwrap(b), op);
        if (UserComparison.Involves(a, b) && UserComparison.TryCompare(ts, a, b, op) is PyValue user) return user;
        // An instance of a subclass of a builtin compares as its builtin when no Python method answered.
        if (UserComparison.Involves(a, b) && a.Obj is not ISubclassInstance && b.Obj is not ISubclassInstance)
        {
            // Both sides answered NotImplemented: == and != fall back to the objects' own equality (identity,
            // unless a type written in C# such as deque defines it), orderings to a C# type's own order, else fail.
            if (op is CompareOp.Eq or CompareOp.Ne) return PyValue.Bool(NativeEquals(ts, a, b) == (op == CompareOp.Eq));
            if (a.Obj is not null && ReferenceEquals(a.Type, b.Type) && a.Obj.CompareTo(ts, b) is int sign)
                return PyValue.Bool(op switch { CompareOp.Lt => sign < 0, CompareOp.Le => sign <= 0, CompareOp.Gt => sign > 0, _ => sign >= 0 });
            string sym = op switch { CompareOp.Lt => "<", CompareOp.Le => "<=", CompareOp.Gt => ">", _ => ">=" };
            throw PyErr.TypeError($"'{sym}' not supported between instances of '{a.Type.TpName}' and '{b.Type.TpName}'");
        }
        return PyValue.Bool(op switch
        {
            CompareOp.Eq => OperatorEquals(ts, a, b),
            CompareOp.Ne => !OperatorEquals(ts, a, b),
            _ => OrderBool(ts, a, b, op),
        });
    }

    // The == operator (PyObject_RichCompare) has no identity shortcut, unlike containers (PyObject_RichCompareBool):
    // x == x is False for a NaN, while [x] == [x] is True.
    private static bool OperatorEquals(ThreadState ts, PyValue a, PyValue b) =>
        IsNumber(a) && IsNumber(b) ? NumericCompare(a, b) == 0 : EqualsBool(ts, a, b);

    private static bool NativeEquals(ThreadState ts, PyValue a, PyValue b) =>
        ReferenceEquals(a.Obj, b.Obj) || (a.Obj?.EqualsValue(ts, b) ?? b.Obj?.EqualsValue(ts, a) ?? false);

    /// <summary>a == b as a C# bool (identity first, as PyObject_RichCompareBool).</summary>
    public static bool EqualsBool(ThreadState? ts, PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt) return a.IntValue == b.IntValue;
        if (a.Obj is not null && ReferenceEquals(a.Obj, b.Obj)) return true;
        if (IsNumber(a) && IsNumber(b)) return NumericCompare(a, b) == 0;
        if (a.Obj is not null)
        {
            var r = a.Obj.EqualsValue(ts, b);
            if (r is bool rb) return rb;
        }
        if (b.Obj is not null)
        {
            var r = b.Obj.EqualsValue(ts, a);
            if (r is bool rb) return rb;
        }
        if (ts != null && UserComparison.TryCompare(ts, a, b, CompareOp.Eq) is PyValue u)
        {
            bool t = IsTrue(ts, u);
            u.DecRef();
            return t;
        }
        return false;
    }

    /// <summary>&lt;, &lt;=, &gt;, &gt;= as a C# bool, with CPython's TypeError for unorderable operands.</summary>
    public static bool OrderBool(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        int? sign = null;
        if (IsNumber(a) && IsNumber(b))
        {
            sign = NumericCompare(a, b);
            if (sign == 2) return false; // NaN: every ordering is false
        }
        else if (a.Obj is PySet sa && b.Obj is PySet sb)
        {
            return op switch
            {
                CompareOp.Lt => sa.Count < sb.Count && sa.IsSubsetOf(sb),
                CompareOp.Le => sa.IsSubsetOf(sb),
                CompareOp.Gt => sb.Count < sa.Count && sb.IsSubsetOf(sa),
                _ => sb.IsSubsetOf(sa),
            };
        }
        else if (a.Obj is not null && (ReferenceEquals(a.Type, b.Type) || a.Obj is ISubclassInstance || b.Obj is ISubclassInstance))
        {
            // A Python subclass of a builtin (a namedtuple class with __lt__) orders by its own methods first.
            if (ts != null && (a.Obj is ISubclassInstance || b.Obj is ISubclassInstance) && UserComparison.TryCompare(ts, a, b, op) is PyValue user)
            {
                try { return IsTrue(ts, user); }
                finally { user.DecRef(); }
            }
            sign = a.Obj.CompareTo(ts, b) ?? -b.Obj?.CompareTo(ts, a);
        }
        // bytes and bytearray order against each other, as CPython's buffer comparison does.
        else if (a.Obj is PyBytes or PyByteArray && b.Obj is PyBytes or PyByteArray) sign = a.Obj.CompareTo(ts, b);
        if (sign is not int s)
        {
            if (ts != null && UserComparison.TryCompare(ts, a, b, op) is PyValue u)
            {
                bool t = IsTrue(ts, u);
                u.DecRef();
                return t;
            }
            string sym = op switch { CompareOp.Lt => "<", CompareOp.Le => "<=", CompareOp.Gt => ">", _ => ">=" };
            throw PyErr.TypeError($"'{sym}' not supported between instances of '{a.Type.TpName}' and '{b.Type.TpName}'");
        }
        return op switch
        {
            CompareOp.Lt => s < 0,
            CompareOp.Le => s <= 0,
            CompareOp.Gt => s > 0,
            _ => s >= 0,
        };
    }

    private static bool IsNumber(PyValue v) => v.IsInt || v.Obj is PyFloat || v.Obj is PyLong || v.Obj is PyBool;

    /// <summary>Sign of a - b for numbers, exact across int and float; 2 when a NaN is involved.</summary>
    private static int NumericCompare(PyValue a, PyValue b)
    {
        if (Numbers.TryInt(a, out var x) && Numbers.TryInt(b, out var y)) return x.CompareTo(y);
        double dx = a.Obj is PyFloat fa ? fa.Value : double.NaN, dy = b.Obj is PyFloat fb ? fb.Value : double.NaN;
        if (a.Obj is PyFloat && b.Obj is PyFloat) return double.IsNaN(dx) || double.IsNaN(dy) ? 2 : dx.CompareTo(dy);
        // One float, one int: compare exactly, as CPython's float_richcompare does.
        bool floatFirst = a.Obj is PyFloat;
        double f = floatFirst ? dx : dy;
        Numbers.TryInt(floatFirst ? b : a, out var n);
        if (double.IsNaN(f)) return 2;
        int sign;
        if (double.IsInfinity(f)) sign = f > 0 ? 1 : -1;
        else
        {
            double fl = Math.Floor(f);
            var fi = new System.Numerics.BigInteger(fl);
            int c = fi.CompareTo(n);
            sign = c != 0 ? c : (f > fl ? 1 : 0);
        }
        return floatFirst ? sign : -sign;
    }

    /// <summary>IS_OP: identity (inline ints compare by value, as CPython's cached small ints and constants).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(PyValue a, PyValue b) =>
        a.IsInt ? b.IsInt && a.IntValue == b.IntValue : ReferenceEquals(a.Obj, b.Obj);

    /// <summary>CONTAINS_OP: item in container.</summary>
    public static bool Contains(ThreadState ts, PyValue container, PyValue item)
    {
        if (container.Obj is null) throw PyErr.TypeError("argument of type 'int' is not iterable");
        var o = container.Obj;
        if ((o is PyList || o is PyTuple || o is PyDict || o is PySet || o is PyStr || o is PyRange || o is PyDictView || o is PyBytes || o is PyByteArray)
            && o is not ISubclassInstance)
            return o.Contains(ts, item);
        if (o.Type.Lookup("__contains__") is PyValue m && m.Obj is PyFunction)
        {
            var r = Call(ts, m, new[] { container, item }, null);
            bool t = IsTrue(ts, r);
            r.DecRef();
            return t;
        }
        if (o.Type.IsHeapType && !(o is PyBaseException) && o is not ISubclassInstance)
        {
            if (o.Type.Lookup("__iter__") is null && o.Type.Lookup("__getitem__") is null)
                throw PyErr.TypeError($"argument of type '{o.Type.Name}' is not iterable");
            var it = GetIter(ts, container);
            try
            {
                while (ForIter(ts, it, out var x))
                {
                    bool eq = EqualsBool(ts, x, item);
                    x.DecRef();
                    if (eq) return true;
                }
                return false;
            }
            finally { it.DecRef(); }
        }
        PyException notIterable;
        // Thrown after the catch, not in it (a recursion through __contains__ would keep a dispatch per level on the stack).
        try { return o.Contains(ts, item); }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && o.Type.Lookup("__iter__") is null && o.GetType() != typeof(PySequenceIterator))
        {
            e.Value.DecRef();
            notIterable = PyErr.TypeError($"argument of type '{o.Type.Name}' is not iterable");
        }
        throw notIterable;
    }
}
