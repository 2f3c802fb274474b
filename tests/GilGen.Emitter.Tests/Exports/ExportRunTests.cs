using GilGen.Compiler;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests.Exports;

/// <summary>
/// C# methods exported to Python ([GilExport] in <see cref="TestExports"/>, made by the generator in this
/// project's build) called from compiled Python: conversions, CPython's TypeErrors, exceptions with the export's
/// traceback line, and ReleasesGil, which runs the method without the GIL (observed from inside the call, never
/// timed). docs/exports.md.
/// </summary>
public sealed class ExportRunTests
{
    internal static (GilInterpreter Interp, string Stdout, string Stderr, PyException? Error) Run(string name, string source, RuntimeProfile profile = RuntimeProfile.Modern)
    {
        // The compiler knows the modules the runtime's registry has now: the extension modules included.
        var options = new CompilerOptions { KnownModules = ModuleRegistry.AllImportableModuleNames.ToArray() };
        var result = PythonCompiler.Compile(source, name + ".py", options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Id} {d.Message}")));
        var definition = ExampleRunTests.Load(name, source, result.Module!);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interp = new GilInterpreter(new GilOptions { Profile = profile, Stdout = stdout, Stderr = stderr });
        PyException? error = null;
        try { interp.Run(definition); }
        catch (PyException e) { error = e; }
        return (interp, stdout.ToString(), stderr.ToString(), error);
    }

    private static string RunOk(string name, string source, RuntimeProfile profile = RuntimeProfile.Modern)
    {
        var (_, stdout, stderr, error) = Run(name, source, profile);
        Assert.Null(error?.FormatTraceback());
        Assert.Equal("", stderr);
        return stdout;
    }

    [Fact]
    public void The_generated_module_is_registered_when_the_assembly_loads()
    {
        Assert.Same(TestExports.GilExtensionModule, ExtensionModules.Find("testexports"));
        Assert.Contains("testexports", ModuleRegistry.AllImportableModuleNames);
        Assert.Equal(
            new[] { "sum_squares", "scale", "greet", "squares", "nothing", "divide", "fail_with", "checked_sqrt", "describe", "same", "spin", "gil_is_free", "gil_is_held", "meet_inside", "touch_python", "block_without_gil" },
            TestExports.GilExtensionModule.Functions.Select(f => f.Name));
        Assert.True(TestExports.GilExtensionModule.Functions.Single(f => f.Name == "spin").ReleasesGil);
        Assert.False(TestExports.GilExtensionModule.Functions.Single(f => f.Name == "sum_squares").ReleasesGil);
    }

    [Fact]
    public void Arguments_and_results_are_converted_both_ways() => Assert.Equal(
        "385\n7.5\nhello, ada\nHELLO, ADA!\n[1, 4, 9]\nNone\n3\nnull Int64 Double String Boolean object[2] PyValue dict\nTrue\n"
        + "<built-in function sum_squares> sum_squares\n",
        RunOk("export_convert", """
            import testexports
            from testexports import scale
            print(testexports.sum_squares(10))
            print(scale(2.5, 3))
            print(testexports.greet("ada", 0))
            print(testexports.greet("ada", [1]))
            print(testexports.squares((1, 2, 3)))
            print(testexports.nothing())
            print(testexports.divide(7, 2))
            print(*[testexports.describe(v) for v in (None, 5, 1.5, "s", True, [1, "x"], {})])
            d = {"k": 1}
            print(testexports.same(d) is d)
            print(testexports.sum_squares, testexports.sum_squares.__name__)
            """));

    [Fact]
    public void Wrong_arguments_raise_CPythons_TypeErrors() => Assert.Equal(
        "TypeError: 'str' object cannot be interpreted as an integer\n"
        + "TypeError: 'float' object cannot be interpreted as an integer\n"
        + "OverflowError: Python int too large to convert to C long\n"
        + "TypeError: testexports.sum_squares() takes exactly one argument (0 given)\n"
        + "TypeError: testexports.sum_squares() takes no keyword arguments\n"
        + "TypeError: scale expected 2 arguments, got 1\n"
        + "TypeError: must be real number, not str\n"
        + "OverflowError: signed integer is greater than maximum\n"
        + "TypeError: greet() argument 1 must be str, not int\n"
        + "TypeError: squares() argument 1 must be list or tuple, not int\n"
        + "TypeError: testexports.nothing() takes no arguments (1 given)\n"
        + "TypeError: testexports.scale() takes no keyword arguments\n",
        RunOk("export_type_errors", """
            import testexports
            def attempt(f, *args, **kwargs):
                try:
                    f(*args, **kwargs)
                except (TypeError, OverflowError) as e:
                    print(type(e).__name__ + ":", e)
            attempt(testexports.sum_squares, "x")
            attempt(testexports.sum_squares, 1.5)
            attempt(testexports.sum_squares, 2 ** 70)
            attempt(testexports.sum_squares)
            attempt(testexports.sum_squares, n=3)
            attempt(testexports.scale, 1.5)
            attempt(testexports.scale, "a", 2)
            attempt(testexports.scale, 1.0, 2 ** 40)
            attempt(testexports.greet, 1, True)
            attempt(testexports.squares, 5)
            attempt(testexports.nothing, 1)
            attempt(testexports.scale, 1.0, factor=2)
            """));

    [Fact]
    public void A_CSharp_exception_becomes_the_matching_Python_exception_with_a_traceback_line_naming_the_export()
    {
        var (_, _, _, error) = Run("export_traceback", """
            import testexports
            def half(n):
                return testexports.divide(n, 0)
            half(4)
            """);
        Assert.NotNull(error);
        var traceback = error!.FormatTraceback();
        var divide = TestExports.GilExtensionModule.Functions.Single(f => f.Name == "divide");
        Assert.EndsWith("Exports" + Path.DirectorySeparatorChar + "TestExports.cs", divide.SourceFile);
        Assert.Equal(
            "Traceback (most recent call last):\n"
            + "  File \"export_traceback.py\", line 4, in <module>\n    half(4)\n"
            + "  File \"export_traceback.py\", line 3, in half\n    return testexports.divide(n, 0)\n"
            + $"  File \"{divide.SourceFile}\", line {divide.Line}, in testexports.divide\n"
            + "ZeroDivisionError: Attempted to divide by zero.\n",
            traceback);
    }

    [Fact]
    public void Exceptions_map_to_Python_classes_and_can_be_caught() => Assert.Equal(
        "ValueError n must not be negative (Parameter 'n')\n"
        + "RuntimeError System.InvalidOperationException: boom\n"
        + "3\n",
        RunOk("export_exceptions", """
            import testexports
            try:
                testexports.checked_sqrt(-1)
            except ValueError as e:
                print("ValueError", e)
            try:
                testexports.fail_with("boom")
            except RuntimeError as e:
                print("RuntimeError", e)
            print(testexports.checked_sqrt(9))
            """));

    [Theory]
    [InlineData(RuntimeProfile.Modern)]
    [InlineData(RuntimeProfile.Py39)]
    [InlineData(RuntimeProfile.Py27)]
    public void ReleasesGil_runs_the_method_with_the_GIL_free_and_takes_it_back(RuntimeProfile profile)
    {
        var (_, stdout, stderr, error) = Run("export_gil_free_" + profile, """
            import testexports
            print(testexports.gil_is_held(), testexports.gil_is_free(), testexports.spin(1000))
            """, profile);
        Assert.Null(error?.FormatTraceback());
        Assert.Equal("", stderr);
        Assert.Equal("True True 0\n", stdout);
    }

    [Fact]
    public void ReleasesGil_gives_the_GIL_up_once_and_takes_it_once_per_call()
    {
        // The GIL's own counters: each call without the GIL is one more take (Py_END_ALLOW_THREADS).
        var (few, _, _, e1) = Run("export_takes_few", "import testexports\nfor _ in range(3):\n    testexports.spin(10)\n");
        var (many, _, _, e2) = Run("export_takes_many", "import testexports\nfor _ in range(13):\n    testexports.spin(10)\n");
        var (held, _, _, e3) = Run("export_takes_held", "import testexports\nfor _ in range(13):\n    testexports.sum_squares(10)\n");
        Assert.Null(e1); Assert.Null(e2); Assert.Null(e3);
        Assert.Equal(10, many.GilCounters.Takes - few.GilCounters.Takes);
        Assert.Equal(few.GilCounters.Takes - 3, held.GilCounters.Takes);
    }

    /// <summary>
    /// Two threads meet at a barrier inside the C# method: they can only both be there if the GIL was released.
    /// Were it held, the first would wait alone, time out after ten seconds and print False: a failure, never a hang.
    /// </summary>
    [Theory]
    [InlineData(RuntimeProfile.Modern)]
    [InlineData(RuntimeProfile.Py39)]
    [InlineData(RuntimeProfile.Py27)]
    public void Two_threads_are_inside_a_ReleasesGil_export_at_the_same_time(RuntimeProfile profile)
    {
        lock (typeof(TestExports))
        {
            TestExports.Meeting = new Barrier(2);
            try
            {
                Assert.Equal("[True, True]\n", RunOk("export_meet_" + profile, """
                    import threading
                    import testexports
                    results = []
                    def worker():
                        results.append(testexports.meet_inside())
                    threads = [threading.Thread(target=worker) for _ in range(2)]
                    for t in threads:
                        t.start()
                    for t in threads:
                        t.join()
                    print(results)
                    """, profile));
            }
            finally
            {
                TestExports.Meeting.Dispose();
                TestExports.Meeting = null;
            }
        }
    }

    [Fact]
    public void Touching_Python_without_the_GIL_is_a_RuntimeError_naming_the_export() => Assert.Equal(
        "RuntimeError: testexports.touch_python runs without the GIL (ReleasesGil = true) and cannot use Python objects; "
        + "call Python through a [GilFunction] (it takes the GIL) or export the method without ReleasesGil\n"
        + "RuntimeError: testexports.block_without_gil runs without the GIL (ReleasesGil = true) and cannot use Python objects; "
        + "call Python through a [GilFunction] (it takes the GIL) or export the method without ReleasesGil\n"
        + "still running 385\n",
        RunOk("export_touch", """
            import testexports
            for f in (testexports.touch_python, testexports.block_without_gil):
                try:
                    f()
                except RuntimeError as e:
                    print("RuntimeError:", e)
            print("still running", testexports.sum_squares(10))
            """));

    [Fact]
    public void An_extension_module_is_one_object_per_interpreter()
    {
        var stdout = RunOk("export_identity", """
            import sys
            import testexports
            import testexports as again
            print(again is testexports, sys.modules["testexports"] is testexports, testexports.__name__)
            """);
        Assert.Equal("True True testexports\n", stdout);
    }

    [Fact]
    public void Registering_a_runtime_modules_name_or_a_taken_name_is_refused()
    {
        var function = new ExportedFunction("f", "T.F", 0, false, "T.cs", 1, static (ts, args) => PyValue.None);
        Assert.Throws<ArgumentException>(() => ExtensionModules.Register(new ExtensionModule("math", null, new[] { function })));
        var other = new ExportedFunction("g", "T.G", 0, false, "T.cs", 2, static (ts, args) => PyValue.None);
        Assert.Throws<ArgumentException>(() => ExtensionModules.Register(new ExtensionModule("testexports", null, new[] { other })));
        ExtensionModules.Register(TestExports.GilExtensionModule);   // the same module again: nothing happens
    }
}
