"""Writes runtime/GilGen.Runtime/Modules/CPythonModuleAll.cs: CPython's __all__ of each module GilGen's runtime provides.

Run with CPython 3.12 (PYENV_VERSION=3.12 pyenv exec python tools/cpython-module-all.py) whenever a runtime module is
added; the output is committed, so nothing at build or test time needs CPython. The module names are the runtime's
importable modules (runtime/GilGen.Runtime/Modules/ImportableModules.cs), read from that file.
"""
import importlib
import pathlib
import re
import sys

repo = pathlib.Path(__file__).resolve().parent.parent
importable = (repo / "runtime/GilGen.Runtime/Modules/ImportableModules.cs").read_text()
names = re.findall(r'"([A-Za-z_][A-Za-z_0-9.]*)"', importable)

rows = []
for name in names:
    try:
        module = importlib.import_module(name)
    except ImportError:
        continue
    listed = getattr(module, "__all__", None)
    if listed is None:
        continue
    if not listed:
        rows.append('        ["%s"] = System.Array.Empty<string>(),' % name)
        continue
    lines, line = [], ""
    for item in ('"%s",' % n for n in listed):
        if line and len(line) + len(item) > 106:
            lines.append(line)
            line = ""
        line += (" " if line else "") + item
    lines.append(line)
    rows.append('        ["%s"] = new string[]\n        {\n%s\n        },' % (name, "\n".join("            " + l for l in lines)))

out = repo / "runtime/GilGen.Runtime/Modules/CPythonModuleAll.cs"
out.write_text("""// Written by tools/cpython-module-all.py from CPython %d.%d.%d; do not edit by hand.
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// CPython's <c>__all__</c> of the modules GilGen's runtime provides, in CPython's order: what <c>from module import *</c>
/// binds there. <see cref="ModuleRegistry"/> gives a runtime module this list (less the names GilGen's module lacks)
/// as its <c>__all__</c>, unless the module sets one itself.
/// </summary>
internal static class CPythonModuleAll
{
    public static readonly IReadOnlyDictionary<string, string[]> Names = new Dictionary<string, string[]>
    {
%s
    };
}
""" % (sys.version_info[0], sys.version_info[1], sys.version_info[2], "\n".join(rows)))
print("wrote", out, len(rows), "modules")
