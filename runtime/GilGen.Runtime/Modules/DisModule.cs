using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The dis module: dis.dis(f) prints the compiled function's CPython 3.9 listing.</summary>
public static class DisModule
{
    /// <summary>Makes dis.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("dis");
        m.AddFunction("dis", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("dis", a, kw).OnlyKeywords("file").Expect(1, 1);
            var code = CodeOf(args[0]);
            var text = code.Disassembly;
            if (text.Length > 0 && !text.EndsWith('\n')) text += "\n";
            ts2.Interp.Stdout.Write(text);
            return PyValue.None;
        });
        return m;
    }

    private static CodeInfo CodeOf(PyValue v) => v.Obj switch
    {
        PyFunction f => f.Code,
        PyBoundMethod { Function.Obj: PyFunction f } => f.Code,
        _ => throw PyErr.TypeError($"don't know how to disassemble {v.Type.Name} objects"),
    };
}
