using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// reversed() of the builtin containers that have a <c>__reversed__</c> of their own in CPython (list, range, dict and
/// its views), and that method: lazy iterators with CPython's class names. A list's reads the live list from its end,
/// and stops for good once the list is shorter than its position (listreviter_next); a range's is the range iterator
/// of the reversed range; a dict's walks the table backwards and raises if the dict changes size meanwhile.
/// </summary>
public static class ReverseIteration
{
#pragma warning disable CS1591
    public static readonly PyType ListReverseIterator = new("list_reverseiterator", PyType.Object) { IsBaseType = false };
    public static readonly PyType DictReverseKeyIterator = new("dict_reversekeyiterator", PyType.Object) { IsBaseType = false };
    public static readonly PyType DictReverseValueIterator = new("dict_reversevalueiterator", PyType.Object) { IsBaseType = false };
    public static readonly PyType DictReverseItemIterator = new("dict_reverseitemiterator", PyType.Object) { IsBaseType = false };
#pragma warning restore CS1591

    /// <summary>Adds <c>__reversed__</c> to list, range, dict and the dict views, and the iterators' own methods.</summary>
    internal static void Install()
    {
        foreach (var t in new[] { PyType.List, PyType.Range, PyType.Dict_, PyType.DictKeys, PyType.DictValues, PyType.DictItems })
        {
            t.AddMethod("__reversed__", (ts, a, kw) =>
            {
                new BuiltinArguments("__reversed__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
                // The method descriptor has checked that self is one of these types (with CPython's message), so Of knows it.
                return Of(a[0])!.Value;
            });
        }
        foreach (var iterator in new[] { ListReverseIterator, DictReverseKeyIterator, DictReverseValueIterator, DictReverseItemIterator })
            IteratorMethods.Install(iterator);
    }

    /// <summary>The reverse iterator of a list, range, dict or dict view (new reference), or null for any other object.</summary>
    internal static PyValue? Of(PyValue seq)
    {
        switch (seq.Obj)
        {
            case PyList list:
                return OfList(seq, list);
            case PyRange r:
                // The last item, then back by the step: unchecked, since a range of one item may have any step.
                return PyValue.From(new PyRangeIterator(unchecked(r.Start + (r.Count - 1) * r.Step), unchecked(-r.Step), r.Count));
            case PyDict d:
                return PyValue.From(new PyTableIterator(d, d.Table, PyTableIterator.Kind.Keys, DictReverseKeyIterator, backwards: true));
            case PyDictView v:
                var (kind, type) = v.Kind switch
                {
                    PyTableIterator.Kind.Keys => (PyTableIterator.Kind.Keys, DictReverseKeyIterator),
                    PyTableIterator.Kind.Values => (PyTableIterator.Kind.Values, DictReverseValueIterator),
                    _ => (PyTableIterator.Kind.Items, DictReverseItemIterator),
                };
                return PyValue.From(new PyTableIterator(v.Dict, v.Dict.Table, kind, type, backwards: true));
            default:
                return null;
        }
    }

    // A method of its own: the lambda's capture of the list would otherwise be allocated on every call of Of.
    private static PyValue OfList(PyValue seq, PyList list)
    {
        seq.IncRef();
        return PyValue.From(new PyNativeIterator(ListReverseIterator, new[] { seq }, _ => FromTheEnd(list)));
    }

    private static IEnumerable<PyValue> FromTheEnd(PyList list)
    {
        for (int i = ItemCount(list) - 1; i >= 0; i--)
        {
            PyValue item;
            // Without a GIL the item is read and counted under the list's lock (FreeThreading).
            using (FreeThreading.Lock(list))
            {
                if (i >= list.Items.Count) yield break;
                item = list.Items[i].NewRef();
            }
            yield return item;
        }
    }

    private static int ItemCount(PyList list)
    {
        using (FreeThreading.Lock(list)) return list.Items.Count;
    }
}
