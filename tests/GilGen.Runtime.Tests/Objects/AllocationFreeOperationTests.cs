using System;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

/// <summary>
/// Operations that CPython makes without allocating (or from a free list) allocate nothing on the managed heap here
/// either, once warm: measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/> around many repetitions.
/// </summary>
public class AllocationFreeOperationTests
{
    private const int Rounds = 2000;

    // Bytes allocated by `Rounds` runs of `operation`, after a warm-up run (JIT and first-use allocations).
    private static long AllocatedBy(Action operation)
    {
        for (int i = 0; i < 50; i++) operation();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Rounds; i++) operation();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static PyValue ListOf(params long[] items)
    {
        var values = new PyValue[items.Length];
        for (int i = 0; i < items.Length; i++) values[i] = PyValue.Int(items[i]);
        return PyValue.From(PyList.FromBorrowed(values));
    }

    [Fact]
    public void ListItemAssignmentAndSubscriptsOfSequences()
    {
        using var s = new InterpreterScope();
        var list = ListOf(1, 2, 3, 4, 5);
        var tuple = PyValue.From(PyTuple.FromBorrowed(new[] { PyValue.Int(1), PyValue.Int(2) }));
        var text = PyValue.Str("def f(x):");
        long total = 0;
        Assert.Equal(0, AllocatedBy(() =>
        {
            Ops.SetItem(s.Ts, list, PyValue.Int(-1), PyValue.Int(7));
            var item = Ops.GetItem(s.Ts, tuple, PyValue.Int(1));
            var c = Ops.GetItem(s.Ts, text, PyValue.Int(4));
            total += item.IntValue + ((PyStr)c.Obj!).Value[0];
            c.DecRef();
        }));
        Assert.Equal("[1, 2, 3, 4, 7]", s.Repr(list));
        Assert.Equal((2 + 'f') * (long)(Rounds + 50), total);
        list.DecRef(); tuple.DecRef(); text.DecRef();
    }

    [Fact]
    public void SliceAssignmentOfAnEqualLengthList()
    {
        // perm[:k + 1] = perm[k::-1] less the new list and the slice (reused from the one released before, but
        // not in the checked mode tests run in): the replacement is read in place and the removed items wait on
        // the stack.
        using var s = new InterpreterScope();
        var perm = ListOf(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        var reversed = ListOf(4, 3, 2, 1, 0);
        var slice = Ops.BuildSlice(s.Ts, PyValue.None, PyValue.Int(5), PyValue.None);
        Assert.Equal(0, AllocatedBy(() => Ops.SetItem(s.Ts, perm, slice, reversed)));
        Assert.Equal("[4, 3, 2, 1, 0, 5, 6, 7, 8, 9]", s.Repr(perm));
        Assert.Equal(1, perm.Obj!.ReferenceCount);
        Assert.Equal(1, reversed.Obj!.ReferenceCount);
        perm.DecRef(); reversed.DecRef(); slice.DecRef();
    }

    [Fact]
    public void ReleasingAListCopiesNothing()
    {
        using var s = new InterpreterScope();
        var item = PyValue.Str("shared");
        var lists = new PyValue[Rounds + 50];
        for (int i = 0; i < lists.Length; i++) lists[i] = PyValue.From(PyList.FromBorrowed(new[] { item, item, item }));
        Assert.Equal(lists.Length * 3 + 1, item.Obj!.ReferenceCount);
        int next = 0;
        Assert.Equal(0, AllocatedBy(() => lists[next++].DecRef()));
        Assert.Equal(1, item.Obj!.ReferenceCount);
        item.DecRef();
    }
}
