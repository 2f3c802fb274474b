using System;

namespace GilGen.Runtime;

/// <summary>
/// list.sort and sorted() as CPython 3.12's list_sort_impl runs them, around the timsort itself
/// (<see cref="TimSort{TKey, TValue, TOrder}"/>):
/// <list type="bullet">
/// <item>the list is empty while it is sorted (its items are taken out), so <c>len</c> from a key function or an
/// <c>__lt__</c> is 0; a list that grew meanwhile raises <c>ValueError: list modified during sort</c> after the sort,
/// and what it grew by is released;</item>
/// <item>the key function is called once per item, first to last, before any comparison; if it raises, the keys made
/// so far are released, last first, and the list is left as it was;</item>
/// <item>reverse=True reverses the items, sorts, and reverses them back, which keeps equal items in their order;</item>
/// <item>a comparison that raises leaves the list holding all its items, in the order the sort had reached (reversed
/// back for reverse=True), as CPython does.</item>
/// </list>
/// </summary>
public static class ListSort
{
    /// <summary>Sorts the list whose storage is <paramref name="list"/>, by <paramref name="key"/> (null: the items themselves).</summary>
    public static void Sort(ThreadState ts, PyValueList list, PyValue? key, bool reverse)
    {
        var items = list.TakeForSort(out int n);
        bool keysMade = false, modified = false;
        try
        {
            var keys = key is PyValue keyFunction ? MakeKeys(ts, keyFunction, items, n) : null;
            keysMade = true;
            try
            {
                if (n > 1)
                {
                    if (reverse)
                    {
                        if (keys is not null) Array.Reverse(keys, 0, n);
                        Array.Reverse(items, 0, n);
                    }
                    if (keys is null) SortOrderChoice.Sort(ts, items, null, n);
                    else SortOrderChoice.Sort(ts, keys, items, n);
                }
            }
            finally
            {
                // In the keys' final order, as CPython releases them.
                if (keys is not null) for (int i = 0; i < n; i++) keys[i].DecRef();
            }
            modified = list.GrewSinceTakenForSort;
        }
        finally
        {
            if (keysMade && reverse && n > 1) Array.Reverse(items, 0, n);
            var stray = list.PutBackAfterSort(items, n);
            for (int i = stray.Length - 1; i >= 0; i--) stray[i].DecRef();
        }
        if (modified) throw PyErr.ValueError("list modified during sort");
    }

    // key(item) for every item, first to last. If one raises, the keys made so far are released, the last first.
    private static PyValue[] MakeKeys(ThreadState ts, PyValue keyFunction, PyValue[] items, int n)
    {
        var keys = n == 0 ? Array.Empty<PyValue>() : new PyValue[n];
        int made = 0;
        try
        {
            for (; made < n; made++) keys[made] = Ops.Call(ts, keyFunction, items.AsSpan(made, 1), null);
        }
        finally
        {
            // Not a catch that throws again: that is a second exception dispatch on the stack for every level of a
            // recursion through key functions, which overflows a stack the recursion limit would have protected.
            if (made < n) for (int i = made - 1; i >= 0; i--) keys[i].DecRef();
        }
        return keys;
    }
}
