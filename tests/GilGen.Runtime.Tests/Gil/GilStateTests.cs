using System;
using System.Threading;
using GilGen;

namespace GilGen.Runtime.Tests.Gil;

/// <summary>Ensure/Release (PyGILState), AllowThreads, pending calls and asynchronous exceptions.</summary>
[Collection(SerialGilTests.Name)]
public sealed class GilStateTests
{
    /// <summary>True when another thread can enter <paramref name="interp"/> now (it is given the deadline).</summary>
    private static bool AnotherThreadCanEnter(GilInterpreter interp, TimeSpan wait)
    {
        using var entered = new ManualResetEventSlim();
        var t = new Thread(() =>
        {
            ThreadState ts = interp.Ensure();
            entered.Set();
            interp.Release(ts);
        }) { IsBackground = true };
        t.Start();
        bool ok = entered.Wait(wait);
        return ok;
    }

    [Fact]
    public void NestedEnsureOnOneThreadCountsAndTheOuterReleaseGivesTheGilBack()
    {
        var interp = new GilInterpreter();
        var threads = new DeadlineThreads();
        threads.Start("main", () =>
        {
            ThreadState outer = interp.Ensure();
            ThreadState inner = interp.Ensure();
            Assert.Same(outer, inner);
            Assert.Equal(2, outer.EnsureDepth);
            Assert.True(interp.Scheduler.IsHeldBy(outer));
            interp.Release(inner);
            Assert.True(outer.HoldsGil);
            Assert.True(interp.Scheduler.IsHeldBy(outer));
            interp.Release(outer);
            Assert.False(outer.HoldsGil);
            Assert.False(interp.Scheduler.IsHeldBy(outer));
            Assert.True(AnotherThreadCanEnter(interp, DeadlineThreads.Deadline));
            // The thread stays attached: the next Ensure finds the same state.
            ThreadState again = interp.Ensure();
            Assert.Same(outer, again);
            interp.Release(again);
        });
        threads.JoinAll();
    }

    [Fact]
    public void EnsureInsideAllowThreadsTakesTheGilAndItsReleaseGivesItBack()
    {
        var interp = new GilInterpreter();
        var threads = new DeadlineThreads();
        threads.Start("main", () =>
        {
            ThreadState ts = interp.Ensure();
            using (ts.AllowThreads())
            {
                Assert.False(ts.HoldsGil);
                // A callback into Python from a blocking call (PyGILState_Ensure inside Py_BEGIN_ALLOW_THREADS).
                ThreadState cb = interp.Ensure();
                Assert.True(cb.HoldsGil);
                interp.Release(cb);
                Assert.False(ts.HoldsGil);
                Assert.True(AnotherThreadCanEnter(interp, DeadlineThreads.Deadline));
            }
            Assert.True(ts.HoldsGil);
            interp.Release(ts);
        });
        threads.JoinAll();
    }

    [Fact]
    public void ReleaseFromTheWrongThreadOrWithoutEnsureIsRefused()
    {
        var interp = new GilInterpreter();
        var threads = new DeadlineThreads();
        ThreadState? first = null;
        threads.Start("first", () =>
        {
            first = interp.Ensure();
            interp.Release(first);
            Assert.Throws<InvalidOperationException>(() => interp.Release(first));
        });
        threads.JoinAll();
        var second = new DeadlineThreads();
        second.Start("second", () =>
        {
            ThreadState mine = interp.Ensure();
            Assert.NotSame(first, mine);
            Assert.Throws<InvalidOperationException>(() => interp.Release(first!));
            interp.Release(mine);
        });
        second.JoinAll();
    }

    [Fact]
    public void TheFirstThreadToEnterIsTheMainThread()
    {
        var interp = new GilInterpreter();
        Assert.Null(interp.MainThreadState);
        var threads = new DeadlineThreads();
        threads.Start("main", () =>
        {
            ThreadState ts = interp.Ensure();
            Assert.True(ts.IsMainThread);
            Assert.Same(ts, interp.MainThreadState);
            Assert.Same(ts, interp.CurrentThreadState);
            Assert.Equal(Environment.CurrentManagedThreadId, ts.Ident);
            Assert.True(ts.NativeId > 0);
            interp.Release(ts);
        });
        threads.JoinAll();
        Assert.Null(interp.CurrentThreadState);
        Assert.Single(interp.ThreadStates());
    }

    [Fact]
    public void APendingCallRunsAtTheNextCheckpoint()
    {
        var interp = new GilInterpreter();
        var threads = new DeadlineThreads();
        int ranOn = 0;
        threads.Start("main", () =>
        {
            ThreadState ts = interp.Ensure();
            interp.AddPendingCall(t => { Assert.True(t.HoldsGil); ranOn = Environment.CurrentManagedThreadId; });
            Assert.Equal(interp.EvalBreakerBit, interp.EvalBreaker);
            ts.HandleEvalBreaker();
            Assert.Equal(Environment.CurrentManagedThreadId, ranOn);
            Assert.Equal(0, interp.EvalBreaker);
            interp.Release(ts);
        });
        threads.JoinAll();
    }

    [Fact]
    public void AnAsynchronousExceptionIsRaisedAtTheTargetsNextCheckpoint()
    {
        var interp = new GilInterpreter();
        var threads = new DeadlineThreads();
        threads.Start("main", () =>
        {
            ThreadState ts = interp.Ensure();
            var boom = new InvalidOperationException("async");
            ts.SetAsyncException(boom);
            Assert.NotEqual(0, interp.EvalBreaker);
            var raised = Assert.Throws<InvalidOperationException>(() => ts.HandleEvalBreaker());
            Assert.Same(boom, raised);
            Assert.Equal(0, interp.EvalBreaker);
            ts.HandleEvalBreaker();
            interp.Release(ts);
        });
        threads.JoinAll();
    }

    [Fact]
    public void AllowThreadsWithoutTheGilIsRefused()
    {
        var interp = new GilInterpreter();
        var threads = new DeadlineThreads();
        threads.Start("main", () =>
        {
            ThreadState ts = interp.Ensure();
            interp.Release(ts);
            Assert.Throws<InvalidOperationException>(() => ts.AllowThreads());
        });
        threads.JoinAll();
    }
}
