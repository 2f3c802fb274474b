using GilGen.Compiler;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// Library modules laid out as packages (runtime/GilGen.Runtime/Lib/concurrent/futures/*.py;
/// docs/architecture/design.md §5), through the whole pipeline: CPython's names, parents bound to their
/// submodules, <c>from package import submodule</c>, and the errors for a name that is not there.
/// </summary>
public sealed class PackageImportTests
{
    private static (string Stdout, string Stderr) Run(string name, string source) => ExampleRunTests.CompileAndRun(name, source);

    private static string RunOk(string name, string source) => ExampleRunTests.CompileAndRunOk(name, source);

    [Fact]
    public void Import_of_a_dotted_name_binds_the_top_package_and_each_submodule_on_its_parent()
    {
        var stdout = RunOk("dotted", """
            import concurrent.futures
            print(concurrent.__name__, concurrent.futures.__name__)
            print(concurrent.futures.thread.__name__, concurrent.futures._base.__name__)
            print(concurrent.futures.ThreadPoolExecutor.__module__)
            """);
        Assert.Equal("concurrent concurrent.futures\nconcurrent.futures.thread concurrent.futures._base\nconcurrent.futures.thread\n", stdout);
    }

    [Fact]
    public void Package_and_package_of_a_module_are_set_as_CPython_sets_them()
    {
        var stdout = RunOk("package_attrs", """
            import concurrent.futures._base as b
            import concurrent
            import threading
            print(repr(concurrent.__package__), repr(concurrent.futures.__package__), repr(b.__package__))
            print(repr(threading.__package__))
            print(concurrent.futures.__path__, hasattr(b, '__path__'), hasattr(threading, '__path__'))
            print(b.__file__)
            """);
        Assert.Equal(
            "'concurrent' 'concurrent.futures' 'concurrent.futures'\n" +
            "''\n" +
            "['<gilgen>/concurrent/futures'] False False\n" +
            "<gilgen>/concurrent/futures/_base.py\n",
            stdout.Replace('\\', '/'));
    }

    [Fact]
    public void From_a_package_import_a_submodule_imports_it()
    {
        var stdout = RunOk("from_package", """
            from concurrent.futures import process, thread
            from concurrent import futures
            import sys
            print(process.__name__, thread.__name__, futures.__name__)
            print('concurrent.futures.process' in sys.modules, futures.process is process)
            """);
        Assert.Equal("concurrent.futures.process concurrent.futures.thread concurrent.futures\nTrue True\n", stdout);
    }

    [Fact]
    public void As_binds_the_submodule_itself()
    {
        var stdout = RunOk("import_as", """
            import concurrent.futures.thread as t
            import concurrent.futures as cf
            print(t.__name__, cf.__name__, cf.thread is t)
            """);
        Assert.Equal("concurrent.futures.thread concurrent.futures True\n", stdout);
    }

    [Fact]
    public void A_missing_name_in_a_package_is_ImportError_and_a_submodule_of_a_module_is_not_a_package()
    {
        var interp = new GilInterpreter(new GilOptions { Stdout = new StringWriter(), Stderr = new StringWriter() });
        var ts = interp.Ensure();
        try
        {
            var notPackage = Assert.Throws<PyException>(() => interp.Modules.Import(ts, "threading.nothing"));
            Assert.Equal("ModuleNotFoundError: No module named 'threading.nothing'; 'threading' is not a package", notPackage.Message);
            var missing = Assert.Throws<PyException>(() => interp.Modules.Import(ts, "concurrent.nothing"));
            Assert.Equal("ModuleNotFoundError: No module named 'concurrent.nothing'", missing.Message);
            Assert.True(interp.Modules.CanImport("concurrent.futures.thread"));
            Assert.False(interp.Modules.CanImport("concurrent.futures.nothing"));
        }
        finally { interp.Release(ts); }

        var compiled = PythonCompiler.Compile("from concurrent.futures import nothing\n", "m.py");
        Assert.True(compiled.Success);
        var (stdout, stderr) = Run("missing_name", "try:\n    from concurrent.futures import nothing\nexcept ImportError as e:\n    print(type(e).__name__, e)\n");
        Assert.Equal("", stderr);
        Assert.Equal("ImportError cannot import name 'nothing' from 'concurrent.futures' (<gilgen>/concurrent/futures/__init__.py)\n", stdout.Replace('\\', '/'));
    }

    [Fact]
    public void ProcessPoolExecutor_lives_in_the_process_submodule_and_checks_max_workers()
    {
        var stdout = RunOk("process_pool", """
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool
            print(ProcessPoolExecutor.__module__, BrokenProcessPool.__mro__[1].__name__)
            try:
                ProcessPoolExecutor(0)
            except ValueError as e:
                print(e)
            """);
        Assert.Equal("concurrent.futures.process BrokenExecutor\nmax_workers must be greater than 0\n", stdout);
    }

    [Fact]
    public void Idle_pool_workers_are_woken_and_joined_when_the_main_module_ends()
    {
        // No shutdown(): the threading atexit hook of concurrent.futures.thread ends the workers, so the
        // interpreter's wait for non-daemon threads returns.
        var stdout = RunOk("no_shutdown", """
            from concurrent.futures import ThreadPoolExecutor
            pool = ThreadPoolExecutor(3)
            print(sorted(pool.map(abs, [-3, -1, -2])))
            """);
        Assert.Equal("[1, 2, 3]\n", stdout);
    }

    [Fact]
    public void Traceback_format_exc_and_print_exc_give_the_handled_exception_as_CPython_prints_it()
    {
        var stdout = RunOk("traceback_text", """
            import io
            import traceback
            print(repr(traceback.format_exc()))
            def fail():
                raise ValueError("boom")
            try:
                fail()
            except ValueError:
                text = traceback.format_exc()
                buffer = io.StringIO()
                traceback.print_exc(file=buffer)
            print(text == buffer.getvalue())
            print(text.splitlines()[0])
            print(text.splitlines()[-1])
            print(text.count("in fail"))
            """);
        Assert.Equal("'NoneType: None\\n'\nTrue\nTraceback (most recent call last):\nValueError: boom\n1\n", stdout);
    }
}
