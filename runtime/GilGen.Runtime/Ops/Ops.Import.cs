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
        if (level > 0) name = ResolveRelative(importer, name, level);
        var modules = ts.Interp.Modules;
        var module = modules.Import(ts, name);
        if (fromList.IsNone || fromList.IsUnbound)
        {
            if (name.Contains('.')) module = modules.Import(ts, name.Substring(0, name.IndexOf('.')));
        }
        else if (ModuleRegistry.IsPackage(module) && fromList.Obj is PyTuple names)
        {
            ImportSubmodulesOf(ts, module, names.Items);
        }
        return PyValue.From(module).NewRef();
    }

    // CPython's _calc___package__ and _resolve_name: `from ..a import b` in a module of package p.q.r names p.q.a. The
    // package is __package__ when set (None for a script), else the module's name, less its last part unless it is
    // itself a package (has __path__).
    private static string ResolveRelative(PyModule importer, string name, int level)
    {
        string? package = importer.FindSlot("__package__")?.Value.Obj is PyStr set ? set.Value : null;
        if (package == null)
        {
            string moduleName = importer.FindSlot("__name__")?.Value.Obj is PyStr n ? n.Value : importer.Name;
            package = importer.FindSlot("__path__") is { Value.IsUnbound: false } ? moduleName : moduleName.Substring(0, Math.Max(0, moduleName.LastIndexOf('.')));
        }
        if (package.Length == 0) throw PyErr.ImportError("attempted relative import with no known parent package");
        var parts = package.Split('.');
        if (parts.Length < level) throw PyErr.ImportError("attempted relative import beyond top-level package");
        string parent = string.Join('.', parts, 0, parts.Length - (level - 1));
        return name.Length == 0 ? parent : parent + "." + name;
    }

    // CPython's _handle_fromlist: "from package import sub" imports the submodule package.sub when the
    // package has no attribute of that name yet.
    private static void ImportSubmodulesOf(ThreadState ts, PyModule package, PyValue[] names, bool fromAll = false)
    {
        foreach (var item in names)
        {
            if (item.Obj is not PyStr s) continue;
            if (s.Value == "*")
            {
                // "from package import *": the submodules its __all__ names, as _handle_fromlist imports them (once: a
                // "*" inside __all__ means nothing more).
                var listed = package.FindSlot("__all__")?.Value.Obj switch { PyList l => l.Items.ToArray(), PyTuple t => t.Items, _ => null };
                if (!fromAll && listed != null) ImportSubmodulesOf(ts, package, listed, fromAll: true);
                continue;
            }
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

    /// <summary>
    /// IMPORT_STAR (<c>from module import *</c>, at module level only): binds in <paramref name="importer"/> each name
    /// of the module's <c>__all__</c>, or, without one, each name of its <c>__dict__</c> that does not start with an
    /// underscore, as CPython's import_all_from does (its errors included).
    /// </summary>
    public static void ImportStar(ThreadState ts, PyValue module, PyModule importer)
    {
        var all = GetAttrOrNull(ts, module, "__all__");
        bool publicOnly = all is null;
        PyValue names = all ?? GetAttrOrNull(ts, module, "__dict__")
            ?? throw PyErr.ImportError("from-import-* object has no __dict__ and no __all__");
        PyValueList items;
        try { items = ToList(ts, names); }
        finally { names.DecRef(); }
        try
        {
            foreach (var item in items)
            {
                if (item.Obj is not PyStr name) throw ImportStarNameNotStr(ts, module, item, publicOnly);
                if (publicOnly && name.Value.StartsWith('_')) continue;
                var value = GetAttr(ts, module, name.Value);
                try { importer.SetGlobal(name.Value, value); }
                finally { value.DecRef(); }
            }
        }
        finally { foreach (var item in items) item.DecRef(); }
    }

    private static PyException ImportStarNameNotStr(ThreadState ts, PyValue module, PyValue item, bool fromDict)
    {
        var moduleName = GetAttr(ts, module, "__name__");
        try
        {
            if (moduleName.Obj is not PyStr m) return PyErr.TypeError($"module __name__ must be a string, not {moduleName.Type.Name}");
            return PyErr.TypeError(fromDict
                ? $"Key in {m.Value}.__dict__ must be str, not {item.Type.Name}"
                : $"Item in {m.Value}.__all__ must be str, not {item.Type.Name}");
        }
        finally { moduleName.DecRef(); }
    }
}
