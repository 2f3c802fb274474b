using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>IMPORT_NAME: the module (for "import a.b" the top package unless fromList is given). New reference.</summary>
    public static PyValue ImportName(ThreadState ts, PyModule importer, string name, PyValue fromList, int level)
    {
        if (level > 0) throw PyErr.ImportError("attempted relative import with no known parent package");
        var module = ts.Interp.Modules.Import(ts, name);
        if (name.Contains('.') && (fromList.IsNone || fromList.IsUnbound))
            module = ts.Interp.Modules.Import(ts, name.Substring(0, name.IndexOf('.')));
        return PyValue.From(module).NewRef();
    }

    /// <summary>IMPORT_FROM: module.name, with CPython's ImportError text.</summary>
    public static PyValue ImportFrom(ThreadState ts, PyValue module, string name)
    {
        var r = GetAttrOrNull(ts, module, name);
        if (r is PyValue v) return v;
        string modName = module.Obj is PyModule m ? m.Name : "?";
        throw PyErr.ImportError($"cannot import name '{name}' from '{modName}' (unknown location)");
    }

    /// <summary>IMPORT_STAR: binds every public name of <paramref name="module"/> in <paramref name="importer"/>.</summary>
    public static void ImportStar(ThreadState ts, PyValue module, PyModule importer)
    {
        if (module.Obj is not PyModule m) throw PyErr.TypeError("import * expects a module");
        foreach (var slot in new List<GlobalSlot>(m.BoundSlots()))
            if (!slot.Name.StartsWith('_')) importer.SetGlobal(slot.Name, slot.Value);
    }
}
