using GilGen.Runtime.Tests.Gil;
using static GilGen.Runtime.Tests.Threading.PythonThreadsHarness;

namespace GilGen.Runtime.Tests.Threading;

/// <summary>
/// The runtime's modules written in Python (queue, threading; docs/architecture/design.md §5) and their C#
/// halves (_queue, _thread): importable, written in Python where CPython's are, CPython's errors.
/// </summary>
[Collection(SerialGilTests.Name)]
public sealed class QueueAndLibraryModuleTests
{
    private static PyValue QueueAttr(ThreadState ts, string name) => ts.Interp.Modules.Import(ts, "queue").GetGlobal(name);

    [Fact]
    public void QueueAndThreadingAreModulesCompiledFromPythonInsideTheRuntime()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            Assert.Equal("<module 'queue' from '<gilgen>/queue.py'>", Ops.ReprOf(ts, PyValue.From(ts.Interp.Modules.Import(ts, "queue"))));
            Assert.Equal("<module 'threading' from '<gilgen>/threading.py'>", Ops.ReprOf(ts, PyValue.From(ts.Interp.Modules.Import(ts, "threading"))));
            Assert.Equal("<module '_thread' (built-in)>", Ops.ReprOf(ts, PyValue.From(ts.Interp.Modules.Import(ts, "_thread"))));
            // Classes CPython writes in Python are Python classes (instances have a __dict__); its C ones stay C#.
            Assert.Equal("<class 'queue.Queue'>", Ops.ReprOf(ts, QueueAttr(ts, "Queue")));
            Assert.Equal("<class 'threading.Condition'>", Ops.ReprOf(ts, ThreadingAttr(ts, "Condition")));
            Assert.Equal("<class 'threading.Barrier'>", Ops.ReprOf(ts, ThreadingAttr(ts, "Barrier")));
            Assert.Equal("<class '_queue.SimpleQueue'>", Ops.ReprOf(ts, QueueAttr(ts, "SimpleQueue")));
            Assert.Equal("<class '_queue.Empty'>", Ops.ReprOf(ts, QueueAttr(ts, "Empty")));
            Assert.Equal("<class '_thread.RLock'>", Ops.ReprOf(ts, ThreadingAttr(ts, "RLock")));
            Assert.Contains("queue", ModuleRegistry.LibraryModuleNames);
            Assert.Contains("threading", ModuleRegistry.LibraryModuleNames);
            Assert.DoesNotContain("threading", ModuleRegistry.BuiltinModuleNames);
        });
    }

    [Fact]
    public void QueueRaisesEmptyFullAndTaskDoneErrorsAsCPython()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue q = Call(ts, QueueAttr(ts, "Queue"), new[] { PyValue.Int(1) });
            PyException empty = Assert.Throws<PyException>(() => CallMethod(ts, q, "get_nowait"));
            Assert.Same(QueueModule.EmptyType, empty.Instance.Type);
            Assert.Throws<PyException>(() => Call(ts, Ops.GetAttr(ts, q, "get"), new[] { PyValue.Float(0.01) }, new[] { "timeout" }));
            CallMethod(ts, q, "put", PyValue.Int(7));
            PyException full = Assert.Throws<PyException>(() => CallMethod(ts, q, "put_nowait", PyValue.Int(8)));
            Assert.Equal("Full", full.Instance.Type.Name);
            AssertRaises(ExceptionTypes.ValueError, "'timeout' must be a non-negative number",
                () => Call(ts, Ops.GetAttr(ts, q, "put"), new[] { PyValue.Int(9), PyValue.True, PyValue.Float(-1) }));
            Assert.Equal(7, CallMethod(ts, q, "get").IntValue);
            CallMethod(ts, q, "task_done");
            AssertRaises(ExceptionTypes.ValueError, "task_done() called too many times", () => CallMethod(ts, q, "task_done"));
            CallMethod(ts, q, "join"); // nothing unfinished: returns at once
        });
    }

    [Fact]
    public void SimpleQueueOwnsOneReferenceToEachItemUntilItIsTaken()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue sq = Call(ts, QueueAttr(ts, "SimpleQueue"), new PyValue[0]);
            var item = new PyList();
            PyValue itemValue = PyValue.From(item);
            long before = item.RefCount;
            CallMethod(ts, sq, "put", itemValue).DecRef();
            Assert.Equal(before + 1, item.RefCount);
            Assert.Equal(1, CallMethod(ts, sq, "qsize").IntValue);
            PyValue got = CallMethod(ts, sq, "get");
            Assert.True(got.Is(item));
            Assert.Equal(before + 1, item.RefCount); // the queue's reference went to the caller
            got.DecRef();
            Assert.Equal(before, item.RefCount);
            PyException e = Assert.Throws<PyException>(() => CallMethod(ts, sq, "get", PyValue.False));
            Assert.Same(QueueModule.EmptyType, e.Instance.Type);
            AssertRaises(ExceptionTypes.ValueError, "'timeout' must be a non-negative number",
                () => Call(ts, Ops.GetAttr(ts, sq, "get"), new[] { PyValue.Float(-1) }, new[] { "timeout" }));
        });
    }

    [Fact]
    public void AGetterWaitingOnASimpleQueueLetsAnotherThreadPut()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue sq = Call(ts, QueueAttr(ts, "SimpleQueue"), new PyValue[0]);
            PyValue putter = Function("putter", t => CallMethod(t, sq, "put", PyValue.Int(42)));
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { putter }, new[] { "target" });
            CallMethod(ts, th, "start");
            Assert.Equal(42, Call(ts, Ops.GetAttr(ts, sq, "get"), new[] { PyValue.Float(30) }, new[] { "timeout" }).IntValue);
            CallMethod(ts, th, "join");
        });
    }

    [Fact]
    public void AnExceptionEscapingRunGoesToAReplacedExcepthook()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            var seen = new System.Collections.Generic.List<string>();
            PyValue hook = PyValue.From(new PyBuiltinFunction("hook", (t, a, kw) =>
            {
                PyValue type = Ops.GetAttr(t, a[0], "exc_type");
                PyValue thread = Ops.GetAttr(t, a[0], "thread");
                seen.Add(((PyType)type.Obj!).Name + " in " + Ops.StrOf(t, Ops.GetAttr(t, thread, "name")));
                return PyValue.None;
            }));
            ts.Interp.Modules.Import(ts, "threading").SetGlobal("excepthook", hook);
            PyValue failing = Function("failing", t => throw PyErr.KeyError(PyValue.Str("k")));
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { failing, PyValue.Str("worker") }, new[] { "target", "name" });
            CallMethod(ts, th, "start");
            CallMethod(ts, th, "join");
            Assert.Equal(new[] { "KeyError in worker" }, seen);
        });
        Assert.Equal("", h.Stderr.ToString());
    }

    [Fact]
    public void TheDefaultExcepthookPrintsTheThreadAndTraceback()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            PyValue failing = Function("failing", t => throw PyErr.ValueError("boom"));
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { failing, PyValue.Str("worker") }, new[] { "target", "name" });
            CallMethod(ts, th, "start");
            CallMethod(ts, th, "join");
        });
        Assert.Equal("Exception in thread worker:\nTraceback (most recent call last):\nValueError: boom\n", h.Stderr.ToString());
    }
}
