namespace GilGen.Runtime;

/// <summary>
/// locals(), vars() and dir() called by their name without arguments in a function, lambda, generator or class
/// body, and the four with globals() called at once as attributes (<c>builtins.globals()</c>): generated code
/// answers them itself, since it has the frame's variables in scope (C# locals and cells) and no builtin could
/// find them. It tests that the callable is the builtin (<see cref="IsScopeBuiltin"/>), copies
/// each variable into the frame's locals dict (<see cref="Put"/>, <see cref="PutCell"/>) and asks for the call's
/// result (<see cref="Answer"/>); any other callable is called as usual. An attribute call answers globals() with
/// the calling code's module (<see cref="Globals"/>) and a module's locals with its namespace (<see cref="ModuleDict"/>).
/// </summary>
/// <remarks>
/// CPython 3.12's semantics (Objects/frameobject.c, <c>_PyFrame_FastToLocalsWithError</c>): a function's frame
/// has one locals dict, made by the first call and kept with the frame (<c>f_locals</c>), so every call returns the
/// same dict, updated: each bound variable is set in it, in the code's order (locals, cells, free variables), and
/// each unbound one removed; keys the program added stay; writing to it changes no variable. A class body's dict
/// is its namespace, into which only its cells are copied. dir() is the sorted keys of that dict, after the same
/// update. (3.13's PEP 667 makes a function's locals() a new snapshot each time: GilGen follows 3.12.)
/// </remarks>
public static class FrameScope
{
    /// <summary>True when <paramref name="callable"/> is builtins.locals, vars or dir (borrowed).</summary>
    public static bool IsScopeBuiltin(PyValue callable) => ScopeBuiltins.FrameBuiltinName(callable) != null;

    /// <summary>True when <paramref name="callable"/> is builtins.globals (borrowed).</summary>
    public static bool IsGlobalsBuiltin(PyValue callable) => ScopeBuiltins.IsGlobals(callable);

    /// <summary>globals() of code of <paramref name="module"/>: its namespace dict. New reference.</summary>
    public static PyValue Globals(PyModule module) => PyValue.From(module.Namespace).NewRef();

    /// <summary>A module-level frame's locals dict: the module's namespace. Borrowed.</summary>
    public static PyDict ModuleDict(PyModule module) => module.Namespace;

    /// <summary>
    /// The function frame's locals dict, held in <paramref name="frameDict"/> (the frame's own reference, released
    /// with its locals): made empty by the first call. Borrowed.
    /// </summary>
    public static PyDict Dict(ref PyValue frameDict)
    {
        if (frameDict.Obj is PyDict d) return d;
        d = new PyDict();
        frameDict = PyValue.From(d);
        return d;
    }

    /// <summary>
    /// Copies the local <paramref name="name"/> into the frame's dict <paramref name="d"/>: its value
    /// (borrowed), or no key when it is unbound.
    /// </summary>
    public static void Put(ThreadState ts, PyDict d, PyValue name, PyValue value)
    {
        if (value.IsUnbound)
        {
            if (d.Remove(ts, name, out var old)) old.DecRef();
            return;
        }
        d.Set(ts, name, value);
    }

    /// <summary>The same for the cell or free variable <paramref name="name"/>: the cell's content.</summary>
    public static void PutCell(ThreadState ts, PyDict d, PyValue name, PyCell cell)
    {
        var value = cell.Load();
        try { Put(ts, d, name, value); }
        finally { value.DecRef(); }
    }

    /// <summary>
    /// The result of the call of <paramref name="callable"/> (the builtin <see cref="IsScopeBuiltin"/> found) once the
    /// frame's dict <paramref name="d"/> is up to date: the dict for locals() and vars(), its sorted keys for dir().
    /// New reference.
    /// </summary>
    public static PyValue Answer(ThreadState ts, PyValue callable, PyDict d) =>
        ScopeBuiltins.FrameBuiltinName(callable) == "dir" ? PyValue.From(ScopeBuiltins.SortedKeys(ts, d)) : PyValue.From(d).NewRef();

    /// <summary>
    /// The exception for locals(), vars() or dir() without arguments in a list, set or dict comprehension
    /// (<paramref name="callable"/> is the builtin): CPython 3.12 runs those in the enclosing frame (PEP 709) and
    /// answers with its dict, the loop variables added, which GilGen (3.9's bytecode: the comprehension is a
    /// function of its own) does not have.
    /// </summary>
    public static PyException InComprehension(PyValue callable) => PyErr.NotImplementedError(
        $"{ScopeBuiltins.FrameBuiltinName(callable)}() without an argument is not supported by GilGen in a list, set or "
        + "dict comprehension: CPython 3.12 runs the comprehension in the enclosing frame and answers with that frame's "
        + "variables, where GilGen runs it as a function of its own (a generator expression, a frame of its own in "
        + "3.12 too, is supported)");
}
