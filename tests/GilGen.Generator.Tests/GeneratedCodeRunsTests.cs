using System;
using System.IO;
using System.Linq;
using System.Reflection;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GilGen.Generator.Tests;

/// <summary>
/// The generated code compiles against the runtime with no errors, and runs in-process with the
/// examples' expected output.
/// </summary>
public sealed class GeneratedCodeRunsTests
{
    public static TheoryData<string> Examples => new(ExampleFiles.ModuleExamples);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_module_compiles_and_prints_its_expected_output(string example)
    {
        var compilation = GeneratorHarness.CreateCompilation(("Examples/" + ExampleFiles.ClassName(example) + ".cs", ExampleFiles.AsGilModule(example)));

        var assembly = CompileAndLoad(compilation);
        // Run(GilInterpreter? interpreter = null): every parameter left to its default.
        var run = assembly.GetType("GilGen.Examples." + ExampleFiles.ClassName(example), throwOnError: true)!
            .GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == "Run");
        var output = CapturingStdout(() => run.Invoke(null, run.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : null).ToArray()));

        Assert.Equal(ExampleFiles.ExpectedOutput(example), output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void GilFunction_method_returns_the_python_result()
    {
        const string code = """
            using GilGen;
            namespace Demo;
            public static partial class Arithmetic
            {
                [GilFunction(\"\"\"
                    def add(a, b):
                        return a * 10 + b
                    \"\"\")]
                public static partial long Add(long a, long b);

                [GilFunction("def count_down(n):\n    while n > 0:\n        n -= 1\n    return n")]
                public static partial long CountDown(long n);
            }
            """;
        var assembly = CompileAndLoad(GeneratorHarness.CreateCompilation(("Demo/Arithmetic.cs", code.Replace("\\\"", "\""))));
        var type = assembly.GetType("Demo.Arithmetic", throwOnError: true)!;

        Assert.Equal(42L, type.GetMethod("Add")!.Invoke(null, new object[] { 4L, 2L }));
        Assert.Equal(0L, type.GetMethod("CountDown")!.Invoke(null, new object[] { 1000L }));
    }

    /// <summary>
    /// A project's .py files import one another by module name (each registers itself from a module initializer), a
    /// package's too; the same imports compile without GIL0003. Expected output: CPython 3.12's on the same files.
    /// </summary>
    [Fact]
    public void Py_files_of_a_project_import_one_another()
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/src/app.py", "import shapes\nfrom shapes import area\nprint(area(3, 4), shapes.UNIT)\n"),
            new InMemoryAdditionalText("/src/shapes.py", "UNIT = 'cm'\n\ndef area(w, h):\n    return w * h\n"),
        };
        var compilation = GeneratorHarness.CreateCompilation(("Demo/Empty.cs", "namespace Demo;\n"));

        var assembly = CompileAndLoad(compilation, files, new System.Collections.Generic.Dictionary<string, string> { ["build_property.RootNamespace"] = "Demo" });
        var app = (GilGen.Runtime.ModuleDefinition)assembly.GetType("Demo.App", throwOnError: true)!.GetProperty("ModuleDefinition")!.GetValue(null)!;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        new GilGen.GilInterpreter(new GilGen.GilOptions { Stdout = stdout, Stderr = stderr }).Run(app);

        Assert.Equal("", stderr.ToString());
        Assert.Equal("12 cm\n", stdout.ToString());
    }

    private static Assembly CompileAndLoad(Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation,
        System.Collections.Generic.IEnumerable<AdditionalText>? additionalTexts = null, System.Collections.Generic.IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var result = GeneratorHarness.Run(compilation, additionalTexts, buildProperties);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationErrors);

        using var image = new MemoryStream();
        var emit = result.OutputCompilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        // Loaded into the default context, so it binds to the GilGen.Runtime the tests already use.
        return Assembly.Load(image.ToArray());
    }

    // The interpreter's stdout is where print goes; GilInterpreter.Default.Stdout is set through
    // reflection so that these tests do not break the build while the runtime's API settles.
    private static string CapturingStdout(Action run)
    {
        var writer = new StringWriter();
        var interpreterType = typeof(GilGen.Runtime.PyValue).Assembly.GetType("GilGen.GilInterpreter", throwOnError: true)!;
        var interpreter = interpreterType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var stdoutField = interpreterType.GetField("Stdout");
        var stdoutProperty = interpreterType.GetProperty("Stdout");
        var previous = stdoutField?.GetValue(interpreter) ?? stdoutProperty?.GetValue(interpreter);
        void Set(object? value)
        {
            if (stdoutField is not null) stdoutField.SetValue(interpreter, value);
            else stdoutProperty!.SetValue(interpreter, value);
        }
        Set(writer);
        try
        {
            run();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
        finally
        {
            Set(previous);
        }
        return writer.ToString();
    }
}
