using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Lexicographic ordering of lists and tuples, item by item as CPython compares them.</summary>
public static class SequenceCompare
{
    /// <summary>The sign of a compared with b.</summary>
    public static int Compare(ThreadState? ts, IReadOnlyList<PyValue> a, IReadOnlyList<PyValue> b)
    {
        using var level = RecursionLevel.Enter(ts, " in comparison");
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            if (Ops.EqualsBool(ts, a[i], b[i])) continue;
            return Ops.OrderBool(ts!, a[i], b[i], CompareOp.Lt) ? -1 : 1;
        }
        return a.Count.CompareTo(b.Count);
    }
}
