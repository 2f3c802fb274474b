using System.Threading;
using GilGen.Runtime.Tests.Gil;
using static GilGen.Runtime.Tests.Threading.PythonThreadsHarness;

namespace GilGen.Runtime.Tests.Threading;

/// <summary><c>_thread.start_new_thread</c>: a thread without a Thread object, CPython's errors and reports.</summary>
[Collection(SerialGilTests.Name)]
public sealed class BareThreadTests
{
    private static PyValue ThreadModuleAttr(ThreadState ts, string name) => ts.Interp.Modules.Import(ts, "_thread").GetGlobal(name);

    [Fact]
    public void StartNewThreadRunsTheFunctionOnAnotherThreadAndReturnsItsIdent()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            long seenIdent = 0;
            using var ran = new ManualResetEventSlim();
            PyValue body = PyValue.From(new PyBuiltinFunction("body", (t, a, kw) =>
            {
                Assert.Equal(2, a.Length);
                Assert.Equal(5, a[0].IntValue);
                seenIdent = t.Ident;
                ran.Set();
                return PyValue.None;
            }));
            PyValue args = PyValue.From(new PyTuple(new[] { PyValue.Int(5), PyValue.Int(6) }));
            PyValue ident = Call(ts, ThreadModuleAttr(ts, "start_new_thread"), new[] { body, args });
            using (ts.AllowThreads()) Assert.True(ran.Wait(30_000));
            Assert.Equal(seenIdent, ident.IntValue);
            Assert.NotEqual(ts.Ident, ident.IntValue);
        });
    }

    [Fact]
    public void StartNewThreadChecksItsArgumentsWithCPythonsTexts()
    {
        new PythonThreadsHarness().RunMain(ts =>
        {
            PyValue start = ThreadModuleAttr(ts, "start_new_thread");
            PyValue print = BuiltinsModule.Instance.GetGlobal("print");
            AssertRaises(ExceptionTypes.TypeError, "start_new_thread expected at least 2 arguments, got 1", () => Call(ts, start, new[] { print }));
            AssertRaises(ExceptionTypes.TypeError, "first arg must be callable", () => Call(ts, start, new[] { PyValue.Int(1), PyValue.From(PyTuple.Empty) }));
            AssertRaises(ExceptionTypes.TypeError, "2nd arg must be a tuple", () => Call(ts, start, new[] { print, PyValue.From(new PyList()) }));
            AssertRaises(ExceptionTypes.TypeError, "optional 3rd arg must be a dictionary",
                () => Call(ts, start, new[] { print, PyValue.From(PyTuple.Empty), PyValue.Int(3) }));
        });
    }

    [Fact]
    public void AnExceptionEscapingABareThreadIsReportedAsUnraisable()
    {
        var h = new PythonThreadsHarness();
        h.RunMain(ts =>
        {
            using var ran = new ManualResetEventSlim();
            PyValue body = PyValue.From(new PyBuiltinFunction("body", (t, a, kw) =>
            {
                ran.Set();
                throw PyErr.ValueError("boom");
            }));
            Call(ts, ThreadModuleAttr(ts, "start_new_thread"), new[] { body, PyValue.From(PyTuple.Empty) });
            using (ts.AllowThreads()) Assert.True(ran.Wait(30_000));
            // The report is written before the thread gives the GIL up for good: wait for it under the GIL.
            for (int i = 0; i < 3000 && !h.Stderr.ToString().EndsWith("ValueError: boom\n", System.StringComparison.Ordinal); i++)
            {
                using (ts.AllowThreads()) Thread.Sleep(10);
            }
        });
        Assert.Equal("Exception ignored in thread started by: <built-in function body>\nValueError: boom\n", h.Stderr.ToString());
    }
}
