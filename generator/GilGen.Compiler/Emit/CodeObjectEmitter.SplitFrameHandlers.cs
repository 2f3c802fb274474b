using System.Linq;
using static GilGen.Compiler.Emit.RuntimeNames;

namespace GilGen.Compiler.Emit;

/// <summary>
/// A split frame whose body has try blocks (see CodeObjectEmitter.SplitFrame): the body method holds the one
/// <c>try</c> around the instructions and the catch that chooses the handler, as a one-method frame with try blocks
/// does, but the catch does not loop back into the <c>try</c>. It leaves the body method instead, with what the
/// handler needs in the frame (which handler in <c>__f.Resume</c>, the stack slots up to the handler's six values,
/// the loop's paced credit), and the entry method runs the body method again, which goes to the handler.
/// </summary>
/// <remarks>
/// Why: RyuJIT's SSA renaming of a method whose catch flows back into the same <c>try</c> (the one-method shape's
/// <c>while (true) { try { … } catch { …; continue; } }</c>) is superlinear in the method's size: the generators
/// benchmark's module body (19,901 bytes of IL, one try statement) took 30,758 M cycles to compile with full
/// optimization, 97% of them "SSA: rename". The same body with a catch that returns instead of continuing took
/// 1,573 M; with the catch only rethrowing, 413 M (docs/architecture/performance.md §1). The locals are the split
/// frame's (C# locals written through to the frame's fields, read again from them when the body method is
/// entered again); the catch releases the stack and gives the locals to the traceback as a one-method frame's
/// does, so the entry method has only the loop and the finally that releases the locals on a return.
/// </remarks>
internal sealed partial class CodeObjectEmitter
{
    /// <summary>Where a frame with try blocks keeps the exception its catch has added itself to the traceback of.</summary>
    private string TracedVariable => _splitFrame ? "__f.Traced" : "__traced";

    /// <summary>Where a frame with try blocks keeps the exception handled at nesting <paramref name="nesting"/> (RERAISE's).</summary>
    internal string HandledVariable(int nesting) => (_splitFrame ? "__f.X" : "__x") + nesting;

    /// <summary>The fields a split frame with try blocks adds to its struct (<see cref="EmitFrameStruct"/>).</summary>
    private void EmitHandlersFrameFields()
    {
        _w.Line("public int Resume;   // the handler the body method enters when run again (0: from the start; its return is the frame's)");
        _w.Line("public int Ip;   // a GilGen bug's exception: the instruction it was raised at, for the catch to unwind from");
        _w.Line("public bool Kept;   // the catch gave the locals to the exception's traceback: the finally does not release them");
        _w.Line($"public {PyExceptionType}? Traced;   // the exception the frame has added itself to the traceback of");
        for (int k = 0; k <= _maxHandlerNesting; k++) _w.Line($"public {PyExceptionType}? X{k};   // the exception handled at nesting {k} (RERAISE's)");
        if (_paced.HasLoops) _w.Line("public long Pace;   // the loops' paced credit (GilInterpreter.IsCheckDue) while the body method is left");
        for (int s = 0; s < _maxDepth; s++) _w.Line($"public {Value} {S(s)};   // the stack slot while the body method is left to enter a handler (not owned here)");
    }

    /// <summary>
    /// The entry method of a split frame with try blocks: it runs the body method until that returns without a
    /// handler to enter, and releases the locals on a return (an exception's catch in the body method gave them to
    /// its traceback). No filter: the body method's catch has added the frame to every exception that leaves it.
    /// </summary>
    private void EmitHandlersEntry(string run)
    {
        bool owns = OwnedLocals().Any();
        if (owns) _w.Open("try");
        _w.Open("while (true)");
        _w.Line($"var __v = {run}(__ts, {(_isModule ? "__module" : "__fn")}{(_isClassBody ? ", __ns" : "")}, ref __f);");
        _w.Line("if (__f.Resume == 0) return __v;");
        _w.Close();
        if (!owns) return;
        _w.Close();
        _w.Open("finally");
        var locals = OwnedLocals(inFrame: true).ToList();
        _w.Line($"if (!__f.Kept) {{ {string.Join(" ", locals.Select(l => l + ".DecRef();"))} }}");
        _w.Close();
    }

    /// <summary>
    /// The body method's instructions, in the one <c>try</c>: entered from the start, or (<c>__f.Resume</c>) at the
    /// handler its catch chose the last time, with the stack slots back from the frame.
    /// </summary>
    private void EmitSplitBodyWithHandlers()
    {
        _w.Line("int __resume = __f.Resume, __ip = -1;");
        _w.Line("__f.Resume = 0;");
        _w.Open("try");
        _w.Line("// Run again after an exception: go to the handler the catch chose.");
        _w.Open("switch (__resume)");
        foreach (var h in _handlerIds)
        {
            int depth = _flow.Depth[_flow.IndexOf(h.Key)];
            _w.Line($"case {h.Value}: {ReloadSlots(depth)}goto __L{h.Key};");
        }
        // A GilGen bug's .NET exception, which the second catch made a Python exception: thrown again here, in the
        // try, at the instruction and with the stack it was raised with, the first catch dispatches it as any other.
        _w.Line($"case {InternalErrorResume}: {ReloadSlots(_maxDepth)}__ip = __f.Ip; throw __f.Traced!;");
        _w.Close();
        EmitEntryCheck();
        EmitInstructions();
        _w.Close();
        _w.Open($"catch ({PyExceptionType} __e)");
        EmitHandlerDispatch();
        _w.Close();
        _w.Open($"catch (global::System.Exception __x) when ({EmittedOpsType}.IsInternalError(__x))");
        _w.Line($"__f.Traced = {EmittedOpsType}.InternalError(__x, {_layout.CodeInfoName(_code)}, __f.Line); __f.Ip = __ip;");
        EmitLeaveToHandler(InternalErrorResume, _maxDepth);
        _w.Close();
        EmitThrowAfterCatch("__f.Traced!");
    }

    /// <summary>The body method's catch, once it has chosen a handler: the handler and the stack below <paramref name="depth"/> go to the frame, and the body method returns to be run again.</summary>
    private void EmitLeaveToHandler(string resume, int depth)
    {
        string slots = string.Concat(Enumerable.Range(0, depth).Select(s => $"{FrameSlot(s)} = {S(s)}; "));
        _w.Line($"__f.Resume = {resume}; {slots}{(_paced.HasLoops ? "__f.Pace = __pace; " : "")}return default;");
    }

    private void EmitLeaveToHandler(int resume, int depth) => EmitLeaveToHandler(resume.ToString(System.Globalization.CultureInfo.InvariantCulture), depth);

    /// <summary>The stack slots below <paramref name="depth"/>, back from the frame, as one line's statements.</summary>
    private static string ReloadSlots(int depth) => string.Concat(Enumerable.Range(0, depth).Select(s => $"{S(s)} = {FrameSlot(s)}; "));
}
