using GilGen.Runtime.Tests.Gil;
using static GilGen.Runtime.Tests.Threading.PythonThreadsHarness;

namespace GilGen.Runtime.Tests.Threading;

/// <summary>Semaphore, BoundedSemaphore, Event, Condition.</summary>
[Collection(SerialGilTests.Name)]
public sealed class SynchronizationTests
{
    [Fact]
    public void SemaphoresCountAndBoundedOnesRefuseExtraReleases()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            AssertRaises(ExceptionTypes.ValueError, "semaphore initial value must be >= 0",
                () => Call(ts, ThreadingAttr(ts, "Semaphore"), new[] { PyValue.Int(-1) }));
            PyValue s = Call(ts, ThreadingAttr(ts, "Semaphore"), new[] { PyValue.Int(2) });
            Assert.True(CallMethod(ts, s, "acquire").Is(PyBool.TrueObject));
            Assert.True(CallMethod(ts, s, "acquire").Is(PyBool.TrueObject));
            Assert.True(CallMethod(ts, s, "acquire", PyValue.False).Is(PyBool.FalseObject));
            Assert.True(Call(ts, Ops.GetAttr(ts, s, "acquire"), new[] { PyValue.Float(0.02) }, new[] { "timeout" }).Is(PyBool.FalseObject));
            CallMethod(ts, s, "release");
            CallMethod(ts, s, "release");
            CallMethod(ts, s, "release"); // a plain Semaphore may go above its start value

            PyValue b = Call(ts, ThreadingAttr(ts, "BoundedSemaphore"), new[] { PyValue.Int(1) });
            CallMethod(ts, b, "acquire");
            CallMethod(ts, b, "release");
            AssertRaises(ExceptionTypes.ValueError, "Semaphore released too many times", () => CallMethod(ts, b, "release"));
        });
    }

    [Fact]
    public void EventWaitTimesOutOrWakesWhenSet()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue ev = Call(ts, ThreadingAttr(ts, "Event"), new PyValue[0]);
            Assert.True(CallMethod(ts, ev, "wait", PyValue.Float(0.02)).Is(PyBool.FalseObject));
            PyValue setter = Function("setter", t => CallMethod(t, ev, "set"));
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { setter }, new[] { "target" });
            CallMethod(ts, th, "start");
            Assert.True(CallMethod(ts, ev, "wait").Is(PyBool.TrueObject));
            Assert.True(CallMethod(ts, ev, "is_set").Is(PyBool.TrueObject));
            CallMethod(ts, ev, "clear");
            Assert.True(CallMethod(ts, ev, "is_set").Is(PyBool.FalseObject));
            CallMethod(ts, th, "join");
        });
    }

    [Fact]
    public void ConditionWaitersAreWokenByNotifyAndNeedTheLock()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            PyValue cond = Call(ts, ThreadingAttr(ts, "Condition"), new PyValue[0]);
            AssertRaises(ExceptionTypes.RuntimeError, "cannot wait on un-acquired lock", () => CallMethod(ts, cond, "wait"));
            AssertRaises(ExceptionTypes.RuntimeError, "cannot notify on un-acquired lock", () => CallMethod(ts, cond, "notify"));
            bool ready = false;
            PyValue consumer = Function("consumer", t =>
            {
                CallMethod(t, cond, "__enter__");
                while (!ready) CallMethod(t, cond, "wait");
                t.Interp.Stdout.Write("consumed\n");
                CallMethod(t, cond, "__exit__", PyValue.None, PyValue.None, PyValue.None);
                return PyValue.None;
            });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { consumer }, new[] { "target" });
            CallMethod(ts, th, "start");
            TimeModule.Sleep(ts, 0.02);
            CallMethod(ts, cond, "__enter__");
            ready = true;
            CallMethod(ts, cond, "notify_all");
            CallMethod(ts, cond, "__exit__", PyValue.None, PyValue.None, PyValue.None);
            CallMethod(ts, th, "join");

            CallMethod(ts, cond, "acquire");
            Assert.True(CallMethod(ts, cond, "wait", PyValue.Float(0.02)).Is(PyBool.FalseObject));
            CallMethod(ts, cond, "release");
        });
        Assert.Equal("consumed\n", h.Stdout.ToString());
    }
}
