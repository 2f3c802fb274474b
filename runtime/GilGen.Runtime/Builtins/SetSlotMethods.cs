using System;

namespace GilGen.Runtime;

/// <summary>
/// set's and frozenset's operator and comparison methods as CPython's slot wrappers (<c>set.__or__</c>,
/// <c>frozenset.__rsub__</c>, <c>set.__ixor__</c>, <c>set.__le__</c>), and their <c>__reduce__</c>. An operand that is
/// not a set or frozenset gets NotImplemented, as CPython's set_or and set_richcompare give it; the work is done on the
/// sets' tables, never through the operators (a subclass's override would be found again).
/// </summary>
internal static class SetSlotMethods
{
    private static PyValue NotImplemented => PyValue.From(PyNotImplemented.Instance);

    private static readonly (string Name, BinaryOp Op)[] Operators =
        { ("or", BinaryOp.Or), ("and", BinaryOp.And), ("sub", BinaryOp.Sub), ("xor", BinaryOp.Xor) };

    /// <summary>Installs them on set (<paramref name="mutable"/>, with the in-place forms) or frozenset.</summary>
    public static void Install(PyType t, bool mutable)
    {
        foreach (var (n, op) in Operators)
        {
            string forward = $"__{n}__", reflected = $"__r{n}__", inplace = $"__i{n}__";
            t.AddMethod(forward, (ts, a, kw) =>
            {
                SlotWrapperArguments.Binary(forward, a, kw);
                return a[1].Obj is PySet other ? SetMethods.Operator(ts, (PySet)a[0].Obj!, other, op, false) : NotImplemented;
            });
            // The slot with the operands swapped: the result is the left operand's kind.
            t.AddMethod(reflected, (ts, a, kw) =>
            {
                SlotWrapperArguments.Binary(reflected, a, kw);
                return a[1].Obj is PySet other ? SetMethods.Operator(ts, other, (PySet)a[0].Obj!, op, false) : NotImplemented;
            });
            if (!mutable) continue;
            t.AddMethod(inplace, (ts, a, kw) =>
            {
                SlotWrapperArguments.Binary(inplace, a, kw);
                return a[1].Obj is PySet other ? SetMethods.Operator(ts, (PySet)a[0].Obj!, other, op, true) : NotImplemented;
            });
        }
        foreach (var (name, compare) in new (string, Func<ThreadState, PySet, PySet, bool>)[]
                 {
                     ("__lt__", (ts, x, y) => x.Count < y.Count && IsSubset(ts, x, y)),
                     ("__le__", (ts, x, y) => x.Count <= y.Count && IsSubset(ts, x, y)),
                     ("__gt__", (ts, x, y) => x.Count > y.Count && IsSubset(ts, y, x)),
                     ("__ge__", (ts, x, y) => x.Count >= y.Count && IsSubset(ts, y, x)),
                 })
        {
            t.AddMethod(name, (ts, a, kw) =>
            {
                SlotWrapperArguments.Binary(name, a, kw);
                return a[1].Obj is PySet other ? PyValue.Bool(compare(ts, (PySet)a[0].Obj!, other)) : NotImplemented;
            });
        }
        // set_reduce: (type(self), (list(self),), self.__dict__ or None).
        t.AddMethod("__reduce__", (ts, a, kw) =>
        {
            new BuiltinArguments("__reduce__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            var set = (PySet)a[0].Obj!;
            var items = new PyList();
            foreach (var k in set.Items()) items.Items.Add(k.NewRef());
            var args = PyValue.From(new PyTuple(new[] { PyValue.From(items) }));
            return PyValue.From(new PyTuple(new[] { PyValue.From(a[0].Type).NewRef(), args, ObjectReduction.InstanceDictOrNone(ts, a[0]) }));
        });
        SequenceSlotMethods.InstallSizeOf(t);
    }

    private static bool IsSubset(ThreadState ts, PySet x, PySet y)
    {
        foreach (var k in x.Items())
            if (!y.Contains(ts, k)) return false;
        return true;
    }
}
