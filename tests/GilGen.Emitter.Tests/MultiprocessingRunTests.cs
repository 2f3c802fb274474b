using GilGen.Compiler;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// multiprocessing and ProcessPoolExecutor on worker interpreters (docs/architecture/design.md §5c): each worker
/// is an isolated interpreter with its own GIL and pid, started as spawn starts a process; calls and results
/// are copied by pickle's rules; a worker's exception reaches the parent; a dead worker breaks the pool.
/// </summary>
public sealed class MultiprocessingRunTests
{
    private static ModuleDefinition Compile(string name, string source)
    {
        var result = PythonCompiler.Compile(source, name + ".py");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Id} {d.Message}")));
        return ExampleRunTests.Load(name, source, result.Module!);
    }

    private static (string Stdout, string Stderr) Run(string name, string source) => ExampleRunTests.CompileAndRun(name, source);

    private static string RunOk(string name, string source) => ExampleRunTests.CompileAndRunOk(name, source);

    [Fact]
    public void Seed_13_prints_its_line()
    {
        var source = ExampleRunTests.Source("13_process_pool");
        Assert.Equal("workers: 2 parent excluded: True\n", RunOk("seed13", source));
    }

    [Fact]
    public void Each_worker_has_its_own_stable_pid_and_the_parent_as_ppid()
    {
        var stdout = RunOk("pids", """
            import multiprocessing, os
            def ids(_):
                return (os.getpid(), os.getppid(), multiprocessing.current_process().name)
            if __name__ == "__main__":
                spawn = multiprocessing.get_context("spawn")   # the default start method on Linux is fork
                with spawn.Pool(2) as pool:
                    first = pool.map(ids, range(8), chunksize=1)
                    again = pool.map(ids, range(8), chunksize=1)
                # Which worker takes which task is timing, so only what holds for any split is printed:
                # at most two pids, never the parent's, and each worker name keeps one pid.
                pids = {p for p, _, _ in first + again}
                print(len(pids) <= 2, os.getpid() in pids, {pp for _, pp, _ in first + again} == {os.getpid()})
                named = {(p, n) for p, _, n in first + again}
                print(len(named) == len({n for _, n in named}) == len(pids),
                      {n for _, n in named} <= {'SpawnPoolWorker-1', 'SpawnPoolWorker-2'})
                with spawn.Pool(1) as pool:
                    # A module's function goes by name: the worker calls its own os.getpid.
                    print(pool.apply(os.getpid) != os.getpid(), pool.map(abs, [-1, 2]))
            """);
        Assert.Equal("True False True\nTrue True\nTrue [1, 2]\n", stdout);
    }

    [Fact]
    public void Arguments_and_results_are_copied_as_pickle_copies_them()
    {
        var stdout = RunOk("copies", """
            import multiprocessing, threading
            class Box:
                def __init__(self, v):
                    self.v = v
            def same(x):
                return x
            def outer():
                def inner(): pass
                return inner
            def gen():
                yield 1
            if __name__ == "__main__":
                with multiprocessing.Pool(1) as pool:
                    shared = [1, 2]
                    cyc = [0]
                    cyc.append(cyc)
                    a, b, c, box = pool.apply(same, (((shared, shared), cyc, {1: {2.5, "x"}, (1, 2): b"y"}, Box([3])),))
                    print(a, a[0] is a[1], a[0] is shared, b[1] is b, c, type(box).__name__, box.v)
                    for bad in (lambda: 0, outer(), threading.Lock(), gen()):
                        try:
                            pool.apply(same, (bad,))
                        except Exception as e:
                            print(type(e).__name__, str(e).split(" at 0x")[0])
            """);
        Assert.Equal(
            "([1, 2], [1, 2]) True False True {1: {2.5, 'x'}, (1, 2): b'y'} Box [3]\n" +
            "PicklingError Can't pickle <function <lambda>\n" +
            "AttributeError Can't pickle local object 'outer.<locals>.inner'\n" +
            "TypeError cannot pickle '_thread.lock' object\n" +
            "TypeError cannot pickle 'generator' object\n",
            stdout.Replace("{'x', 2.5}", "{2.5, 'x'}"));
    }

    [Fact]
    public void Spawn_runs_the_main_module_again_as_mp_main()
    {
        var stdout = RunOk("spawn", """
            import multiprocessing
            print("top level of", __name__, flush=True)
            def child():
                print("child sees", __name__, flush=True)
            if __name__ == "__main__":
                p = multiprocessing.get_context("spawn").Process(target=child)
                p.start()
                p.join()
                print("exit code", p.exitcode)
            """);
        Assert.Equal("top level of __main__\ntop level of __mp_main__\nchild sees __mp_main__\nexit code 0\n", stdout);
    }

    [Fact]
    public void Starting_a_process_without_the_main_guard_is_CPythons_RuntimeError_in_the_child()
    {
        var (stdout, stderr) = Run("noguard", """
            import multiprocessing, sys
            def child():
                pass
            # (Not fork, the default on Linux: fork does not run the main module again.)
            p = multiprocessing.get_context("spawn").Process(target=child)
            p.start()
            p.join()
            if multiprocessing.parent_process() is None:
                print("exit code", p.exitcode)
            """);
        Assert.Equal("exit code 1\n", stdout);
        Assert.Contains("RuntimeError: \n        An attempt has been made to start a new process before the\n", stderr);
    }

    [Fact]
    public void A_worker_exception_reaches_the_parent_with_the_worker_traceback_as_cause()
    {
        var stdout = RunOk("remote_error", """
            from concurrent.futures import ProcessPoolExecutor
            class Bad(Exception):
                pass
            def fail(x):
                raise Bad("no %d" % x)
            if __name__ == "__main__":
                with ProcessPoolExecutor(2) as ex:
                    try:
                        ex.submit(fail, 7).result()
                    except Bad as e:
                        print(repr(e), type(e.__cause__).__name__)
                        print("line 5" in str(e.__cause__), 'raise Bad("no %d" % x)' in str(e.__cause__))
                    print(ex.submit(pow, 2, 10).result())
            """);
        Assert.Equal("Bad('no 7') _RemoteTraceback\nTrue True\n1024\n", stdout);
    }

    [Fact]
    public void A_worker_that_dies_breaks_the_pool_without_a_hang()
    {
        var stdout = RunOk("broken", """
            import os
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool
            def die(code):
                os._exit(code)
            if __name__ == "__main__":
                ex = ProcessPoolExecutor(1)
                try:
                    ex.submit(die, 3).result(timeout=60)
                except BrokenProcessPool as e:
                    print(e)
                try:
                    ex.submit(abs, 1)
                except BrokenProcessPool as e:
                    print(e)
                ex.shutdown()
            """);
        Assert.Equal(
            "A process in the process pool was terminated abruptly while the future was running or pending.\n" +
            "A child process terminated abruptly, the process pool is not usable anymore\n", stdout);
    }

    [Fact]
    public void Workers_have_GILs_of_their_own()
    {
        var main = Compile("own_gil", """
            def inc(x):
                return x + 1
            """);
        var interp = new GilInterpreter(new GilOptions { Stdout = new StringWriter(), Stderr = new StringWriter() });
        interp.Run(main);
        var ts = interp.Ensure();
        try
        {
            var a = WorkerInterpreter.Start(ts, "A");
            var b = WorkerInterpreter.Start(ts, "B");
            var inc = interp.Modules.Find("__main__")!.GetGlobal("inc");
            var args = PyValue.From(new PyTuple(new[] { PyValue.Int(41) }));
            var kwargs = PyValue.From(new PyDict());
            Assert.Equal(42, a.Call(ts, inc, args, kwargs).IntValue);   // A is up and idle
            // Another OS thread takes A's GIL and keeps it; B still runs a call to the end, and so does this
            // thread with the parent's GIL held: three GILs, none waiting for another.
            using var holding = new ManualResetEventSlim();
            using var done = new ManualResetEventSlim();
            var holder = new Thread(() =>
            {
                var held = a.Interpreter.Ensure();
                holding.Set();
                done.Wait();
                a.Interpreter.Release(held);
            });
            holder.Start();
            holding.Wait();
            Assert.Equal(42, b.Call(ts, inc, args, kwargs).IntValue);
            Assert.True(ts.HoldsGil);
            done.Set();
            holder.Join();
            Assert.Equal(42, a.Call(ts, inc, args, kwargs).IntValue);
            Assert.NotEqual(a.Pid, b.Pid);
            Assert.Equal(interp.ProcessId, a.Interpreter.ParentProcessId);
            a.Close();
            b.Close();
            Assert.True(a.Join(ts, 60_000));
            Assert.True(b.Join(ts, 60_000));
            Assert.Equal(0, a.ExitCode);
            args.DecRef();
            kwargs.DecRef();
            inc.DecRef();
        }
        finally { interp.Release(ts); }
    }
}
