namespace GilGen.Runtime;

/// <summary>
/// __iter__, __len__, __contains__ (not on dict_values, which CPython leaves to iteration too) and __getitem__ (where the
/// container is indexed) as attributes of the builtin
/// containers that no subclass can extend (range, the dict views, deque, bytearray), so that <c>hasattr(r, "__iter__")</c>
/// and <c>r.__len__()</c> work as in CPython; each calls the container's own protocol slot.
/// </summary>
public static class ContainerMethods
{
    /// <summary>Installs the container protocol's methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t, bool indexed, bool contains = true)
    {
        t.AddMethod("__iter__", (ts, a, kw) =>
        {
            new BuiltinArguments("__iter__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return a[0].Obj!.Iter(ts);
        });
        t.AddMethod("__len__", (ts, a, kw) =>
        {
            new BuiltinArguments("__len__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return PyValue.Int(a[0].Obj!.Length(ts));
        });
        if (contains)
        {
            t.AddMethod("__contains__", (ts, a, kw) =>
            {
                new BuiltinArguments("__contains__", a.Slice(1), kw).NoKeywords().Expect(1, 1);
                return PyValue.Bool(a[0].Obj!.Contains(ts, a[1]));
            });
        }
        if (!indexed) return;
        t.AddMethod("__getitem__", (ts, a, kw) =>
        {
            new BuiltinArguments("__getitem__", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            return a[0].Obj!.GetItem(ts, a[1]);
        });
    }
}
