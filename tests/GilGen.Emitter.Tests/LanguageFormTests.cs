using GilGen.Compiler;
using GilGen.Compiler.Emit;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// Calls, unpacking, constants, handlers, decorators, annotations, walrus and recursion through the whole
/// pipeline (compiler, emitter, Roslyn, runtime), against CPython 3.12's output (Language/*.out).
/// </summary>
public sealed class LanguageFormTests
{
    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", file));

    private static (string Stdout, string Stderr) Run(string name, string source)
    {
        var result = PythonCompiler.Compile(source, name + ".py");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Id} {d.Message}")));
        return ExampleRunTests.RunSource(name, source, result.Module!, RuntimeProfile.Modern);
    }

    [Fact]
    public void Star_calls_unpacking_constants_handlers_decorators_and_deep_recursion_print_what_CPython_prints()
    {
        var (stdout, stderr) = Run("forms", Read("forms.py"));
        Assert.Equal("", stderr);
        Assert.Equal(Read("forms.out"), stdout);
    }

    [Fact]
    public void A_value_returned_from_an_except_handler_is_not_freed_by_POP_EXCEPT()
    {
        const string source = "def f():\n    try:\n        raise KeyError\n    except KeyError:\n        return [1, 2], (3, 4)\nprint(f())\n";
        var (stdout, stderr) = Run("handler_return", source);
        Assert.Equal("", stderr);
        Assert.Equal("([1, 2], (3, 4))\n", stdout);
    }

    [Fact]
    public void An_exception_raised_after_a_try_is_not_caught_by_that_try()
    {
        // The catch dispatches on the offset of the last instruction that stored it: code after the try
        // (here after a loop whose body has one) must not inherit the offset of an instruction inside it.
        const string source = "def f():\n    for x in [1, 2]:\n        try:\n            print(x)\n        except Exception as e:\n            print('wrong', e)\n    return missing\n"
            + "try:\n    f()\nexcept NameError as e:\n    print('ok', e)\n"
            + "def g():\n    yield len([1, 2])\n    yield missing\n"
            + "try:\n    print(list(g()))\nexcept NameError as e:\n    print('ok', e)\n"
            // A resumed frame re-enters YIELD_FROM: what the subgenerator raises there reaches the try around it.
            + "def sub():\n    yield 1\n    raise ValueError('in sub')\n"
            + "def outer():\n    try:\n        yield from sub()\n    except ValueError as e:\n        yield 'caught ' + str(e)\n"
            + "print(list(outer()))\n";
        var (stdout, stderr) = Run("after_try", source);
        Assert.Equal("", stderr);
        Assert.Equal("1\n2\nok name 'missing' is not defined\nok name 'missing' is not defined\n[1, 'caught in sub']\n", stdout);
    }

    [Fact]
    public void Closures_are_visible_as_cells_and_Counter_has_unary_plus_and_minus()
    {
        const string source = "def outer():\n    a, b = 1, 'two'\n    def inner():\n        return a, b\n    return inner\n"
            + "f = outer()\nprint(len(f.__closure__), [c.cell_contents for c in f.__closure__], outer.__closure__)\n"
            + "def empty():\n    x = 1\n    def g():\n        return x\n    del x\n    return g\n"
            + "try:\n    empty().__closure__[0].cell_contents\nexcept ValueError as e:\n    print(e)\n"
            + "from collections import Counter\nc = Counter(a=2, b=-1, c=0)\nprint(+c, -c)\n";
        var (stdout, stderr) = Run("closure_cells", source);
        Assert.Equal("", stderr);
        Assert.Equal("2 [1, 'two'] None\nCell is empty\nCounter({'a': 2}) Counter({'b': 1})\n", stdout);
    }

    [Fact]
    public void Divmod_calls_divmod_methods_not_floordiv_and_mod()
    {
        const string source = "class A:\n    def __divmod__(self, o): return ('divmod', o)\n    def __rdivmod__(self, o): return ('rdivmod', o)\n"
            + "    def __floordiv__(self, o): raise AssertionError('floordiv')\n"
            + "print(divmod(A(), 3), divmod(3, A()), divmod(10 ** 400, 7)[1])\n"
            + "try:\n    divmod('a', 1)\nexcept TypeError as e:\n    print(e)\n";
        var (stdout, stderr) = Run("divmod_slot", source);
        Assert.Equal("", stderr);
        Assert.Equal("('divmod', 3) ('rdivmod', 3) 4\nunsupported operand type(s) for divmod(): 'str' and 'int'\n", stdout);
    }

    [Fact]
    public void Print_writes_to_the_current_sys_stdout()
    {
        const string source = "import io, sys\nbuf = io.StringIO()\nold = sys.stdout\nsys.stdout = buf\nprint('captured', 1)\n"
            + "sys.stdout = old\nprint('back', repr(buf.getvalue()))\nsys.stdout = sys.stderr\nprint('to stderr')\nsys.stdout = old\n";
        var (stdout, stderr) = Run("stdout_swap", source);
        Assert.Equal("back 'captured 1\\n'\n", stdout);
        Assert.Equal("to stderr\n", stderr);
    }

    [Fact]
    public void Copy_and_deepcopy_of_plain_instances_follow_CPythons_default_reduction()
    {
        // Slots, cycles, __getstate__/__setstate__, a class __init__ that needs arguments, and no __setattr__ calls.
        const string source = "import copy\nclass S:\n    __slots__ = (\"a\", \"b\")\n    def __init__(self): self.a = [1]; self.b = 2\nclass N:\n    def __init__(self, need): self.need = need; self.me = self\nclass St:\n    def __init__(self): self.x = 1; self.cache = \"big\"\n    def __getstate__(self): return {\"x\": self.x}\n    def __setstate__(self, st): self.__dict__.update(st); self.restored = True\nclass Watch:\n    def __init__(self): self.v = 1\n    def __setattr__(self, k, v): print(\"setattr\", k); object.__setattr__(self, k, v)\nclass Sub(N): pass\ns = S(); s2 = copy.copy(s); s3 = copy.deepcopy(s)\nprint(s2.a is s.a, s3.a is s.a, s3.a, s3.b)\nn = N(5); n2 = copy.deepcopy(n); n3 = copy.copy(n)\nprint(n2.me is n2, n3.me is n, n2.need, type(copy.copy(Sub(1))).__name__)\nst = copy.copy(St()); print(vars(st))\nw = Watch(); w2 = copy.copy(w); print(vars(w2))\n";
        var (stdout, stderr) = Run("instance_copy", source);
        Assert.Equal("", stderr);
        Assert.Equal("True False [1] 2\nTrue True 5 Sub\n{'x': 1, 'restored': True}\nsetattr v\n{'v': 1}\n", stdout);
    }

    [Fact]
    public void Keywords_named_like_the_var_keyword_parameter_go_into_it()
    {
        var (stdout, _) = Run("kwargs_name", "def f(*args, **kwargs):\n    return args, kwargs\nprint(f(1, args=2, kwargs=3))\n");
        Assert.Equal("((1,), {'args': 2, 'kwargs': 3})\n", stdout);
    }

    [Fact]
    public void Every_runtime_member_the_emitter_calls_for_these_forms_exists_with_its_arity()
    {
        // LIST_TO_TUPLE once named Ops.ListToTuple with an argument too many (CS1501 in users' builds):
        // the emitted C# of every new form must compile against the runtime.
        const string source = "def f(*a, **k): return a\nt = (1,)\nf(0, *t)\nf(*t, *t, k=1, **{'z': 2})\na, *b = t + t\n"
            + "x: int = 1\nc = 1 in {1, 2}\nd = b'\\x00'\n(n := 1)\n@f\ndef g(): pass\n";
        var module = PythonCompiler.Compile(source, "arity.py").Module!;
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Example" }, "arity.py", 0,
            "__main__", source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        EmittedAssembly.Compile(CSharpEmitter.Emit(module, request));
    }
}
