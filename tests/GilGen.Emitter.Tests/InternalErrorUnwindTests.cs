using GilGen.Runtime;
using ThreadState = GilGen.Runtime.ThreadState;

namespace GilGen.Emitter.Tests;

/// <summary>
/// A .NET exception that is not a Python exception (a GilGen bug: the runtime threw where it should have raised)
/// becomes SystemError at the innermost Python frame it reaches (EmittedOps.InternalError), so the frames it
/// unwinds run their <c>finally</c> blocks and <c>with</c> exits, and <c>except</c> sees it, as CPython runs them
/// for an interpreter error. Before, the generated catch took only PyException: a <c>with lock:</c> left the lock
/// held and a thread waiting for it hung. The .NET exception is provoked by <c>boom</c>, a builtin this test
/// makes and passes in as an argument (nothing a Python program can reach otherwise).
/// </summary>
public sealed class InternalErrorUnwindTests
{
    private const string Source = """
        import threading

        lock = threading.Lock()
        log = []
        waiter = None


        def wait_for_lock():
            with lock:
                log.append('waiter has the lock')


        def with_lock(boom):
            global waiter
            waiter = threading.Thread(target=wait_for_lock)
            with lock:
                waiter.start()
                boom('invalid')
            log.append('not reached')


        def finish():
            # Bounded: with the lock left held, the waiter would never end.
            waiter.join(10)
            got = lock.acquire(False)
            if got:
                lock.release()
            return str(waiter.is_alive()) + ' ' + str(got) + ' ' + ','.join(log)


        def try_finally(boom):
            try:
                boom('invalid')
            finally:
                log.append('finally ran')


        def except_system_error(boom):
            try:
                boom('invalid')
            except SystemError as e:
                return 'SystemError: ' + str(e)
            return 'not caught'


        def except_exception(boom):
            try:
                boom('invalid')
            except Exception as e:
                return type(e).__name__
            return 'not caught'


        def leaf(boom):
            return boom('invalid')


        def middle(boom):
            x = leaf(boom)
            return x


        def long_middle(boom):
            a = 1
            b = a + 1
            c = b + a
            d = c * b
            e = d - a
            x = leaf(boom)
            return a + b + c + d + e + x


        def handled_around(boom, inner):
            try:
                inner(boom)
            except SystemError as e:
                return 'caught'


        def gen_plain(boom):
            yield 1
            yield boom('invalid')


        def gen_with_try(boom):
            try:
                yield 1
                yield boom('invalid')
            finally:
                log.append('generator finally ran')


        def drive(g):
            out = [next(g)]
            try:
                next(g)
            except SystemError:
                out.append('SystemError')
            try:
                next(g)
            except StopIteration:
                out.append('finished')
            return out


        def kind_of(boom, kind):
            try:
                boom(kind)
            except BaseException as e:
                return type(e).__name__
            return 'not raised'


        def passes_through(boom, kind):
            try:
                boom(kind)
            except BaseException:
                log.append('except ran')
            finally:
                log.append('finally ran')
        """;

    /// <summary>The .NET exception each kind throws.</summary>
    private static Exception Throw(string kind) => kind switch
    {
        "invalid" => new InvalidOperationException("the runtime is confused"),
        "memory" => new OutOfMemoryException(),
        "stack" => new InsufficientExecutionStackException(),
        "canceled" => new OperationCanceledException("cancelled on purpose"),
        "aborted" => new ScheduleAbortedException("schedule aborted on purpose"),
        "exit" => new InterpreterExitException(3),
        _ => throw new ArgumentException(kind),
    };

    private sealed class Program : IDisposable
    {
        private readonly GilInterpreter _interp;
        private readonly PyModule _module;
        private readonly PyValue _boom;

        public Program()
        {
            var compiled = GilGen.Compiler.PythonCompiler.Compile(Source, "internal_errors.py");
            Assert.True(compiled.Success);
            var definition = ExampleRunTests.Load("internal_errors", Source, compiled.Module!);
            _interp = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Modern, Stdout = new StringWriter(), Stderr = new StringWriter() });
            _module = _interp.Run(definition, "internal_errors");
            Ts = _interp.Ensure();
            _boom = PyValue.From(new PyBuiltinFunction("boom", (ts, args, kw) => throw Throw(((PyStr)args[0].Obj!).Value)));
        }

        public ThreadState Ts { get; }

        public PyValue Global(string name) => _module.GetGlobal(name);

        /// <summary>Calls the module's function <paramref name="name"/> with boom and <paramref name="more"/>; its result as a str.</summary>
        public string Call(string name, params PyValue[] more) => CallWith(name, new[] { _boom }.Concat(more).ToArray());

        /// <summary>Calls the module's function <paramref name="name"/> with <paramref name="args"/>; its result as a str.</summary>
        public string CallWith(string name, params PyValue[] args)
        {
            var value = Ops.Call(Ts, Global(name), args, null);
            try { return value.Obj is PyStr s ? s.Value : ReprOf(Ts, value); }
            finally { value.DecRef(); }
        }

        /// <summary>Calls <paramref name="name"/> and returns the exception it ends with.</summary>
        public Exception Fails(string name, params PyValue[] more)
        {
            try { Call(name, more); }
            catch (Exception e) { return e; }
            Assert.Fail(name + " returned");
            return null!;
        }

        public string Log()
        {
            var log = ReprOf(Ts, Global("log"));
            return log;
        }

        public void Dispose() => _interp.Release(Ts);
    }

    [Fact]
    public void A_with_block_releases_its_lock_and_the_error_is_SystemError()
    {
        using var program = new Program();
        var e = Assert.IsType<PyException>(program.Fails("with_lock"));
        Assert.Same(ExceptionTypes.SystemError, e.TypeValue.Obj);
        Assert.IsType<InvalidOperationException>(e.InnerException);
        string traceback = e.FormatTraceback();
        Assert.Contains("SystemError: GilGen internal error", traceback, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: the runtime is confused", traceback, StringComparison.Ordinal);
        Assert.Single(TracebackLines(traceback, "in with_lock"));
        // The waiter got the lock once the with block left, and ended; the lock is free again.
        Assert.Equal("False True waiter has the lock", program.CallWith("finish"));
    }

    [Fact]
    public void Finally_runs_and_except_catches_it_as_SystemError_and_as_Exception()
    {
        using var program = new Program();
        Assert.Same(ExceptionTypes.SystemError, Assert.IsType<PyException>(program.Fails("try_finally")).TypeValue.Obj);
        Assert.Equal("['finally ran']", program.Log());
        Assert.Equal("SystemError: GilGen internal error (a GilGen bug, please report it): System.InvalidOperationException: the runtime is confused",
            program.Call("except_system_error"));
        Assert.Equal("SystemError", program.Call("except_exception"));
    }

    /// <summary>
    /// Raised in a frame without try blocks (one method, and split: 16 instructions or more), the error is SystemError
    /// from that frame on: each frame is in the traceback once, and a caller's except catches it.
    /// </summary>
    [Theory]
    [InlineData("middle")]
    [InlineData("long_middle")]
    public void A_frame_without_try_blocks_turns_it_into_SystemError_with_each_frame_once(string function)
    {
        using var program = new Program();
        var e = Assert.IsType<PyException>(program.Fails(function));
        Assert.Same(ExceptionTypes.SystemError, e.TypeValue.Obj);
        string traceback = e.FormatTraceback();
        Assert.Single(TracebackLines(traceback, "in " + function));
        Assert.Single(TracebackLines(traceback, "in leaf"));
        Assert.True(traceback.IndexOf("in " + function, StringComparison.Ordinal) < traceback.IndexOf("in leaf", StringComparison.Ordinal), traceback);
        Assert.Equal("caught", program.Call("handled_around", program.Global(function)));
    }

    /// <summary>A generator the error leaves is finished (its frame released, not resumable), with try blocks or without.</summary>
    [Theory]
    [InlineData("gen_plain", "[1, 'SystemError', 'finished']", "[]")]
    [InlineData("gen_with_try", "[1, 'SystemError', 'finished']", "['generator finally ran']")]
    public void A_generator_left_by_it_is_finished(string generator, string expected, string log)
    {
        using var program = new Program();
        var gen = Ops.Call(program.Ts, program.Global(generator), new[] { PyValue.From(new PyBuiltinFunction("boom", (ts, args, kw) => throw Throw("invalid"))) }, null);
        var drive = Ops.Call(program.Ts, program.Global("drive"), new[] { gen }, null);
        Assert.Equal(expected, ReprOf(program.Ts, drive));
        Assert.Equal(log, program.Log());
    }

    /// <summary>The .NET exceptions with a Python meaning raise that Python exception.</summary>
    [Theory]
    [InlineData("memory", "MemoryError")]
    [InlineData("stack", "RecursionError")]
    [InlineData("invalid", "SystemError")]
    public void Exceptions_with_a_Python_meaning_become_it(string kind, string expected)
    {
        using var program = new Program();
        Assert.Equal(expected, program.Call("kind_of", PyValue.Str(kind)));
    }

    /// <summary>
    /// The runtime's own control exceptions (a cancellation, a deterministic schedule's abort, a worker
    /// interpreter's exit) are not errors of the program: no except or finally written in Python sees them.
    /// </summary>
    [Theory]
    [InlineData("canceled", typeof(OperationCanceledException))]
    [InlineData("aborted", typeof(ScheduleAbortedException))]
    [InlineData("exit", typeof(InterpreterExitException))]
    public void Control_exceptions_pass_through_untouched(string kind, Type type)
    {
        using var program = new Program();
        Assert.IsType(type, program.Fails("passes_through", PyValue.Str(kind)));
        Assert.Equal("[]", program.Log());
    }

    private static string ReprOf(ThreadState ts, PyValue value) => value.Obj is PyObject o ? o.ReprString(ts) : value.ToString() ?? "";

    private static IEnumerable<string> TracebackLines(string traceback, string containing) =>
        traceback.Split('\n').Where(l => l.Contains(containing, StringComparison.Ordinal));
}
