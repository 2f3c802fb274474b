using System;
using System.Threading;
using GilGen.Runtime.Tests.Gil;
using static GilGen.Runtime.Tests.Threading.PythonThreadsHarness;

namespace GilGen.Runtime.Tests.Threading;

/// <summary>threading.Thread: names, lifecycle errors, exceptions escaping a thread, registry functions.</summary>
[Collection(SerialGilTests.Name)]
public sealed class ThreadTests
{
    [Fact]
    public void ThreadsAreNamedAsInCPython310()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue foo = Function("foo", t => PyValue.None);
            PyValue t1 = Call(ts, ThreadingAttr(ts, "Thread"), new[] { foo }, new[] { "target" });
            PyValue t2 = Call(ts, ThreadingAttr(ts, "Thread"), new PyValue[0]);
            PyValue t3 = Call(ts, ThreadingAttr(ts, "Thread"), new[] { PyValue.Str("worker") }, new[] { "name" });
            Assert.Equal("Thread-1 (foo)", Ops.StrOf(ts, Ops.GetAttr(ts, t1, "name")));
            Assert.Equal("Thread-2", Ops.StrOf(ts, Ops.GetAttr(ts, t2, "name")));
            Assert.Equal("worker", Ops.StrOf(ts, Ops.GetAttr(ts, t3, "name")));
            Assert.Equal("<Thread(Thread-1 (foo), initial)>", Ops.ReprOf(ts, t1));
            Assert.True(Ops.GetAttr(ts, t1, "ident").IsNone);
            PyValue main = Call(ts, ThreadingAttr(ts, "current_thread"), new PyValue[0]);
            Assert.Equal("MainThread", Ops.StrOf(ts, Ops.GetAttr(ts, main, "name")));
            Assert.True(Call(ts, ThreadingAttr(ts, "main_thread"), new PyValue[0]).Is(main.Obj!));
        });
    }

    [Fact]
    public void LifecycleErrorsAsExample14Shows()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            PyValue print = Function("print", t => { t.Interp.Stdout.Write("hi\n"); return PyValue.None; });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { print }, new[] { "target" });
            AssertRaises(ExceptionTypes.RuntimeError, "cannot join thread before it is started", () => CallMethod(ts, th, "join"));
            CallMethod(ts, th, "start");
            CallMethod(ts, th, "join");
            AssertRaises(ExceptionTypes.RuntimeError, "threads can only be started once", () => CallMethod(ts, th, "start"));
            Assert.True(CallMethod(ts, th, "is_alive").Is(PyBool.FalseObject));
            PyValue main = Call(ts, ThreadingAttr(ts, "current_thread"), new PyValue[0]);
            AssertRaises(ExceptionTypes.RuntimeError, "cannot join current thread", () => CallMethod(ts, main, "join"));
        });
        Assert.Equal("hi\n", h.Stdout.ToString());
    }

    [Fact]
    public void AnExceptionEscapingAThreadIsPrintedAndTheProgramGoesOn()
    {
        var h = new PythonThreadsHarness();
        var source = new SourceText("prog.py", "def foo():\n    return 1 / 0\n");
        var code = new CodeInfo("foo", "foo", source, 1, "");
        h.RunMain(ts =>
        {
            PyValue foo = Function("foo", t =>
            {
                PyException e = PyErr.ZeroDivisionError("division by zero");
                e.AddFrame(code, 2);
                throw e;
            });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { foo }, new[] { "target" });
            CallMethod(ts, th, "start");
            CallMethod(ts, th, "join");
            ts.Interp.Stdout.Write("after\n");
        });
        Assert.Equal(
            "Exception in thread Thread-1 (foo):\n" +
            "Traceback (most recent call last):\n" +
            "  File \"prog.py\", line 2, in foo\n" +
            "    return 1 / 0\n" +
            "ZeroDivisionError: division by zero\n",
            h.Stderr.ToString());
        Assert.Equal("after\n", h.Stdout.ToString());
    }

    [Fact]
    public void ArgsAndKwargsReachTheTargetAndIdentsAreSet()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            long seenIdent = 0;
            var target = PyValue.From(new PyBuiltinFunction("add", (t, a, kw) =>
            {
                Assert.Equal(new[] { "c" }, kw);
                t.Interp.Stdout.Write($"{a[0].IntValue + a[1].IntValue + a[2].IntValue}\n");
                seenIdent = t.Ident;
                return PyValue.None;
            }));
            PyValue args = Ops.BuildList(new[] { PyValue.Int(1), PyValue.Int(2) });
            PyValue kwargs = Ops.BuildMap(ts, new[] { PyValue.Str("c"), PyValue.Int(3) });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { target, args, kwargs }, new[] { "target", "args", "kwargs" });
            CallMethod(ts, th, "start");
            CallMethod(ts, th, "join");
            Assert.Equal(seenIdent, Ops.GetAttr(ts, th, "ident").IntValue);
            Assert.True(Ops.GetAttr(ts, th, "native_id").IntValue > 0);
        });
        Assert.Equal("6\n", h.Stdout.ToString());
    }

    [Fact]
    public void DaemonIsInheritedAndCannotChangeAfterStart()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { PyValue.True }, new[] { "daemon" });
            Assert.True(Ops.GetAttr(ts, th, "daemon").Is(PyBool.TrueObject));
            PyValue plain = Call(ts, ThreadingAttr(ts, "Thread"), new PyValue[0]);
            Assert.True(Ops.GetAttr(ts, plain, "daemon").Is(PyBool.FalseObject));
            CallMethod(ts, plain, "start");
            AssertRaises(ExceptionTypes.RuntimeError, "cannot set daemon status of active thread",
                () => Ops.SetAttr(ts, plain, "daemon", PyValue.True));
            CallMethod(ts, plain, "join");
        });
    }

    [Fact]
    public void ActiveCountAndEnumerateSeeRunningThreads()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue ev = Call(ts, ThreadingAttr(ts, "Event"), new PyValue[0]);
            PyValue target = Function("blocker", t => CallMethod(t, ev, "wait"));
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { target }, new[] { "target" });
            CallMethod(ts, th, "start");
            Assert.Equal(2, Call(ts, ThreadingAttr(ts, "active_count"), new PyValue[0]).IntValue);
            Assert.Equal(2, Ops.Length(ts, Call(ts, ThreadingAttr(ts, "enumerate"), new PyValue[0])));
            CallMethod(ts, ev, "set");
            CallMethod(ts, th, "join");
            Assert.Equal(1, Call(ts, ThreadingAttr(ts, "active_count"), new PyValue[0]).IntValue);
        });
    }

    [Fact]
    public void TheEndOfMainWaitsForNonDaemonThreads()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            PyValue slow = Function("slow", t =>
            {
                TimeModule.Sleep(t, 0.1);
                t.Interp.Stdout.Write("slow done\n");
                return PyValue.None;
            });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { slow }, new[] { "target" });
            CallMethod(ts, th, "start");
            // No join: RunMain ends with JoinNonDaemonThreads, as the end of __main__ does.
        });
        Assert.Equal("slow done\n", h.Stdout.ToString());
    }

    [Fact]
    public void ATimerCallsItsFunctionUnlessCancelled()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            PyValue fire = Function("fire", t => { t.Interp.Stdout.Write("fired\n"); return PyValue.None; });
            PyValue timer = Call(ts, ThreadingAttr(ts, "Timer"), new[] { PyValue.Float(0.01), fire });
            PyValue cancelled = Call(ts, ThreadingAttr(ts, "Timer"), new[] { PyValue.Float(30), fire });
            CallMethod(ts, timer, "start");
            CallMethod(ts, cancelled, "start");
            CallMethod(ts, cancelled, "cancel");
            CallMethod(ts, timer, "join");
            CallMethod(ts, cancelled, "join");
        });
        Assert.Equal("fired\n", h.Stdout.ToString());
    }

    [Fact]
    public void ThreadLocalValuesAreSeparatePerThread()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue local = Call(ts, ThreadingAttr(ts, "local"), new PyValue[0]);
            Ops.SetAttr(ts, local, "x", PyValue.Int(1));
            bool otherSawNone = false;
            PyValue target = Function("t", t =>
            {
                otherSawNone = Ops.GetAttrOrNull(t, local, "x") == null;
                Ops.SetAttr(t, local, "x", PyValue.Int(2));
                return PyValue.None;
            });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { target }, new[] { "target" });
            CallMethod(ts, th, "start");
            CallMethod(ts, th, "join");
            Assert.True(otherSawNone);
            Assert.Equal(1, Ops.GetAttr(ts, local, "x").IntValue);
        });
    }
}
