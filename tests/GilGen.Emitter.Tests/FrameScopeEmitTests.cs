using GilGen.Compiler;
using GilGen.Compiler.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Emitter.Tests;

/// <summary>
/// locals(), vars() and dir() called by name without arguments are answered by the code that calls them
/// (FrameScopeCalls): only a code object with such a call changes. The others, in the same module, are emitted
/// byte for byte as in a module without it (what they run, and the numbering of the module's constant fields they
/// name), so the frames of programs that do not call them cost exactly what they did. (What the calls answer is
/// checked against CPython 3.12 by the conformance corpus, builtins/016 and 017.)
/// </summary>
public sealed class FrameScopeEmitTests
{
    /// <summary>
    /// Functions of each frame shape (one method, split, with try blocks, generator) and a class body, which name vars,
    /// dir and locals without calling them with no arguments. (A method call <c>x.locals()</c> would be one: it may be
    /// <c>builtins.locals()</c>, which the emitted code tells apart at run time.)
    /// </summary>
    private const string Plain =
        "def small(a, b=2):\n" +
        "    c = a + b\n" +
        "    return [c, 'text', 1.5]\n" +
        "def long(a):\n" +
        "    total = 0\n" +
        "    for i in range(a):\n" +
        "        total += i * 2\n" +
        "        total -= i // 3\n" +
        "    words = [str(total), 'x' * a]\n" +
        "    return '-'.join(words), vars(a), dir(a)\n" +
        "def handlers(x):\n" +
        "    try:\n" +
        "        return x.locals(1)\n" +
        "    except AttributeError as e:\n" +
        "        return str(e)\n" +
        "def gen(n):\n" +
        "    for i in range(n):\n" +
        "        yield i, 'item'\n" +
        "class Body:\n" +
        "    x = 1\n" +
        "    def method(self):\n" +
        "        return self.x\n";

    /// <summary>
    /// The module with functions, a generator, a class body and a comprehension that call locals(), vars() and dir()
    /// (<paramref name="called"/>) or only name them, after the others: the module's global slots and constants are
    /// the same either way.
    /// </summary>
    private static string Module(bool called)
    {
        string call = called ? "()" : "";
        return Plain +
            "def calls(a, *args, **kw):\n" +
            "    def inner():\n" +
            "        return a\n" +
            $"    return locals{call}, vars{call}, dir{call}\n" +
            "def gen_calls(n):\n" +
            $"    yield locals{call}\n" +
            "class CallsInBody:\n" +
            "    y = 2\n" +
            $"    print(locals{call})\n" +
            $"comprehension = lambda: [dir{call} for x in range(1)]\n" +
            "import builtins\n" +
            "def attribute_calls(a):\n" +
            $"    return builtins.globals{call}, builtins.locals{call}\n";
    }

    [Fact]
    public void Code_objects_without_such_a_call_are_emitted_exactly_as_in_a_module_without_one()
    {
        var before = Methods(Module(called: false));
        var after = Methods(Module(called: true));
        Assert.True(before.Count >= 10, $"only {before.Count} methods");
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var changed = before.Keys.Where(name => before[name] != after[name]).Order().ToList();
        // Only the code objects whose Python differs: the four that call them, the comprehension and its lambda.
        Assert.Equal("", string.Join(" ", changed.Where(name => !new[] { "calls", "CallsInBody", "lambda", "listcomp" }.Any(n => name.Contains(n, StringComparison.Ordinal)))));
        Assert.True(before.Count - changed.Count >= 10, $"only {before.Count - changed.Count} unchanged: " + string.Join(" ", changed));
        // Nothing of the machinery where nothing calls them: no test, no dict, no scratch.
        foreach (string trace in new[] { "FrameScope", "__scope", "__locals" }) Assert.DoesNotContain(trace, string.Concat(before.Values));
    }

    [Fact]
    public void Only_the_code_objects_with_such_a_call_answer_it_and_a_comprehension_raises()
    {
        var methods = Methods(Module(called: true));
        // By name without the prefix and code id (__gil_body7_calls: calls): the functions, the generator's resume
        // method and the split class body's run method.
        var answering = methods.Where(m => m.Value.Contains("FrameScope.Answer(", StringComparison.Ordinal))
            .Select(m => System.Text.RegularExpressions.Regex.Replace(m.Key, "^__gil_body[0-9]+_", "")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "CallsInBody_run", "attribute_calls", "calls", "gen_calls_resume" }, answering);
        // The comprehension's frame is split (its struct, entry method and body method): its body method raises.
        var comprehension = methods.Where(m => m.Key.Contains("listcomp", StringComparison.Ordinal)).ToList();
        Assert.Contains("FrameScope.InComprehension(", Assert.Single(comprehension, m => m.Key.EndsWith("listcomp_run", StringComparison.Ordinal)).Value);
        Assert.DoesNotContain(comprehension, m => m.Value.Contains("FrameScope.Answer(", StringComparison.Ordinal));
    }

    /// <summary>Every method and frame struct the emitter writes for <paramref name="source"/>, by name, as text.</summary>
    private static Dictionary<string, string> Methods(string source)
    {
        var compiled = PythonCompiler.Compile(source, "frame_scope.py");
        Assert.True(compiled.Success);
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Example" }, "frame_scope.py", 0,
            "__main__", source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        var tree = CSharpSyntaxTree.ParseText(CSharpEmitter.Emit(compiled.Module!, request));
        var methods = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => (m.Identifier.Text, m.ToFullString()));
        var structs = tree.GetRoot().DescendantNodes().OfType<StructDeclarationSyntax>().Select(s => (s.Identifier.Text, s.ToFullString()));
        return methods.Concat(structs)
            // The module's own code differs: it defines the new functions.
            .Where(m => !m.Item1.Contains("body0_", StringComparison.Ordinal) && !m.Item1.Contains("frame0_", StringComparison.Ordinal))
            .ToDictionary(m => m.Item1, m => m.Item2);
    }
}
