using System;
using System.Collections.Generic;
namespace GilGen.Runtime;

/// <summary>
/// The modules a program's own file of the same name cannot replace: those compiled into CPython 3.12's interpreter
/// (<c>sys.builtin_module_names</c>) and those it has imported before the script runs (<c>sys.modules</c> at the script's
/// first line), both as <c>python3.12 script.py</c> has them on Linux. Every other module is found on <c>sys.path</c>,
/// where the script's folder comes first, so a <c>math.py</c> or <c>random.py</c> beside the script is what
/// <c>import math</c> imports, while an <c>os.py</c> or <c>time.py</c> is not.
/// </summary>
internal static class StartupModules
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        // sys.builtin_module_names
        "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator", "_signal", "_sre",
        "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_typing", "_warnings", "_weakref",
        "atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time",
        "xxsubtype",
        // the rest of sys.modules at the script's start
        "_collections_abc", "_frozen_importlib", "_frozen_importlib_external", "_sitebuiltins", "abc", "codecs",
        "encodings", "encodings.aliases", "encodings.utf_8", "genericpath", "io", "os", "os.path", "posixpath", "site",
        "stat", "zipimport",
    };

    /// <summary>Whether CPython has <paramref name="name"/> before the program can put a module of that name first.</summary>
    public static bool Contains(string name) => Names.Contains(name);
}
