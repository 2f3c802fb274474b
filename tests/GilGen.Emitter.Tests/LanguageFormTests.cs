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
