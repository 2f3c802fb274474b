using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

public class ContainerTests
{
    private static PyValue L(params long[] xs)
    {
        var items = new PyValue[xs.Length];
        for (int i = 0; i < xs.Length; i++) items[i] = PyValue.Int(xs[i]);
        return GilGen.Runtime.Ops.BuildList(items);
    }

    [Fact]
    public void DictMergesEqualNumericKeys()
    {
        using var s = new InterpreterScope();
        var d = GilGen.Runtime.Ops.BuildMap(s.Ts, new[] { PyValue.Int(1), PyValue.Str("a"), PyValue.Float(1.0), PyValue.Str("b"), PyValue.True, PyValue.Str("c") });
        Assert.Equal("{1: 'c'}", s.Repr(d));
    }

    [Fact]
    public void DictKeepsInsertionOrderAcrossDeletes()
    {
        using var s = new InterpreterScope();
        var d = new PyDict();
        for (int i = 0; i < 40; i++) d.Set(s.Ts, PyValue.Int(i), PyValue.Int(i * i));
        for (int i = 0; i < 38; i++) GilGen.Runtime.Ops.DelItem(s.Ts, PyValue.From(d), PyValue.Int(i));
        d.Set(s.Ts, PyValue.Str("x"), PyValue.None);
        Assert.Equal("{38: 1444, 39: 1521, 'x': None}", s.Repr(PyValue.From(d)));
        Assert.Equal("KeyError: 5", s.Throws(() => GilGen.Runtime.Ops.GetItem(s.Ts, PyValue.From(d), PyValue.Int(5))).Message);
        Assert.Equal("TypeError: unhashable type: 'list'", s.Throws(() => d.Set(s.Ts, L(1), PyValue.None)).Message);
    }

    [Fact]
    public void DictMethods()
    {
        using var s = new InterpreterScope();
        var d = PyValue.From(new PyDict());
        GilGen.Runtime.Ops.SetItem(s.Ts, d, PyValue.Str("a"), PyValue.Int(1));
        Assert.Equal("1", s.Repr(s.CallMethod(d, "get", PyValue.Str("a"))));
        Assert.Equal("None", s.Repr(s.CallMethod(d, "get", PyValue.Str("z"))));
        Assert.Equal("5", s.Repr(s.CallMethod(d, "setdefault", PyValue.Str("b"), PyValue.Int(5))));
        Assert.Equal("dict_keys(['a', 'b'])", s.Repr(s.CallMethod(d, "keys")));
        Assert.Equal("dict_items([('a', 1), ('b', 5)])", s.Repr(s.CallMethod(d, "items")));
        Assert.Equal("1", s.Repr(s.CallMethod(d, "pop", PyValue.Str("a"))));
        Assert.Equal("{'b': 5}", s.Repr(d));
    }

    [Fact]
    public void ListMethodsAndErrors()
    {
        using var s = new InterpreterScope();
        var l = L(3, 1, 2);
        s.CallMethod(l, "append", PyValue.Int(0));
        s.CallMethod(l, "insert", PyValue.Int(0), PyValue.Int(9));
        Assert.Equal("[9, 3, 1, 2, 0]", s.Repr(l));
        s.CallMethod(l, "sort");
        Assert.Equal("[0, 1, 2, 3, 9]", s.Repr(l));
        Assert.Equal("9", s.Repr(s.CallMethod(l, "pop")));
        Assert.Equal("0", s.Repr(s.CallMethod(l, "pop", PyValue.Int(0))));
        s.CallMethod(l, "remove", PyValue.Int(2));
        Assert.Equal("[1, 3]", s.Repr(l));
        Assert.Equal("ValueError: list.remove(x): x not in list", s.Throws(() => s.CallMethod(l, "remove", PyValue.Int(7))).Message);
        Assert.Equal("ValueError: 2 is not in list", s.Throws(() => s.CallMethod(l, "index", PyValue.Int(2))).Message);
        Assert.Equal("IndexError: pop from empty list", s.Throws(() => s.CallMethod(L(), "pop")).Message);
        Assert.Equal("IndexError: list index out of range", s.Throws(() => GilGen.Runtime.Ops.GetItem(s.Ts, l, PyValue.Int(5))).Message);
        Assert.Equal("TypeError: append() takes exactly one argument (0 given)", s.Throws(() => s.CallMethod(l, "append")).Message);
    }

    [Fact]
    public void SortIsStableWithKeyAndReverse()
    {
        using var s = new InterpreterScope();
        var words = GilGen.Runtime.Ops.BuildList(new[] { PyValue.Str("bb"), PyValue.Str("a"), PyValue.Str("cc"), PyValue.Str("d") });
        var sorted = s.CallKw(s.Builtin("sorted"), new[] { words, s.Builtin("len"), PyValue.True }, new[] { "key", "reverse" });
        Assert.Equal("['bb', 'cc', 'a', 'd']", s.Repr(sorted));
        var pairs = GilGen.Runtime.Ops.BuildList(new[] {
            GilGen.Runtime.Ops.BuildTuple(new[] { PyValue.Int(1), PyValue.Str("b") }),
            GilGen.Runtime.Ops.BuildTuple(new[] { PyValue.Int(0), PyValue.Str("z") }),
            GilGen.Runtime.Ops.BuildTuple(new[] { PyValue.Int(1), PyValue.Str("a") }) });
        Assert.Equal("[(0, 'z'), (1, 'a'), (1, 'b')]", s.Repr(s.CallBuiltin("sorted", pairs)));
    }

    [Fact]
    public void SlicesAndIteration()
    {
        using var s = new InterpreterScope();
        var l = s.CallBuiltin("list", s.CallBuiltin("range", PyValue.Int(10)));
        Assert.Equal("[2, 5]", s.Repr(GilGen.Runtime.Ops.GetItem(s.Ts, l, GilGen.Runtime.Ops.BuildSlice(s.Ts, PyValue.Int(2), PyValue.Int(8), PyValue.Int(3)))));
        Assert.Equal("[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]", s.Repr(GilGen.Runtime.Ops.GetItem(s.Ts, l, GilGen.Runtime.Ops.BuildSlice(s.Ts, PyValue.None, PyValue.None, PyValue.Int(-1)))));
        Assert.Equal("'ell'", s.Repr(GilGen.Runtime.Ops.GetItem(s.Ts, PyValue.Str("hello"), GilGen.Runtime.Ops.BuildSlice(s.Ts, PyValue.Int(1), PyValue.Int(4)))));
        var it = GilGen.Runtime.Ops.GetIter(s.Ts, s.CallBuiltin("range", PyValue.Int(5), PyValue.Int(0), PyValue.Int(-2)));
        var seen = new System.Collections.Generic.List<long>();
        while (GilGen.Runtime.Ops.ForIter(s.Ts, it, out var x)) seen.Add(x.IntValue);
        Assert.Equal(new long[] { 5, 3, 1 }, seen);
    }

    [Fact]
    public void UnpackSequenceFillsStackOrder()
    {
        using var s = new InterpreterScope();
        var dest = new PyValue[3];
        GilGen.Runtime.Ops.UnpackSequence(s.Ts, L(1, 2, 3), dest);
        Assert.Equal(new long[] { 3, 2, 1 }, new[] { dest[0].IntValue, dest[1].IntValue, dest[2].IntValue });
        Assert.Equal("ValueError: too many values to unpack (expected 2)", s.Throws(() => GilGen.Runtime.Ops.UnpackSequence(s.Ts, s.CallBuiltin("iter", L(1, 2, 3)), new PyValue[2])).Message);
        Assert.Equal("ValueError: not enough values to unpack (expected 4, got 3)", s.Throws(() => GilGen.Runtime.Ops.UnpackSequence(s.Ts, L(1, 2, 3), new PyValue[4])).Message);
    }

    [Fact]
    public void SetsAndStrMethods()
    {
        using var s = new InterpreterScope();
        var set = GilGen.Runtime.Ops.BuildSet(s.Ts, new[] { PyValue.Int(1), PyValue.Int(2), PyValue.Int(2) });
        s.CallMethod(set, "add", PyValue.Int(3));
        Assert.Equal("{1, 2, 3}", s.Repr(set));
        Assert.True(GilGen.Runtime.Ops.Contains(s.Ts, set, PyValue.Float(2.0)));
        Assert.Equal("set()", s.Repr(s.CallBuiltin("set")));
        Assert.Equal("['a', 'b', '', 'c']", s.Repr(s.CallMethod(PyValue.Str("a,b,,c"), "split", PyValue.Str(","))));
        Assert.Equal("['a', 'b']", s.Repr(s.CallMethod(PyValue.Str(" a  b "), "split")));
        Assert.Equal("'a-b'", s.Repr(s.CallMethod(PyValue.Str("-"), "join", GilGen.Runtime.Ops.BuildList(new[] { PyValue.Str("a"), PyValue.Str("b") }))));
        Assert.Equal("TypeError: sequence item 0: expected str instance, int found", s.Throws(() => s.CallMethod(PyValue.Str("x"), "join", L(1))).Message);
        Assert.Equal("'*abc**'", s.Repr(s.CallMethod(PyValue.Str("abc"), "center", PyValue.Int(6), PyValue.Str("*"))));
        Assert.Equal("'HI'", s.Repr(s.CallMethod(PyValue.Str("hi"), "upper")));
        Assert.Equal("True", s.Repr(s.CallMethod(PyValue.Str("hello"), "startswith", PyValue.Str("he"))));
        Assert.Equal("2", s.Repr(s.CallMethod(PyValue.Str("hello"), "find", PyValue.Str("l"))));
        Assert.Equal("'heLLo'", s.Repr(s.CallMethod(PyValue.Str("hello"), "replace", PyValue.Str("l"), PyValue.Str("L"))));
        Assert.Equal("\"it's\"", s.Repr(PyValue.Str("it's")));
    }
}
