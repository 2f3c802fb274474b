namespace GilGen.Runtime;

/// <summary>__iter__ and __next__ as attributes of the builtin iterator types, so it.__next__() works as in CPython.</summary>
public static class IteratorMethods
{
    /// <summary>Installs the iterator protocol's methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("__iter__", (ts, a, kw) =>
        {
            new BuiltinArguments("__iter__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return a[0].NewRef();
        });
        t.AddMethod("__next__", (ts, a, kw) =>
        {
            new BuiltinArguments("__next__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            if (Ops.ForIter(ts, a[0], out var next)) return next;
            throw PyErr.StopIteration();
        });
    }
}
