using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

/// <summary>
/// <see cref="PyValueList"/>, the storage of a Python list whose live part can start past its array's first slot:
/// every operation keeps the items a <see cref="List{T}"/> would hold, whichever side a removal moves.
/// </summary>
public class PyValueListTests
{
    private static long[] Values(PyValueList list) => list.Select(v => v.IntValue).ToArray();

    [Fact]
    public void Random_operations_keep_the_same_items_as_a_List()
    {
        var random = new Random(12345);
        var list = new PyValueList();
        var model = new List<long>();
        long next = 0;
        for (int step = 0; step < 20_000; step++)
        {
            int op = random.Next(10);
            string what;
            if (op <= 2 || model.Count == 0)
            {
                what = "Add";
                list.Add(PyValue.Int(next)); model.Add(next); next++;
            }
            else if (op == 3)
            {
                int i = random.Next(model.Count + 1);
                what = $"Insert({i})";
                list.Insert(i, PyValue.Int(next)); model.Insert(i, next); next++;
            }
            else if (op == 4)
            {
                what = "Insert(0)";
                list.Insert(0, PyValue.Int(next)); model.Insert(0, next); next++;
            }
            else if (op == 5)
            {
                what = "RemoveAt(0)";
                list.RemoveAt(0); model.RemoveAt(0);
            }
            else if (op == 6)
            {
                int i = random.Next(model.Count);
                what = $"RemoveAt({i})";
                list.RemoveAt(i); model.RemoveAt(i);
            }
            else if (op == 7)
            {
                int i = random.Next(model.Count), n = random.Next(model.Count - i + 1);
                what = $"RemoveRange({i}, {n})";
                list.RemoveRange(i, n); model.RemoveRange(i, n);
            }
            else if (op == 8)
            {
                var added = Enumerable.Range(0, random.Next(4)).Select(_ => next++).ToArray();
                int i = random.Next(model.Count + 1);
                what = $"InsertRange({i}, {added.Length})";
                list.InsertRange(i, added.Select(PyValue.Int)); model.InsertRange(i, added);
            }
            else
            {
                var added = Enumerable.Range(0, random.Next(6)).Select(_ => next++).ToArray();
                what = $"AddRange({added.Length})";
                list.AddRange(added.Select(PyValue.Int).ToArray()); model.AddRange(added);
            }
            Assert.True(model.SequenceEqual(Values(list)), $"after step {step}, {what}");
            Assert.Equal(model.Count, list.Count);
            if (random.Next(500) == 0) { list.Clear(); model.Clear(); }
        }
    }

    [Fact]
    public void Popping_the_front_moves_no_item_and_inserting_there_reuses_the_slot()
    {
        var list = new PyValueList(Enumerable.Range(0, 8).Select(i => PyValue.Int(i)));
        var array = list.AsSpan();
        list.RemoveAt(0);
        list.RemoveAt(0);
        // The remaining items are still where they were: the live part starts two slots later.
        Assert.True(Unsafe.AreSame(ref array[2], ref list.AsSpan()[0]));
        list.Insert(0, PyValue.Int(100));
        Assert.True(Unsafe.AreSame(ref array[1], ref list.AsSpan()[0]));
        Assert.Equal(new long[] { 100, 2, 3, 4, 5, 6, 7 }, Values(list));
    }

    [Fact]
    public void A_removed_item_is_not_kept_alive_by_the_storage()
    {
        var list = new PyValueList();
        var front = AddObject(list);
        var middle = AddObject(list);
        for (int i = 0; i < 6; i++) list.Add(PyValue.Int(i));
        var back = AddObject(list);
        list.RemoveAt(0);                  // the front: the live part moves on
        list.RemoveAt(0);                  // the old middle, now the front
        list.RemoveAt(list.Count - 1);     // the back: the items after it (none) move down
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(front.IsAlive);
        Assert.False(middle.IsAlive);
        Assert.False(back.IsAlive);
        Assert.Equal(new long[] { 0, 1, 2, 3, 4, 5 }, Values(list));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference AddObject(PyValueList list)
    {
        list.Add(PyValue.From(new PyList()));
        return new WeakReference(list[list.Count - 1].Obj);
    }

    [Fact]
    public void Enumeration_reads_the_length_at_every_step_as_CPython_does()
    {
        var list = new PyValueList(new[] { PyValue.Int(1), PyValue.Int(2), PyValue.Int(3) });
        var seen = new List<long>();
        foreach (var v in list)
        {
            seen.Add(v.IntValue);
            if (v.IntValue == 1) list.Add(PyValue.Int(4));
            if (v.IntValue == 3) list.RemoveAt(list.Count - 1);
        }
        Assert.Equal(new long[] { 1, 2, 3 }, seen);
    }
}
