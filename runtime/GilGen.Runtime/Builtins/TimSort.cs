using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// CPython 3.12's list sort (Objects/listobject.c, described in Objects/listsort.txt): natural runs found left to
/// right (a strictly descending one reversed in place), runs shorter than minrun extended by binary insertion,
/// runs merged by powersort's policy, merges that gallop once one side wins min_gallop times in a row. Every
/// comparison is asked in the order CPython asks it, so a key whose <c>__lt__</c> counts or prints its calls sees
/// the same calls, and an order that is not consistent (a NaN, a lying <c>__lt__</c>) leaves the same permutation.
/// </summary>
/// <remarks>
/// <para>
/// The keys are sorted in place, and the values (the list's items, when the keys are separate: made by a key
/// function, or the machine values of int, float and str keys) are moved with them. The merge buffer is one array per sort, grown as merges need it, never one per level.
/// </para>
/// <para>
/// A comparison may raise. Then, as CPython's merge_lo and merge_hi do, the part of a run held in the merge buffer
/// is copied back before the exception goes on, so the keys (and values) are still a permutation of the input:
/// nothing lost, nothing twice.
/// </para>
/// </remarks>
internal struct TimSort<TKey, TValue, TOrder> where TOrder : struct, ISortOrder<TKey>
{
    // The start value of min_gallop, and the run of wins that keeps a merge galloping.
    private const int MinGallop = 7;
    // The most runs pending at once: powersort keeps the stack at most about log2(n) deep.
    private const int MaxPending = 64;

    private readonly TKey[] _keys;
    private readonly TValue[]? _values;
    private readonly int _length;
    private TOrder _order;
    private int _minGallop;
    // The merge buffer (keys, and values when there are separate values): half the list at most.
    private TKey[] _tempKeys;
    private TValue[]? _tempValues;
    private PendingRuns _pending;
    private int _pendingCount;

    /// <summary>A sort of <paramref name="keys"/>[0..<paramref name="length"/>), moving <paramref name="values"/> (when not null) with them.</summary>
    public TimSort(TKey[] keys, TValue[]? values, int length, TOrder order)
    {
        _keys = keys;
        _values = values;
        _length = length;
        _order = order;
        _minGallop = MinGallop;
        _tempKeys = Array.Empty<TKey>();
        _tempValues = values is null ? null : Array.Empty<TValue>();
        _pendingCount = 0;
    }

    /// <summary>Sorts; an exception from a comparison leaves the keys and values a permutation of the input.</summary>
    public void Run()
    {
        int remaining = _length;
        if (remaining < 2) return;
        int minRun = MinRunFor(remaining);
        int lo = 0;
        do
        {
            int n = CountRun(lo, lo + remaining, out bool descending);
            if (descending) ReverseRange(lo, n);
            if (n < minRun)
            {
                int force = remaining <= minRun ? remaining : minRun;
                BinarySort(lo, lo + force, lo + n);
                n = force;
            }
            FoundNewRun(n);
            _pending[_pendingCount++] = new PendingRun(lo, n, 0);
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        ForceCollapse();
    }

    // Natural runs shorter than this are extended by binary insertion: n itself below 64, else a number from 32 to 64
    // such that n divided by it is a power of 2 or just under one.
    private static int MinRunFor(int n)
    {
        int r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Less(TKey a, TKey b) => _order.Less(a, b);

    private void ReverseRange(int lo, int n)
    {
        Array.Reverse(_keys, lo, n);
        if (_values is not null) Array.Reverse(_values, lo, n);
    }

    // The length of the run starting at lo (hi bounds it): non-descending (a[0] <= a[1] <= ...), or strictly
    // descending (a[0] > a[1] > ...), which is the only kind that can be reversed without breaking stability.
    private int CountRun(int lo, int hi, out bool descending)
    {
        var keys = _keys;
        descending = false;
        int i = lo + 1;
        if (i == hi) return 1;
        int n = 2;
        if (Less(keys[i], keys[i - 1]))
        {
            descending = true;
            for (i++; i < hi; i++, n++)
                if (!Less(keys[i], keys[i - 1])) break;
        }
        else
        {
            for (i++; i < hi; i++, n++)
                if (Less(keys[i], keys[i - 1])) break;
        }
        return n;
    }

    // Binary insertion of [start, hi) into the sorted [lo, start). An equal item goes after those already placed
    // (the search only moves left when the pivot is strictly less), which keeps the sort stable.
    private void BinarySort(int lo, int hi, int start)
    {
        var keys = _keys;
        var values = _values;
        if (lo == start) start++;
        for (; start < hi; start++)
        {
            int l = lo, r = start;
            var pivot = keys[r];
            do
            {
                int p = l + ((r - l) >> 1);
                if (Less(pivot, keys[p])) r = p;
                else l = p + 1;
            } while (l < r);
            // Nothing moves until the place is known: a comparison that raises leaves the slice as it was.
            Array.Copy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values is not null)
            {
                var v = values[start];
                Array.Copy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    // The place of key in the sorted a[at..at+n): the k with a[k-1] < key <= a[k] (before any equal items), searched
    // from a[at+hint] outward by steps 1, 3, 7, 15, ..., then by bisection.
    private int GallopLeft(TKey key, TKey[] a, int at, int n, int hint)
    {
        int lastOfs = 0, ofs = 1;
        if (Less(a[at + hint], key))
        {
            // a[hint] < key: gallop right until a[hint + lastOfs] < key <= a[hint + ofs].
            int maxOfs = n - hint;
            while (ofs < maxOfs)
            {
                if (!Less(a[at + hint + ofs], key)) break;
                lastOfs = ofs;
                ofs = NextOffset(ofs, maxOfs);
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        else
        {
            // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastOfs].
            int maxOfs = hint + 1;
            while (ofs < maxOfs)
            {
                if (Less(a[at + hint - ofs], key)) break;
                lastOfs = ofs;
                ofs = NextOffset(ofs, maxOfs);
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        // Now a[lastOfs] < key <= a[ofs]: bisect between them.
        lastOfs++;
        while (lastOfs < ofs)
        {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (Less(a[at + m], key)) lastOfs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    // As GallopLeft, but after any items equal to key: the k with a[k-1] <= key < a[k].
    private int GallopRight(TKey key, TKey[] a, int at, int n, int hint)
    {
        int lastOfs = 0, ofs = 1;
        if (Less(key, a[at + hint]))
        {
            // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastOfs].
            int maxOfs = hint + 1;
            while (ofs < maxOfs)
            {
                if (!Less(key, a[at + hint - ofs])) break;
                lastOfs = ofs;
                ofs = NextOffset(ofs, maxOfs);
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        else
        {
            // a[hint] <= key: gallop right until a[hint + lastOfs] <= key < a[hint + ofs].
            int maxOfs = n - hint;
            while (ofs < maxOfs)
            {
                if (Less(key, a[at + hint + ofs])) break;
                lastOfs = ofs;
                ofs = NextOffset(ofs, maxOfs);
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs)
        {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (Less(key, a[at + m])) ofs = m;
            else lastOfs = m + 1;
        }
        return ofs;
    }

    // 2*ofs + 1, held at maxOfs where that would overflow an int (the gallop stops there either way).
    private static int NextOffset(int ofs, int maxOfs) => ofs > (int.MaxValue - 1) / 2 ? maxOfs : (ofs << 1) + 1;

    private void EnsureTemp(int need)
    {
        if (need <= _tempKeys.Length) return;
        // Doubling keeps the number of buffers logarithmic; no merge needs more than half the list. The buffers come
        // from the shared pool: a big sort's would otherwise be new large-object-heap arrays, which bring on full
        // collections.
        int size = Math.Min(Math.Max(need, 2 * _tempKeys.Length), Math.Max(need, (_length + 1) / 2));
        ReturnBuffers();
        _tempKeys = ArrayPool<TKey>.Shared.Rent(size);
        if (_values is not null) _tempValues = ArrayPool<TValue>.Shared.Rent(size);
    }

    /// <summary>Gives the merge buffers back to the pool (cleared when they hold references); call once the sort is over, even when it raised.</summary>
    public void ReturnBuffers()
    {
        if (_tempKeys.Length != 0) ArrayPool<TKey>.Shared.Return(_tempKeys, RuntimeHelpers.IsReferenceOrContainsReferences<TKey>());
        if (_tempValues is { Length: > 0 }) ArrayPool<TValue>.Shared.Return(_tempValues, RuntimeHelpers.IsReferenceOrContainsReferences<TValue>());
        _tempKeys = Array.Empty<TKey>();
        if (_tempValues is not null) _tempValues = Array.Empty<TValue>();
    }

    // One key (and its value) from src[from] of the given arrays into the list at to.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Put(int to, TKey[] srcKeys, TValue[]? srcValues, int from)
    {
        _keys[to] = srcKeys[from];
        if (_values is not null) _values[to] = srcValues![from];
    }

    // n keys (and values) from src[from..] into the list at to (overlap allowed).
    private void PutRange(int to, TKey[] srcKeys, TValue[]? srcValues, int from, int n)
    {
        Array.Copy(srcKeys, from, _keys, to, n);
        if (_values is not null) Array.Copy(srcValues!, from, _values, to, n);
    }

    // What is left of a run when a comparison raises, put back into the list (PutRange): false, so that the exception
    // filter it is called from lets the exception go on.
    private bool PutBack(int to, TKey[] srcKeys, TValue[]? srcValues, int from, int n)
    {
        if (n != 0) PutRange(to, srcKeys, srcValues, from, n);
        return false;
    }

    // Merges the runs [pa, pa+na) and [pb = pa+na, pb+nb) in place, na <= nb, with the first run in the buffer.
    // The first run's first item is known to go after the second run's first, and its last to go last.
    private void MergeLo(int pa, int na, int pb, int nb)
    {
        var keys = _keys;
        var values = _values;
        EnsureTemp(na);
        var tk = _tempKeys;
        var tv = _tempValues;
        Array.Copy(keys, pa, tk, 0, na);
        if (values is not null) Array.Copy(values, pa, tv!, 0, na);
        int dest = pa, a = 0, b = pb;
        Put(dest++, keys, values, b++);
        nb--;
        if (nb == 0) goto Succeed;
        if (na == 1) goto CopyB;
        int minGallop = _minGallop;
        try
        {
            for (;;)
            {
                int aCount = 0, bCount = 0; // wins in a row of each run
                // One at a time, until one run wins min_gallop times in a row.
                for (;;)
                {
                    if (Less(keys[b], tk[a]))
                    {
                        Put(dest++, keys, values, b++);
                        bCount++;
                        aCount = 0;
                        nb--;
                        if (nb == 0) goto Succeed;
                        if (bCount >= minGallop) break;
                    }
                    else
                    {
                        Put(dest++, tk, tv, a++);
                        aCount++;
                        bCount = 0;
                        na--;
                        if (na == 1) goto CopyB;
                        if (aCount >= minGallop) break;
                    }
                }
                // Galloping: whole stretches at a time, while either run keeps winning by MinGallop or more.
                minGallop++;
                do
                {
                    if (minGallop > 1) minGallop--;
                    _minGallop = minGallop;
                    int k = GallopRight(keys[b], tk, a, na, 0);
                    aCount = k;
                    if (k != 0)
                    {
                        PutRange(dest, tk, tv, a, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) goto CopyB;
                        // Only an inconsistent order gets here: the last of the first run always goes last.
                        if (na == 0) goto Succeed;
                    }
                    Put(dest++, keys, values, b++);
                    nb--;
                    if (nb == 0) goto Succeed;

                    k = GallopLeft(tk[a], keys, b, nb, 0);
                    bCount = k;
                    if (k != 0)
                    {
                        PutRange(dest, keys, values, b, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) goto Succeed;
                    }
                    Put(dest++, tk, tv, a++);
                    na--;
                    if (na == 1) goto CopyB;
                } while (aCount >= MinGallop || bCount >= MinGallop);
                minGallop++; // leaving galloping mode costs: it is entered less readily next time
                _minGallop = minGallop;
            }
        }
        // A filter, not a catch that throws again (a second exception dispatch on the stack for every level of a
        // recursion through comparisons): the rest of the first run goes back into the gap between the merged part and
        // the second run while the exception passes.
        catch when (PutBack(dest, tk, tv, a, na))
        {
        }
    Succeed:
        if (na != 0) PutRange(dest, tk, tv, a, na);
        return;
    CopyB:
        // The first run's last item goes after all that is left of the second run.
        PutRange(dest, keys, values, b, nb);
        Put(dest + nb, tk, tv, a);
    }

    // Merges the runs [pa, pa+na) and [pb = pa+na, pb+nb) in place, na >= nb, from the right, with the second run in
    // the buffer.
    private void MergeHi(int pa, int na, int pb, int nb)
    {
        var keys = _keys;
        var values = _values;
        EnsureTemp(nb);
        var tk = _tempKeys;
        var tv = _tempValues;
        Array.Copy(keys, pb, tk, 0, nb);
        if (values is not null) Array.Copy(values, pb, tv!, 0, nb);
        int dest = pb + nb - 1, a = pa + na - 1, b = nb - 1;
        int baseA = pa;
        Put(dest--, keys, values, a--);
        na--;
        if (na == 0) goto Succeed;
        if (nb == 1) goto CopyA;
        int minGallop = _minGallop;
        try
        {
            for (;;)
            {
                int aCount = 0, bCount = 0;
                for (;;)
                {
                    if (Less(tk[b], keys[a]))
                    {
                        Put(dest--, keys, values, a--);
                        aCount++;
                        bCount = 0;
                        na--;
                        if (na == 0) goto Succeed;
                        if (aCount >= minGallop) break;
                    }
                    else
                    {
                        Put(dest--, tk, tv, b--);
                        bCount++;
                        aCount = 0;
                        nb--;
                        if (nb == 1) goto CopyA;
                        if (bCount >= minGallop) break;
                    }
                }
                minGallop++;
                do
                {
                    if (minGallop > 1) minGallop--;
                    _minGallop = minGallop;
                    int k = GallopRight(tk[b], keys, baseA, na, na - 1);
                    k = na - k;
                    aCount = k;
                    if (k != 0)
                    {
                        dest -= k;
                        a -= k;
                        PutRange(dest + 1, keys, values, a + 1, k);
                        na -= k;
                        if (na == 0) goto Succeed;
                    }
                    Put(dest--, tk, tv, b--);
                    nb--;
                    if (nb == 1) goto CopyA;

                    k = GallopLeft(keys[a], tk, 0, nb, nb - 1);
                    k = nb - k;
                    bCount = k;
                    if (k != 0)
                    {
                        dest -= k;
                        b -= k;
                        PutRange(dest + 1, tk, tv, b + 1, k);
                        nb -= k;
                        if (nb == 1) goto CopyA;
                        // Only an inconsistent order gets here: the first of the second run always goes first.
                        if (nb == 0) goto Succeed;
                    }
                    Put(dest--, keys, values, a--);
                    na--;
                    if (na == 0) goto Succeed;
                } while (aCount >= MinGallop || bCount >= MinGallop);
                minGallop++;
                _minGallop = minGallop;
            }
        }
        // As in MergeLo: the rest of the second run (the buffer's front) goes back into the gap before the merged part.
        catch when (PutBack(dest - (nb - 1), tk, tv, 0, nb))
        {
        }
    Succeed:
        if (nb != 0) PutRange(dest - (nb - 1), tk, tv, 0, nb);
        return;
    CopyA:
        // The second run's first item goes before all that is left of the first run.
        dest -= na;
        a -= na;
        PutRange(dest + 1, keys, values, a + 1, na);
        Put(dest, tk, tv, b);
    }

    // Merges the pending runs i and i+1 (i is the second or third from the top).
    private void MergeAt(int i)
    {
        int pa = _pending[i].Base, na = _pending[i].Length;
        int pb = _pending[i + 1].Base, nb = _pending[i + 1].Length;
        _pending[i].Length = na + nb;
        if (i == _pendingCount - 3) _pending[i + 1] = _pending[i + 2];
        _pendingCount--;
        // The first run's items that go before the second run's first are already in place.
        int k = GallopRight(_keys[pb], _keys, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) return;
        // So are the second run's items that go after the first run's last.
        nb = GallopLeft(_keys[pa + na - 1], _keys, pb, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) MergeLo(pa, na, pb, nb);
        else MergeHi(pa, na, pb, nb);
    }

    // Powersort: a run's power is the depth, in a binary tree over the list's positions, at which the midpoints of
    // it and of the run after it first fall on different sides. Computed on doubled midpoints (2*s1 + n1 and
    // 2*s1 + 2*n1 + n2) so that everything stays integral.
    private static int PowerOf(long s1, long n1, long n2, long n)
    {
        int result = 0;
        long a = 2 * s1 + n1, b = a + n1 + n2;
        for (;;)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n) break;
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    // A new run of length n2 follows the top of the stack: merge the runs below the top whose power exceeds the
    // top's, then give the top its power. The caller pushes the new run.
    private void FoundNewRun(int n2)
    {
        if (_pendingCount == 0) return;
        var top = _pending[_pendingCount - 1];
        int power = PowerOf(top.Base, top.Length, n2, _length);
        while (_pendingCount > 1 && _pending[_pendingCount - 2].Power > power) MergeAt(_pendingCount - 2);
        _pending[_pendingCount - 1].Power = power;
    }

    // At the end, merge what is pending, the smaller neighbour first.
    private void ForceCollapse()
    {
        while (_pendingCount > 1)
        {
            int n = _pendingCount - 2;
            if (n > 0 && _pending[n - 1].Length < _pending[n + 1].Length) n--;
            MergeAt(n);
        }
    }

    private struct PendingRun
    {
        public int Base;
        public int Length;
        public int Power;

        public PendingRun(int start, int length, int power)
        {
            Base = start;
            Length = length;
            Power = power;
        }
    }

    [InlineArray(MaxPending)]
    private struct PendingRuns
    {
        private PendingRun _element0;
    }
}
