namespace GilGen.Runtime;

/// <summary>
/// dict's <c>|</c> operator methods as CPython's slot wrappers (<c>dict.__or__</c>, <c>__ror__</c>, <c>__ior__</c>,
/// PEP 584) and its <c>__sizeof__</c>. <c>__or__</c> and <c>__ror__</c> take only dicts (NotImplemented otherwise) and
/// give a plain dict; <c>__ior__</c> takes what <c>dict.update</c> takes and returns self.
/// </summary>
internal static class DictSlotMethods
{
    private static PyValue NotImplemented => PyValue.From(PyNotImplemented.Instance);

    /// <summary>Installs them on dict.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("__or__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__or__", a, kw);
            return a[1].Obj is PyDict ? Union(ts, (PyDict)a[0].Obj!, a[1]) : NotImplemented;
        });
        t.AddMethod("__ror__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__ror__", a, kw);
            return a[1].Obj is PyDict other ? Union(ts, other, a[0]) : NotImplemented;
        });
        t.AddMethod("__ior__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__ior__", a, kw);
            DictMethods.UpdateFrom(ts, (PyDict)a[0].Obj!, a[1]);
            return a[0].NewRef();
        });
        SequenceSlotMethods.InstallSizeOf(t);
    }

    // A copy of left (a plain dict) updated from right.
    private static PyValue Union(ThreadState ts, PyDict left, PyValue right)
    {
        var d = DictMethods.CopyOf(ts, left);
        bool updated = false;
        // A finally, not a catch that throws again (a second exception dispatch per level of a recursion).
        try { DictMethods.UpdateFrom(ts, d, right); updated = true; }
        finally { if (!updated) PyValue.From(d).DecRef(); }
        return PyValue.From(d);
    }
}
