using GilGen.Compiler;
using GilGen.Compiler.Emit;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// Classes compiled by GilGen's compiler, emitted, compiled with Roslyn and run: MRO, descriptors, dunder
/// dispatch and reference counts print what CPython 3.12 prints (recorded with pyenv).
/// </summary>
public sealed class ClassRunTests
{
    internal static string Run(string source)
    {
        var result = PythonCompiler.Compile(source, "classes.py");
        Assert.NotNull(result.Module);
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Example" }, "classes.py", 0,
            "__main__", source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        var assembly = EmittedAssembly.Compile(CSharpEmitter.Emit(result.Module!, request));
        var definition = (ModuleDefinition)assembly.GetType("Emitted.Example")!.GetProperty("ModuleDefinition")!.GetValue(null)!;
        var stdout = new StringWriter();
        var interp = new GilGen.GilInterpreter(new GilGen.GilOptions { Stdout = stdout, Stderr = stdout });
        interp.Run(definition);
        return stdout.ToString();
    }

    [Fact]
    public void Diamond_mro_and_cooperative_super()
    {
        const string source = """
            class A:
                def f(self): return ["A"]
            class B(A):
                def f(self): return ["B"] + super().f()
            class C(A):
                def f(self): return ["C"] + super(C, self).f()
            class D(B, C):
                def f(self): return ["D"] + super().f()
            print([k.__name__ for k in D.__mro__], D().f())
            try:
                class E(A, D): pass
            except TypeError as e:
                print(e)
            """;
        Assert.Equal("['D', 'B', 'C', 'A', 'object'] ['D', 'B', 'C', 'A']\n"
            + "Cannot create a consistent method resolution\norder (MRO) for bases A, D\n", Run(source));
    }

    [Fact]
    public void Descriptors_property_classmethod_staticmethod_and_data_precedence()
    {
        const string source = """
            class T:
                def __init__(self): self._v = 1
                def get(self): return self._v * 10
                def put(self, v): self._v = v
                v = property(get, put)
                def make(cls): return cls.__name__
                make = classmethod(make)
                def add(a, b): return a + b
                add = staticmethod(add)
            t = T()
            t.__dict__["v"] = "shadow"
            print(t.v, T.make(), t.make(), t.add(2, 3))
            t.v = 4
            print(t.v, t._v)
            try:
                del t.v
            except AttributeError as e:
                print(e)
            """;
        Assert.Equal("10 T T 5\n40 4\nproperty 'v' of 'T' object has no deleter\n", Run(source));
    }

    [Fact]
    public void Dunder_dispatch_reflects_and_honours_NotImplemented()
    {
        const string source = """
            class N:
                def __init__(self, v): self.v = v
                def __add__(self, o): return N(self.v + o) if isinstance(o, int) else NotImplemented
                def __radd__(self, o): return N(o * 100 + self.v)
                def __eq__(self, o): return NotImplemented
                def __neg__(self): return N(-self.v)
                def __len__(self): return self.v
                def __getitem__(self, i): return i * self.v
                def __call__(self, x): return x + self.v
                def __repr__(self): return "N(%d)" % self.v
            a = N(3)
            print(a + 1, 2 + a, -a, len(a), a[5], a(1), a == a, a == N(3), bool(N(0)))
            try:
                a + "s"
            except TypeError as e:
                print(e)
            """;
        Assert.Equal("N(4) N(203) N(-3) 3 15 4 True False False\n"
            + "unsupported operand type(s) for +: 'N' and 'str'\n", Run(source));
    }

    [Fact]
    public void Instance_attributes_hold_references_as_CPython_counts_them()
    {
        const string source = """
            import sys
            class C:
                def __init__(self, v): self.v = v
            a = []
            o = C(a)
            p = C(a)
            print(sys.getrefcount(a))
            del o
            print(sys.getrefcount(a))
            p.v = None
            print(sys.getrefcount(a))
            p.w = a
            del p
            print(sys.getrefcount(a))
            """;
        Assert.Equal("4\n3\n2\n2\n", Run(source));
    }

    [Fact]
    public void Exception_subclasses_chain_causes()
    {
        const string source = """
            class AppError(Exception):
                def __init__(self, msg, code):
                    super().__init__(msg)
                    self.code = code
            try:
                try:
                    {}["k"]
                except KeyError as k:
                    raise AppError("failed", 3) from k
            except AppError as e:
                print(repr(e), e.code, repr(e.__cause__), e.__suppress_context__, e.args)
            """;
        Assert.Equal("AppError('failed') 3 KeyError('k') True ('failed',)\n", Run(source));
    }
}
