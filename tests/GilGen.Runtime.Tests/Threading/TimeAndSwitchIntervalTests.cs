using System.Threading;
using GilGen.Runtime.Tests.Gil;
using static GilGen.Runtime.Tests.Threading.PythonThreadsHarness;

namespace GilGen.Runtime.Tests.Threading;

/// <summary>The time module and sys.get/setswitchinterval's interpreter side.</summary>
[Collection(SerialGilTests.Name)]
public sealed class TimeAndSwitchIntervalTests
{
    [Fact]
    public void SwitchIntervalReadsBackAndRefusesNonPositiveValues()
    {
        var interp = new PythonThreadsHarness().Interp;
        Assert.Equal(0.005, interp.SwitchInterval);
        interp.SwitchInterval = 0.001;
        Assert.Equal(0.001, interp.SwitchInterval);
        AssertRaises(ExceptionTypes.ValueError, "switch interval must be strictly positive", () => interp.SwitchInterval = 0);
        AssertRaises(ExceptionTypes.ValueError, "switch interval must be strictly positive", () => interp.SwitchInterval = double.NaN);
        Assert.Equal(0.001, interp.SwitchInterval);
    }

    [Fact]
    public void SleepRefusesNegativeLengths()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            AssertRaises(ExceptionTypes.ValueError, "sleep length must be non-negative",
                () => Call(ts, TimeAttr(ts, "sleep"), new[] { PyValue.Int(-1) }));
        });
    }

    [Fact]
    public void ASleepingThreadDoesNotHoldTheGil()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            int sleeperReturned = 0;
            int sleeperStarted = 0;
            PyValue sleeper = Function("sleeper", t =>
            {
                Volatile.Write(ref sleeperStarted, 1);
                Call(t, TimeAttr(t, "sleep"), new[] { PyValue.Int(3) });
                Volatile.Write(ref sleeperReturned, 1);
                return PyValue.None;
            });
            PyValue th = Call(ts, ThreadingAttr(ts, "Thread"), new[] { sleeper }, new[] { "target" });
            CallMethod(ts, th, "start");
            // Give the GIL up until the sleeper is inside sleep; then, holding the GIL again while it
            // sleeps, we prove it let go of it.
            while (Volatile.Read(ref sleeperStarted) == 0) TimeModule.Sleep(ts, 0.001);
            TimeModule.Sleep(ts, 0.01);
            Assert.Equal(0, Volatile.Read(ref sleeperReturned));
            Assert.True(ts.HoldsGil);
            CallMethod(ts, th, "join");
            Assert.Equal(1, Volatile.Read(ref sleeperReturned));
        });
    }

    [Fact]
    public void ClocksMoveForward()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            foreach (string clock in new[] { "perf_counter", "monotonic", "time", "process_time", "thread_time" })
            {
                double a = ((PyFloat)Call(ts, TimeAttr(ts, clock), new PyValue[0]).Obj!).Value;
                double b = ((PyFloat)Call(ts, TimeAttr(ts, clock), new PyValue[0]).Obj!).Value;
                Assert.True(b >= a, clock);
                long ns = Call(ts, TimeAttr(ts, clock + "_ns"), new PyValue[0]).IntValue;
                Assert.True(ns > 0, clock + "_ns");
            }
            double wall = ((PyFloat)Call(ts, TimeAttr(ts, "time"), new PyValue[0]).Obj!).Value;
            Assert.InRange(wall, 1.6e9, 4e9);
        });
    }
}
