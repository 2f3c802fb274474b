using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// The calls <c>locals()</c>, <c>vars()</c> and <c>dir()</c> without an argument in a function, lambda, generator or
/// class body, which read the calling frame's variables. Generated code keeps a frame's variables in C# locals, so
/// no builtin can find them: the emitter answers these calls where it has them in scope. A call qualifies when
/// the callable is the name itself (CALL_FUNCTION 0 right after LOAD_GLOBAL, or LOAD_NAME in a class body, of one of
/// the three names, with nothing jumping in between); at run time the emitted code still tests that the callable
/// is the builtin (the name may be a global or the builtin rebound). The same for the four called as an attribute
/// (<c>builtins.globals()</c>, <see cref="IsAttributeCall"/>), in module-level code too. A code object without such a
/// call is emitted exactly as before.
/// </summary>
internal static class FrameScopeCalls
{
    /// <summary>True when instruction <paramref name="index"/> of <paramref name="code"/> is such a call.</summary>
    public static bool IsCall(CodeObject code, bool isModule, int index)
    {
        if (isModule || index == 0) return false;
        var call = code.Instructions[index];
        if (call.Opcode != Opcode.CALL_FUNCTION || call.Arg != 0 || call.IsJumpTarget) return false;
        var load = code.Instructions[index - 1];
        var expected = ModuleLayout.IsClassBody(code, isModule) ? Opcode.LOAD_NAME : Opcode.LOAD_GLOBAL;
        return load.Opcode == expected && code.Names[load.Arg] is "locals" or "vars" or "dir";
    }

    /// <summary>
    /// True when instruction <paramref name="index"/> calls one of the four as an attribute without arguments
    /// (CALL_METHOD 0 right after LOAD_METHOD of globals, locals, vars or dir, nothing jumping in between):
    /// <c>builtins.globals()</c>, which CPython answers for the calling frame. At run time the emitted code tests
    /// that the attribute is not a method (LOAD_METHOD left no self) and is the builtin.
    /// </summary>
    public static bool IsAttributeCall(CodeObject code, int index)
    {
        if (index == 0) return false;
        var call = code.Instructions[index];
        if (call.Opcode != Opcode.CALL_METHOD || call.Arg != 0 || call.IsJumpTarget) return false;
        var load = code.Instructions[index - 1];
        return load.Opcode == Opcode.LOAD_METHOD && code.Names[load.Arg] is "globals" or "locals" or "vars" or "dir";
    }

    /// <summary>True when <paramref name="code"/> has at least one such call (by name or as an attribute).</summary>
    public static bool Any(CodeObject code, bool isModule) =>
        code.Names.Any(n => n is "globals" or "locals" or "vars" or "dir")
        && Enumerable.Range(0, code.Instructions.Count).Any(i => IsCall(code, isModule, i) || IsAttributeCall(code, i));

    /// <summary>
    /// A list, set or dict comprehension: CPython 3.12 runs it in the enclosing frame (PEP 709), so its locals() is
    /// that frame's dict with the loop variables added; GilGen runs it as a function of its own (3.9's bytecode),
    /// so it raises NotImplementedError there instead. (A generator expression is a frame of its own in 3.12 too.)
    /// </summary>
    public static bool IsInlinedComprehension(CodeObject code) => code.Name is "<listcomp>" or "<setcomp>" or "<dictcomp>";

    /// <summary>
    /// The variables CPython 3.12 copies into the frame's locals dict, in its order (co_localsplusnames): the
    /// locals (an argument that is a cell among them, where 3.9 also lists it as a cell), then the other cells,
    /// then the free variables. In a class body (its locals dict is the namespace) only its cells: 3.12 copies
    /// no free variable into a class namespace. <c>Cell</c> is the index of the frame's cell (free variables
    /// after the cells) or -1; <c>Local</c> the index in <c>co_varnames</c> or -1.
    /// </summary>
    public static IEnumerable<(string Name, int Local, int Cell)> Variables(CodeObject code, bool isClassBody)
    {
        if (isClassBody)
        {
            for (int c = 0; c < code.CellVars.Count; c++) yield return (code.CellVars[c], -1, c);
            yield break;
        }
        for (int i = 0; i < code.VarNames.Count; i++)
        {
            int cell = IndexOf(code.CellVars, code.VarNames[i]);
            yield return (code.VarNames[i], cell >= 0 ? -1 : i, cell);
        }
        for (int c = 0; c < code.CellVars.Count; c++)
        {
            if (IndexOf(code.VarNames, code.CellVars[c]) < 0) yield return (code.CellVars[c], -1, c);
        }
        for (int f = 0; f < code.FreeVars.Count; f++) yield return (code.FreeVars[f], -1, code.CellVars.Count + f);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }
}
