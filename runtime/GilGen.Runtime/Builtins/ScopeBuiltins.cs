using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// globals, locals, vars and dir: the builtins whose answer depends on the code that calls them. Generated code
/// runs Python frames as C# frames, so no builtin can find its caller; instead the load of the name does
/// (<see cref="Resolve"/>): a module's code that names <c>globals</c> gets that module's own globals, and
/// module-level code (LOAD_NAME) gets module-level locals, vars and dir. Inside a function, lambda, generator or
/// class body, a call of locals(), vars() or dir() by its name without arguments is answered by the generated code
/// itself, which has the frame's variables in scope (<see cref="FrameScope"/>); the function-level builtins
/// themselves, reached any other way (another name, <c>*args</c>), raise NotImplementedError rather than answer
/// wrongly. The same for the four called at once as attributes (<c>builtins.globals()</c>), in module-level code too.
/// </summary>
internal sealed class ScopeBuiltins
{
    private readonly PyModule _module;
    private readonly PyValue _globals, _moduleLocals, _moduleVars, _moduleDir;

    // Inside a function: called by their name, the generated code answers them (FrameScope); reached any other way,
    // the frame's locals are unknown, so only the forms with an argument work.
    private static readonly PyValue FunctionLocals = WithoutArguments("locals", () => throw InsideFunction("locals()"));
    private static readonly PyValue FunctionVars = Function("vars", (ts, a, kw) =>
        VarsOf(ts, a, kw) ?? throw InsideFunction("vars() without an argument"));
    private static readonly PyValue FunctionDir = Function("dir", (ts, a, kw) =>
        DirOf(ts, a, kw) ?? throw InsideFunction("dir() without an argument"));

    // The builtins module's own entries: called at once as an attribute (builtins.globals()), the generated code
    // answers them (FrameScope); reached any other way (getattr, stored) they cannot know their caller at all.
    private static readonly PyValue UnscopedGlobals = WithoutArguments("globals", () => throw Unscoped("globals()"));
    private static readonly PyValue UnscopedLocals = WithoutArguments("locals", () => throw Unscoped("locals()"));
    private static readonly PyValue UnscopedVars = Function("vars", (ts, a, kw) =>
        VarsOf(ts, a, kw) ?? throw Unscoped("vars() without an argument"));
    private static readonly PyValue UnscopedDir = Function("dir", (ts, a, kw) =>
        DirOf(ts, a, kw) ?? throw Unscoped("dir() without an argument"));

    /// <summary>The module-bound versions for <paramref name="module"/>.</summary>
    public ScopeBuiltins(PyModule module)
    {
        _module = module;
        // Methods of this object (not lambdas): IsGlobals and FrameBuiltinName know them by their target.
        _globals = Function("globals", ModuleGlobals);
        _moduleLocals = Function("locals", ModuleLocals);
        _moduleVars = Function("vars", ModuleVars);
        _moduleDir = Function("dir", ModuleDir);
    }

    private PyValue ModuleGlobals(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        new BuiltinArguments("globals", a, kw).NoKeywords().Expect(0, 0);
        return PyValue.From(_module.Namespace).NewRef();
    }

    private PyValue ModuleLocals(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        new BuiltinArguments("locals", a, kw).NoKeywords().Expect(0, 0);
        return PyValue.From(_module.Namespace).NewRef();
    }

    private PyValue ModuleVars(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw) =>
        VarsOf(ts, a, kw) ?? PyValue.From(_module.Namespace).NewRef();

    private PyValue ModuleDir(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw) =>
        DirOf(ts, a, kw) ?? PyValue.From(SortedKeys(ts, _module.Namespace));

    /// <summary>True when <paramref name="callable"/> is one of the objects that stand for builtins.globals.</summary>
    internal static bool IsGlobals(PyValue callable) =>
        callable.Obj is PyBuiltinFunction f
        && (ReferenceEquals(f, UnscopedGlobals.Obj) || f.Body.Target is ScopeBuiltins && f.Name == "globals");

    /// <summary>
    /// "locals", "vars" or "dir" when <paramref name="callable"/> is one of the objects that stand for
    /// builtins.locals, builtins.vars or builtins.dir (the function-level, the unscoped or a module's own); null for
    /// anything else, globals included. In CPython all of them are the one builtin, which reads the calling frame.
    /// </summary>
    internal static string? FrameBuiltinName(PyValue callable)
    {
        if (callable.Obj is not PyBuiltinFunction f) return null;
        if (ReferenceEquals(f, FunctionLocals.Obj) || ReferenceEquals(f, UnscopedLocals.Obj)) return "locals";
        if (ReferenceEquals(f, FunctionVars.Obj) || ReferenceEquals(f, UnscopedVars.Obj)) return "vars";
        if (ReferenceEquals(f, FunctionDir.Obj) || ReferenceEquals(f, UnscopedDir.Obj)) return "dir";
        return f.Body.Target is ScopeBuiltins && f.Name is "locals" or "vars" or "dir" ? f.Name : null;
    }

    /// <summary>Adds globals, locals, vars and dir to the builtins module <paramref name="m"/>.</summary>
    public static void Install(PyModule m)
    {
        m.SetGlobal("globals", UnscopedGlobals);
        m.SetGlobal("locals", UnscopedLocals);
        m.SetGlobal("vars", UnscopedVars);
        m.SetGlobal("dir", UnscopedDir);
    }

    /// <summary>
    /// The builtin a load of <paramref name="slot"/>'s name gets when the module has no global of that name, if
    /// it is one of these four and the builtin is still the original; null for any other name.
    /// </summary>
    public static PyValue? Resolve(GlobalSlot slot, bool moduleLevel)
    {
        PyValue original;
        switch (slot.Name)
        {
            case "globals": original = UnscopedGlobals; break;
            case "locals": original = UnscopedLocals; break;
            case "vars": original = UnscopedVars; break;
            case "dir": original = UnscopedDir; break;
            default: return null;
        }
        if (slot.Module is not PyModule { Definition: not null } module) return null;
        // A program that rebinds builtins.vars gets its own function, as in CPython.
        if (module.Builtins.FindSlot(slot.Name) is not GlobalSlot builtin || !ReferenceEquals(builtin.Value.Obj, original.Obj)) return null;
        var own = module.ScopeBuiltins;
        var chosen = slot.Name switch
        {
            "globals" => own._globals,
            "locals" => moduleLevel ? own._moduleLocals : FunctionLocals,
            "vars" => moduleLevel ? own._moduleVars : FunctionVars,
            _ => moduleLevel ? own._moduleDir : FunctionDir,
        };
        return chosen.NewRef();
    }

    // A builtin that takes no argument (globals, locals) and gives answer()'s value.
    private static PyValue WithoutArguments(string name, Func<PyValue> answer) => Function(name, (ts, a, kw) =>
    {
        new BuiltinArguments(name, a, kw).NoKeywords().Expect(0, 0);
        return answer();
    });

    private static PyValue Function(string name, BuiltinBody body)
    {
        var f = new PyBuiltinFunction(name, body) { ModuleName = "builtins" };
        f.MakeImmortal();
        return PyValue.From(f);
    }

    // vars(o) with its argument, or null for vars().
    private static PyValue? VarsOf(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var args = new BuiltinArguments("vars", a, kw).NoKeywords().Expect(0, 1);
        return args.Count == 0 ? null : ClassBuiltins.Vars(ts, a[0]);
    }

    // dir(o) with its argument, or null for dir().
    private static PyValue? DirOf(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var args = new BuiltinArguments("dir", a, kw).NoKeywords().Expect(0, 1);
        return args.Count == 0 ? null : PyValue.From(ClassBuiltins.Dir(ts, a[0]));
    }

    /// <summary>dir() without an argument: the keys of the frame's locals dict <paramref name="ns"/>, sorted as CPython sorts them.</summary>
    internal static PyList SortedKeys(ThreadState ts, PyDict ns)
    {
        var keys = new PyList();
        using (FreeThreading.Lock(ns)) foreach (var (k, _) in ns.Table.Entries()) keys.Items.Add(k.NewRef());
        bool sorted = false;
        try { ListSort.Sort(ts, keys.Items, null, false); sorted = true; }
        finally { if (!sorted) PyValue.From(keys).DecRef(); }
        return keys;
    }

    private static PyException InsideFunction(string what) => PyErr.NotImplementedError(
        $"{what} is supported by GilGen inside a function, lambda, generator or class body only when called by its own "
        + "name with no arguments: this call reached it another way (another name, or * or ** arguments), and GilGen "
        + "does not keep a frame's local variables where a builtin could find them");

    private static PyException Unscoped(string what) => PyErr.NotImplementedError(
        $"{what} is supported by GilGen only when called by its builtin name or at once as an attribute of the builtins "
        + "module (builtins.globals()), not reached through getattr or a stored reference to the builtins module's function");
}
