using System.Reflection;
using GilGen.Compiler;
using GilGen.Compiler.Emit;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// The inline caches of attribute instructions (AttributeSite): each kind of site specializes on what it
/// sees, and a change to the class or the instance that the cached fact depends on changes the result at
/// once. (The conformance program language/052_inline_cache_invalidation.py covers many more changes.)
/// </summary>
public sealed class InlineCacheTests
{
    private const string Program = """
        import math

        class Point:
            def __init__(self, x):
                self.alpha = x

            def beta(self):
                return "method"

        def read(p):
            return p.alpha

        def call(p):
            return p.beta()

        def store(p, v):
            p.gamma = v

        def module_attr():
            return math.pi

        def builtin_method(items, v):
            items.append(v)

        p = Point(1)
        items = []
        for i in range(3):
            read(p)
            call(p)
            store(Point(i), i)
            module_attr()
            builtin_method(items, i)
        print(read(p), call(p), len(items))
        """;

    /// <summary>Compiles and runs <paramref name="source"/>; returns its stdout and the generated class (whose static fields are the sites).</summary>
    private static (string Stdout, Type Class) Run(string source)
    {
        var result = PythonCompiler.Compile(source, "sites.py");
        Assert.NotNull(result.Module);
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Sites" }, "sites.py", 0,
            "__main__", source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        var type = EmittedAssembly.Compile(CSharpEmitter.Emit(result.Module!, request)).GetType("Emitted.Sites")!;
        var stdout = new StringWriter();
        new GilInterpreter(new GilOptions { Stdout = stdout, Stderr = stdout }).Run((ModuleDefinition)type.GetProperty("ModuleDefinition")!.GetValue(null)!);
        return (stdout.ToString(), type);
    }

    private static Dictionary<string, string> SitesOf(Type type) =>
        type.GetFields(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(AttributeSite))
            .Select(f => (AttributeSite)f.GetValue(null)!)
            .GroupBy(s => s.Name)
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(s => s.Specialization).OrderBy(x => x, StringComparer.Ordinal)));

    [Fact]
    public void Each_kind_of_site_specializes_on_what_it_sees()
    {
        var (stdout, type) = Run(Program);
        var sites = SitesOf(type);
        Assert.Equal("1 method 3\n", stdout);
        Assert.Equal("Append,InstanceValue", sites["alpha"]);   // __init__'s store adds it; read() reads it by index
        Assert.Equal("Method", sites["beta"]);
        Assert.Equal("Append", sites["gamma"]);               // every Point(i) gets gamma added by store()
        Assert.Equal("ModuleGlobal", sites["pi"]);
        Assert.Equal("BuiltinMethod", sites["append"]);
    }

    [Fact]
    public void A_site_that_sees_many_classes_stays_correct_while_it_backs_off()
    {
        const string source = """
            classes = []
            for k in range(5):
                def __init__(self, k=k):
                    self.value = k
                classes.append(type("C%d" % k, (), {"__init__": __init__, "twice": lambda self: self.value * 2}))
            objects = [c() for c in classes]
            total = 0
            for i in range(7000):
                o = objects[i % 5 if i < 2000 else 3]
                total += o.value + o.twice()
            print(total)
            """;
        var (stdout, type) = Run(source);
        // 2000 iterations over values 0..4 (value + twice: 30 per round of 5), then 5000 on value 3 (9 each).
        Assert.Equal("57000\n", stdout);
        // Backed off while it saw five classes, the site specialized again on the one class it then saw.
        Assert.Equal("InstanceValue", SitesOf(type)["value"].Split(',').Distinct().Single(s => s != "None" && s != "Append"));
    }
}
