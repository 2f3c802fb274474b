using System.Collections.Generic;
using System.Linq;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

/// <summary>Sets iterate in CPython 3.12's hash-table order (expected orders recorded with python3.12).</summary>
public class SetOrderTests
{
    private static PySet Of(InterpreterScope s, IEnumerable<long> items)
    {
        var set = new PySet();
        foreach (var i in items) set.Add(s.Ts, PyValue.Int(i));
        return set;
    }

    private static long[] Order(PySet set) => set.Items().Select(v => v.IntValue).ToArray();

    [Fact]
    public void Growth_collisions_dummies_and_pop_follow_setobject_c()
    {
        using var s = new InterpreterScope();
        var set = Of(s, new long[] { 33, 1, 64, 17, 8, 200, -1, 9, 1000, 16 });
        Assert.Equal(new long[] { 64, 33, 1, 8, 200, 9, 1000, 16, 17, -1 }, Order(set));
        set.Discard(s.Ts, PyValue.Int(64));
        set.Discard(s.Ts, PyValue.Int(1));
        set.Add(s.Ts, PyValue.Int(72));
        set.Add(s.Ts, PyValue.Int(136));
        Assert.Equal(new long[] { 33, 8, 200, 9, 1000, 72, 136, 16, 17, -1 }, Order(set));
        var popped = new List<long>();
        for (int i = 0; i < 3; i++) { Assert.True(set.Table.Pop(out var v)); popped.Add(v.IntValue); }
        Assert.Equal(new long[] { 33, 8, 200 }, popped);
        Assert.Equal(new long[] { 9, 1000, 72, 136, 16, 17, -1 }, Order(set));
    }

    [Fact]
    public void Operators_build_their_results_as_CPython_does()
    {
        using var s = new InterpreterScope();
        var a = Of(s, Enumerable.Range(0, 43).Select(i => (long)i * 7));
        var b = Of(s, Enumerable.Range(0, 28).Select(i => (long)i * 11));
        var and = (PySet)SetMethods.Operator(s.Ts, a, b, BinaryOp.And, false).Obj!;
        var sub = (PySet)SetMethods.Operator(s.Ts, a, b, BinaryOp.Sub, false).Obj!;
        var xor = (PySet)SetMethods.Operator(s.Ts, a, b, BinaryOp.Xor, false).Obj!;
        Assert.Equal(new long[] { 0, 154, 77, 231 }, Order(and));
        Assert.Equal(new long[] { 259, 133, 7, 266, 140, 14, 273, 147 }, Order(sub).Take(8));
        Assert.Equal(new long[] { 259, 7, 264, 266, 11, 14, 273, 275 }, Order(xor).Take(8));
    }
}
