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
        var modules = ts.Interp.Modules;
        var module = modules.Import(ts, name);
        if (fromList.IsNone || fromList.IsUnbound)
        {
            if (name.Contains('.')) module = modules.Import(ts, name.Substring(0, name.IndexOf('.')));
        }
        else if (ModuleRegistry.IsPackage(module) && fromList.Obj is PyTuple names)
        {
            ImportSubmodulesOf(ts, module, names);
        }
        return PyValue.From(module).NewRef();
    }

    // CPython's _handle_fromlist: "from package import sub" imports the submodule package.sub when the
    // package has no attribute of that name yet.
    private static void ImportSubmodulesOf(ThreadState ts, PyModule package, PyTuple names)
    {
        foreach (var item in names.Items)
        {
            if (item.Obj is not PyStr s || s.Value == "*") continue;
            var slot = package.FindSlot(s.Value);
            if (slot != null && !slot.Value.IsUnbound) continue;
            var full = package.Name + "." + s.Value;
            if (ts.Interp.Modules.CanImport(full)) ts.Interp.Modules.Import(ts, full);
        }
    }

    /// <summary>IMPORT_FROM: module.name, with CPython's ImportError text.</summary>
    public static PyValue ImportFrom(ThreadState ts, PyValue module, string name)
    {
        var r = GetAttrOrNull(ts, module, name);
        if (r is PyValue v) return v;
        string modName = module.Obj is PyModule m ? m.Name : "?";
        // A submodule that is still being imported (a circular import) is not bound on its package yet:
        // CPython looks it up in sys.modules.
        if (module.Obj is PyModule && ts.Interp.Modules.Find(modName + "." + name) is PyModule sub) return PyValue.From(sub).NewRef();
        string location = module.Obj is PyModule { Definition: ModuleDefinition def } ? def.Source.FileName : "unknown location";
        throw PyErr.ImportError($"cannot import name '{name}' from '{modName}' ({location})");
    }

    /// <summary>IMPORT_STAR: binds every public name of <paramref name="module"/> in <paramref name="importer"/>.</summary>
    public static void ImportStar(ThreadState ts, PyValue module, PyModule importer)
    {
        if (module.Obj is not PyModule m) throw PyErr.TypeError("import * expects a module");
        foreach (var slot in new List<GlobalSlot>(m.BoundSlots()))
            if (!slot.Name.StartsWith('_')) importer.SetGlobal(slot.Name, slot.Value);
    }
}
