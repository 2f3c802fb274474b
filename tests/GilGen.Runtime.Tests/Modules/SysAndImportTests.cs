using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Modules;

public class SysAndImportTests
{
    [Fact]
    public void SwitchIntervalExample10()
    {
        using var s = new InterpreterScope();
        var m = new PyModule("__main__");
        var sys = GilGen.Runtime.Ops.ImportName(s.Ts, m, "sys", PyValue.None, 0);
        Assert.Equal("0.005", s.Repr(s.CallMethod(sys, "getswitchinterval")));
        s.CallMethod(sys, "setswitchinterval", PyValue.Float(0.001));
        Assert.Equal("0.001", s.Repr(s.CallMethod(sys, "getswitchinterval")));
        Assert.Equal("ValueError: switch interval must be strictly positive", s.Throws(() => s.CallMethod(sys, "setswitchinterval", PyValue.Int(0))).Message);
    }

    [Fact]
    public void ModulesAreMadeOncePerInterpreter()
    {
        using var s = new InterpreterScope();
        var m = new PyModule("__main__");
        var a = GilGen.Runtime.Ops.ImportName(s.Ts, m, "math", PyValue.None, 0);
        var b = GilGen.Runtime.Ops.ImportName(s.Ts, m, "math", PyValue.None, 0);
        Assert.Same(a.Obj, b.Obj);
        Assert.Equal("ModuleNotFoundError: No module named 'nope'", s.Throws(() => GilGen.Runtime.Ops.ImportName(s.Ts, m, "nope", PyValue.None, 0)).Message);
        Assert.Equal("3.0", s.Repr(s.CallMethod(a, "sqrt", PyValue.Int(9))));
        Assert.Equal("AttributeError: module 'math' has no attribute 'nope'", s.Throws(() => GilGen.Runtime.Ops.GetAttr(s.Ts, a, "nope")).Message);
        var os = GilGen.Runtime.Ops.ImportName(s.Ts, m, "os", PyValue.None, 0);
        Assert.Equal(System.Environment.ProcessId, s.CallMethod(os, "getpid").IntValue);
    }

    [Fact]
    public void DisPrintsTheDisassembly()
    {
        using var s = new InterpreterScope();
        var listing = "  8           0 LOAD_GLOBAL              0 (n)\n             10 RETURN_VALUE\n";
        var code = new CodeInfo("foo", "foo", new SourceText("05.py", ""), 6, listing);
        var fn = GilGen.Runtime.Ops.MakeFunction(s.Ts, code, (ts, f, a, k) => PyValue.None, new ArgSpec(System.Array.Empty<string>(), 0, 0, 0, false, false),
                                                 new PyModule("__main__"), "foo", PyValue.Unbound, PyValue.Unbound, PyValue.Unbound, PyValue.Unbound);
        var dis = GilGen.Runtime.Ops.ImportName(s.Ts, new PyModule("__main__"), "dis", PyValue.None, 0);
        s.CallMethod(dis, "dis", fn);
        Assert.Equal(listing, s.Out.ToString());
    }

    [Fact]
    public void RunExecutesAModuleDefinition()
    {
        var output = new System.IO.StringWriter();
        var interp = new GilInterpreter(new GilOptions { Stdout = output });
        var def = new ModuleDefinition("demo", new SourceText("demo.py", "print('hi')\n"), new[] { "print" }, (ts, module) =>
        {
            var print = GilGen.Runtime.Ops.LoadName(ts, module.Slots[0]);
            var hi = PyValue.Str("hi");
            GilGen.Runtime.Ops.Call(ts, print, new[] { hi }, null).DecRef();
            hi.DecRef(); print.DecRef();
            return PyValue.None;
        });
        var m = interp.Run(def);
        Assert.Equal("__main__", m.Name);
        Assert.Equal("hi\n", output.ToString());
        Assert.Same(m, interp.GetModule(def));
    }
}
