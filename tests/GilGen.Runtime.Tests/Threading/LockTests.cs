using System;
using System.Threading;
using GilGen.Runtime.Tests.Gil;
using static GilGen.Runtime.Tests.Threading.PythonThreadsHarness;

namespace GilGen.Runtime.Tests.Threading;

/// <summary>threading.Lock and RLock semantics and CPython's error texts.</summary>
[Collection(SerialGilTests.Name)]
public sealed class LockTests
{
    [Fact]
    public void LockBehavesAsExample14Shows()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue lk = Call(ts, ThreadingAttr(ts, "Lock"), new PyValue[0]);
            AssertRaises(ExceptionTypes.RuntimeError, "release unlocked lock", () => CallMethod(ts, lk, "release"));
            Assert.True(CallMethod(ts, lk, "acquire", PyValue.False).Is(PyBool.TrueObject));
            Assert.True(CallMethod(ts, lk, "acquire", PyValue.False).Is(PyBool.FalseObject));
            Assert.True(CallMethod(ts, lk, "locked").Is(PyBool.TrueObject));
            CallMethod(ts, lk, "release");
            Assert.True(CallMethod(ts, lk, "locked").Is(PyBool.FalseObject));
            Assert.StartsWith("<unlocked _thread.lock object at 0x", Ops.ReprOf(ts, lk));
        });
    }

    [Fact]
    public void LockArgumentErrorsUseCPythonsTexts()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue lk = Call(ts, ThreadingAttr(ts, "Lock"), new PyValue[0]);
            PyValue acquire = Ops.GetAttr(ts, lk, "acquire");
            AssertRaises(ExceptionTypes.ValueError, "can't specify a timeout for a non-blocking call",
                () => Call(ts, acquire, new[] { PyValue.False, PyValue.Float(1) }));
            AssertRaises(ExceptionTypes.ValueError, "timeout value must be positive",
                () => Call(ts, acquire, new[] { PyValue.Float(-2) }, new[] { "timeout" }));
        });
    }

    [Fact]
    public void ATimedAcquireOfAHeldLockGivesUpAndReturnsFalse()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue lk = Call(ts, ThreadingAttr(ts, "Lock"), new PyValue[0]);
            CallMethod(ts, lk, "acquire");
            PyValue got = Call(ts, Ops.GetAttr(ts, lk, "acquire"), new[] { PyValue.True, PyValue.Float(0.05) });
            Assert.True(got.Is(PyBool.FalseObject));
        });
    }

    [Fact]
    public void AnAsyncExceptionEndsAWaitForAHeldLockAndTheLockStillWorks()
    {
        // What Process.terminate() does to a child blocked in a lock's wait: the exit, set as an async exception on
        // the waiting thread, ends the wait (nothing else would wake it: the lock stays held).
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            PyValue lk = Call(ts, ThreadingAttr(ts, "Lock"), new PyValue[0]);
            CallMethod(ts, lk, "acquire");
            ThreadState? waiter = null;
            Exception? raised = null;
            PyValue target = Function("waiter", t =>
            {
                Volatile.Write(ref waiter, t);
                try { CallMethod(t, lk, "acquire"); }
                catch (InterpreterExitException e) { raised = e; }
                return PyValue.None;
            });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { target }, new[] { "target" });
            CallMethod(ts, th, "start");
            while (Volatile.Read(ref waiter) == null) TimeModule.Sleep(ts, 0.001);
            var exit = new InterpreterExitException(-15);
            waiter!.SetAsyncException(exit);
            CallMethod(ts, th, "join", PyValue.Float(30));
            Assert.True(CallMethod(ts, th, "is_alive").Is(PyBool.FalseObject));
            Assert.Same(exit, raised);
            Assert.True(CallMethod(ts, lk, "locked").Is(PyBool.TrueObject));
            CallMethod(ts, lk, "release");
            Assert.True(CallMethod(ts, lk, "acquire", PyValue.False).Is(PyBool.TrueObject));
        });
        Assert.Equal("", h.Stderr.ToString());
    }

    [Fact]
    public void WaitingForALockReleasesTheGil()
    {
        // The main thread holds the lock; a Python thread blocks on it; the main thread can still run
        // (it needs the GIL to release the lock), so the blocked thread must have given the GIL up.
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            PyValue lk = Call(ts, ThreadingAttr(ts, "Lock"), new PyValue[0]);
            CallMethod(ts, lk, "acquire");
            int acquiredInThread = 0;
            PyValue target = Function("waiter", t =>
            {
                CallMethod(t, lk, "acquire");
                Interlocked.Exchange(ref acquiredInThread, 1);
                CallMethod(t, lk, "release");
                return PyValue.None;
            });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { target }, new[] { "target" });
            CallMethod(ts, th, "start");
            TimeModule.Sleep(ts, 0.05);
            Assert.Equal(0, Volatile.Read(ref acquiredInThread));
            CallMethod(ts, lk, "release");
            CallMethod(ts, th, "join");
            Assert.Equal(1, Volatile.Read(ref acquiredInThread));
        });
        Assert.Equal("", h.Stderr.ToString());
    }

    [Fact]
    public void RLockIsReentrantAndOnlyItsOwnerReleasesIt()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            PyValue r = Call(ts, ThreadingAttr(ts, "RLock"), new PyValue[0]);
            CallMethod(ts, r, "__enter__");
            CallMethod(ts, r, "__enter__");
            CallMethod(ts, r, "__exit__", PyValue.None, PyValue.None, PyValue.None);
            CallMethod(ts, r, "__exit__", PyValue.None, PyValue.None, PyValue.None);
            AssertRaises(ExceptionTypes.RuntimeError, "cannot release un-acquired lock", () => CallMethod(ts, r, "release"));

            CallMethod(ts, r, "acquire");
            string? otherError = null;
            PyValue target = Function("other", t =>
            {
                try { CallMethod(t, r, "release"); }
                catch (PyException e) { otherError = e.Message; }
                Assert.True(Call(t, Ops.GetAttr(t, r, "acquire"), new[] { PyValue.False }).Is(PyBool.FalseObject));
                return PyValue.None;
            });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { target }, new[] { "target" });
            CallMethod(ts, th, "start");
            CallMethod(ts, th, "join");
            Assert.Equal("RuntimeError: cannot release un-acquired lock", otherError);
            CallMethod(ts, r, "release");
        });
        Assert.Equal("", h.Stderr.ToString());
    }

    [Fact]
    public void AHundredThreadsIncrementingUnderALockCountExactly()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            PyValue lk = Call(ts, ThreadingAttr(ts, "Lock"), new PyValue[0]);
            long n = 0;
            PyValue foo = Function("foo", t =>
            {
                CallMethod(t, lk, "__enter__");
                long read = n;
                // A checkpoint inside the critical section, where the GIL may change hands.
                if ((t.Interp.EvalBreaker & CheckpointMask.Modern) != 0) t.HandleEvalBreaker();
                n = read + 1;
                CallMethod(t, lk, "__exit__", PyValue.None, PyValue.None, PyValue.None);
                return PyValue.None;
            });
            var threads = new PyValue[100];
            for (int i = 0; i < threads.Length; i++) threads[i] = Call(ts, ThreadingAttr(ts, "Thread"), new[] { foo }, new[] { "target" });
            foreach (PyValue t in threads) CallMethod(ts, t, "start");
            foreach (PyValue t in threads) CallMethod(ts, t, "join");
            Assert.Equal(100, n);
        });
        Assert.Equal("", h.Stderr.ToString());
    }
}
