using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Modules;

public class CollectionsAbcTests
{
    private static PyValue Abc(InterpreterScope s, string name)
    {
        var abc = Ops.ImportName(s.Ts, new PyModule("__main__"), "collections.abc", PyValue.Str("x"), 0);
        return Ops.GetAttr(s.Ts, abc, name);
    }

    private static bool IsInstance(InterpreterScope s, PyValue v, PyValue cls) => Ops.IsTrue(s.Ts, s.CallBuiltin("isinstance", v, cls));

    [Fact]
    public void BuiltinsAreVirtualSubclassesAsCPythonRegistersThem()
    {
        using var s = new InterpreterScope();
        var list = PyValue.From(new PyList());
        var dict = PyValue.From(new PyDict());
        Assert.True(IsInstance(s, list, Abc(s, "MutableSequence")));
        Assert.True(IsInstance(s, list, Abc(s, "Iterable")));
        Assert.False(IsInstance(s, list, Abc(s, "Hashable")));
        Assert.True(IsInstance(s, dict, Abc(s, "MutableMapping")));
        Assert.False(IsInstance(s, dict, Abc(s, "Sequence")));
        Assert.True(IsInstance(s, PyValue.Str("x"), Abc(s, "Sequence")));
        Assert.False(IsInstance(s, PyValue.Int(3), Abc(s, "Iterable")));
        Assert.True(IsInstance(s, PyValue.Int(3), Abc(s, "Hashable")));
    }

    [Fact]
    public void AbstractMethodsLeftOpenRefuseInstantiation()
    {
        using var s = new InterpreterScope();
        var mapping = Abc(s, "Mapping");
        var ns = new PyDict();
        var cls = PyValue.From(PyType.CreateHeapType(s.Ts, "Bad", new[] { mapping }, ns, System.ReadOnlySpan<PyValue>.Empty, null));
        Assert.Equal("TypeError: Can't instantiate abstract class Bad without an implementation for abstract methods '__getitem__', '__iter__', '__len__'",
            s.Throws(() => Ops.Call(s.Ts, cls, System.ReadOnlySpan<PyValue>.Empty, null)).Message);
        Assert.Equal("TypeError: Can't instantiate abstract class Sized without an implementation for abstract method '__len__'",
            s.Throws(() => Ops.Call(s.Ts, Abc(s, "Sized"), System.ReadOnlySpan<PyValue>.Empty, null)).Message);
    }

    [Fact]
    public void RegisterMakesAVirtualSubclassOfTheAbcAndItsBases()
    {
        using var s = new InterpreterScope();
        var cls = PyValue.From(PyType.CreateHeapType(s.Ts, "Plain", System.ReadOnlySpan<PyValue>.Empty, new PyDict(), System.ReadOnlySpan<PyValue>.Empty, null));
        Assert.False(Ops.IsTrue(s.Ts, s.CallBuiltin("issubclass", cls, Abc(s, "Sized"))));
        s.CallMethod(Abc(s, "Sequence"), "register", cls);
        Assert.True(Ops.IsTrue(s.Ts, s.CallBuiltin("issubclass", cls, Abc(s, "Sequence"))));
        Assert.True(Ops.IsTrue(s.Ts, s.CallBuiltin("issubclass", cls, Abc(s, "Sized"))));
        Assert.False(Ops.IsTrue(s.Ts, s.CallBuiltin("issubclass", cls, Abc(s, "MutableSequence"))));
    }
}
