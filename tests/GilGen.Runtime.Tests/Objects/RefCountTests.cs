using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

public class RefCountTests
{
    /// <summary>
    /// Example 03 performed the way the emitter performs it (ceval's incref/decref discipline):
    /// LOAD_* push new references, calls borrow their arguments, callers DecRef after the call.
    /// </summary>
    [Fact]
    public void Example03_PrintsCPythonCounts()
    {
        using var s = new InterpreterScope();
        var ts = s.Ts;
        var module = new PyModule("__main__", new[] { "sys", "a", "b", "c", "f", "print" });
        var sysSlot = module.Slots[0]; var aSlot = module.Slots[1]; var bSlot = module.Slots[2]; var cSlot = module.Slots[3];
        var results = new System.Collections.Generic.List<string>();

        // import sys
        Ops.StoreGlobal(sysSlot, Ops.ImportName(ts, module, "sys", PyValue.None, 0));

        // print(sys.getrefcount(X)): LOAD_NAME sys, LOAD_METHOD getrefcount, <push X>, CALL_METHOD 1, then print.
        string GetRefCount(PyValue pushedArg)
        {
            var sys = Ops.LoadName(ts, sysSlot);
            Ops.LoadMethod(ts, sys, "getrefcount", out var m, out var self);
            sys.DecRef();
            PyValue r = self.IsUnbound ? Ops.Call(ts, m, new[] { pushedArg }, null) : Ops.Call(ts, m, new[] { self, pushedArg }, null);
            m.DecRef(); self.DecRef(); pushedArg.DecRef();
            string text = Ops.StrOf(ts, r);
            r.DecRef();
            return text;
        }

        Ops.StoreGlobal(aSlot, Ops.BuildList(System.ReadOnlySpan<PyValue>.Empty));   // a = []
        Ops.StoreGlobal(bSlot, Ops.LoadName(ts, aSlot));                            // b = a
        results.Add(GetRefCount(Ops.LoadName(ts, aSlot)));
        Ops.DeleteGlobal(ts, bSlot);                                                // del b
        results.Add(GetRefCount(Ops.LoadName(ts, aSlot)));
        Ops.StoreGlobal(cSlot, Ops.BuildList(new[] { Ops.LoadName(ts, aSlot), Ops.LoadName(ts, aSlot) })); // c = [a, a]
        results.Add(GetRefCount(Ops.LoadName(ts, aSlot)));
        {                                                                           // c.pop()  (POP_TOP)
            var c = Ops.LoadName(ts, cSlot);
            Ops.LoadMethod(ts, c, "pop", out var m, out var self);
            c.DecRef();
            var popped = Ops.Call(ts, m, new[] { self }, null);
            m.DecRef(); self.DecRef();
            popped.DecRef();
        }
        results.Add(GetRefCount(Ops.LoadName(ts, aSlot)));

        // def f(x): return sys.getrefcount(x)  -- the body's local takes the argument's reference, which the call moved
        // into the frame (FunctionBody), as 3.11+'s frame does.
        PyValue FBody(ThreadState t, PyFunction fn, System.ReadOnlySpan<PyValue> args, string[]? kw)
        {
            var x = args[0];                                                        // fastlocals[0] = arg (moved in)
            try
            {
                var sys = Ops.LoadGlobal(t, fn.Module.Slots[0]);
                Ops.LoadMethod(t, sys, "getrefcount", out var m, out var self);
                sys.DecRef();
                var pushed = x.NewRef();                                            // LOAD_FAST x
                var r = self.IsUnbound ? Ops.Call(t, m, new[] { pushed }, null) : Ops.Call(t, m, new[] { self, pushed }, null);
                m.DecRef(); self.DecRef(); pushed.DecRef();
                return r;
            }
            finally { x.DecRef(); }                                                 // frame cleanup
        }
        var code = new CodeInfo("f", "f", new SourceText("03_refcount.py", ""), 14, "");
        var fn = Ops.MakeFunction(ts, code, FBody, new ArgSpec(new[] { "x" }, 0, 1, 0, false, false), module, "f",
                                  PyValue.Unbound, PyValue.Unbound, PyValue.Unbound, PyValue.Unbound);
        {
            var arg = Ops.LoadName(ts, aSlot);                                      // f(a): CALL_FUNCTION consumes f and a
            var r = Ops.CallConsuming(ts, fn.NewRef(), new[] { arg }, null);
            results.Add(Ops.StrOf(ts, r));
            r.DecRef();
        }
        {
            var five = PyValue.Int(5);
            var sys = Ops.LoadName(ts, sysSlot);
            Ops.LoadMethod(ts, sys, "getrefcount", out var m, out var self);
            sys.DecRef();
            var r = self.IsUnbound ? Ops.Call(ts, m, new[] { five }, null) : Ops.Call(ts, m, new[] { self, five }, null);
            var cmp = Ops.Compare(ts, r, PyValue.Int(1000), CompareOp.Gt);
            results.Add(Ops.StrOf(ts, cmp));
            m.DecRef(); self.DecRef();
        }
        Assert.Equal(new[] { "3", "2", "4", "3", "4", "True" }, results);
    }

    [Fact]
    public void ContainerReleasesItemsWhenFreed()
    {
        var inner = PyValue.From(new PyList());
        var outer = Ops.BuildList(new[] { inner.NewRef(), inner.NewRef() });
        Assert.Equal(3, inner.Obj!.RefCount);
        outer.DecRef();
        Assert.Equal(1, inner.Obj!.RefCount);
    }

    [Fact]
    public void ImmortalsReportCPython312Count()
    {
        Assert.Equal(4294967295L, SysModule.RefCountOf(PyValue.None));
        Assert.Equal(4294967295L, SysModule.RefCountOf(PyValue.True));
        Assert.Equal(4294967295L, SysModule.RefCountOf(PyValue.Int(256)));
        Assert.Equal(3L, SysModule.RefCountOf(PyValue.Int(257)));
        PyValue.None.DecRef();
        Assert.True(PyNone.Instance.IsImmortal);
    }

    [Fact]
    public void DictAndTupleCountTheirItems()
    {
        using var s = new InterpreterScope();
        var item = PyValue.From(new PyList());
        var d = new PyDict();
        var key = PyValue.Str("k");
        d.Set(s.Ts, key, item);
        Assert.Equal(2, item.Obj!.RefCount);
        var t = Ops.BuildTuple(new[] { item.NewRef() });
        Assert.Equal(3, item.Obj!.RefCount);
        t.DecRef();
        PyValue.From(d).DecRef();
        Assert.Equal(1, item.Obj!.RefCount);
    }
}
