using System.Linq;
using GilGen.Compiler.Bytecode;
using static GilGen.Compiler.Emit.RuntimeNames;

namespace GilGen.Compiler.Emit;

/// <summary>
/// A long function body, a class body or a module is emitted as three
/// parts: a struct that holds the frame (its locals, cells and current line), an entry method that owns
/// the frame, and a body method with the instructions. The entry method binds the arguments into the
/// frame and runs the body method inside the one <c>try</c> of the frame (the traceback filter and the
/// <c>finally</c> that releases the locals); the body method, which has no exception handler at all, gets
/// the frame by <c>ref</c>, keeps the locals in C# locals and writes every store through to the frame.
/// The operands an instruction leaves pending when it raises are released by that <c>finally</c> too: the body
/// method records their set's number in the frame (<c>__f.Ip</c>, where the <see cref="StackReleasePlan"/> stores
/// it) and copies a stack slot into the frame after the instructions whose value some raising instruction would
/// release from it (<see cref="SplitFrameSlotWrites"/>).
/// </summary>
/// <remarks>
/// Why: with the instructions inside the <c>try</c>, every local and every memory write is live into the
/// handlers, and RyuJIT's SSA construction adds each of their definitions to the handlers' phis, which is
/// superlinear in the method's size: n-body's <c>advance</c> (20 lines) took 11 s to compile with full
/// optimization, mostly "SSA: rename" (docs/architecture/performance.md §1). Without a handler the body
/// method compiles like straight-line code. A body with try blocks keeps its catch in the body method but leaves
/// it to enter a handler (CodeObjectEmitter.SplitFrameHandlers); a generator without try blocks is split as well
/// (CodeObjectEmitter.SplitGenerator).
/// </remarks>
internal sealed partial class CodeObjectEmitter
{
    /// <summary>
    /// The fewest instructions of a function whose frame is split. A smaller function keeps one method: split it
    /// would pay a second call per call and a second store per STORE_FAST (the seed's countdown loop, 9
    /// instructions, took about 10% more CPU split). The bound was 64, but a 38-instruction method (deltablue's
    /// <c>recalculate</c>, 3 KB of IL) took 2 G cycles to compile at tier 1 in one method, and the suite's
    /// script methods below 64 instructions were most of its JIT time (docs/architecture/performance.md §1).
    /// A module or class body runs once and is split whatever its size.
    /// </summary>
    internal const int SplitMinInstructions = 16;

    /// <summary>
    /// The fewest instructions of a generator whose frame is split (CodeObjectEmitter.SplitGenerator). A split generator
    /// pays the split at every resumption (a second call, the split frame zeroed and filled from the heap frame), which
    /// the generators benchmark's small generators (a recursive <c>yield from</c> of 28 instructions, resumed once per
    /// level for every value) paid in time: its tree walk took 10-15% longer split. One-method generators of that size
    /// compile in milliseconds; nqueens' of 50 and 151 instructions took 1.1 G and 0.7 G cycles.
    /// </summary>
    internal const int SplitMinGeneratorInstructions = 32;

    private bool SplitsFrame()
    {
        // A generator with try blocks keeps one method (see CodeObjectEmitter.SplitGenerator).
        if (IsGenerator && _flow.HasHandlers) return false;
        if (_isModule || _isClassBody) return true;
        // A list, set or dict comprehension is a loop: the split's call and frame are paid once per loop, and one method
        // compiled slowly (hexiom's dict comprehension, 910 bytes of IL, took 148 M cycles, 107 M of them SSA).
        if (FrameScopeCalls.IsInlinedComprehension(_code)) return true;
        int reachable = 0;
        for (int i = 0; i < _ins.Count; i++) if (_flow.Reachable[i]) reachable++;
        return reachable >= (IsGenerator ? SplitMinGeneratorInstructions : SplitMinInstructions);
    }

    /// <summary>A cell as a field of the split frame (the entry method's view of it).</summary>
    private string CellField(int i) => "__f." + CellLocal(i);

    /// <summary>A stack slot as the field of the split frame that holds its copy (see <see cref="SplitFrameSlotWrites"/>).</summary>
    private static string FrameSlot(int slot) => "__f." + S(slot);

    private string FrameDescription => _isModule ? "the module's top-level code" : (_isClassBody ? "class " : "def ") + _code.QualName + " (line " + _code.FirstLineNo + ")";

    private void EmitSplitFrame(string body)
    {
        string frame = _layout.FrameTypeName(_code);
        string run = _layout.RunName(_code);
        EmitFrameStruct(frame, run);

        _w.Line("/// <summary>" + Xml("The frame of " + FrameDescription + (_isClassBody ? " (__args[0] is the namespace dict)" : "")
            + ": " + run + " runs the instructions in it" + (_flow.HasHandlers
                ? ", again to enter a handler" + (_isModule ? "." : "; this method releases its locals.")
                : ", this method adds the frame to a traceback" + (_isModule ? "." : " and releases its locals."))) + "</summary>");
        _w.Line(GeneratedCode);
        _w.Open(_isModule
            ? $"private static {Value} {body}({ThreadStateType} __ts, {Module} __module)"
            : $"private static {Value} {body}({ThreadStateType} __ts, {Function} __fn, {ReadOnlySpan} __args, string[]? __kw)");
        // Zeroed: nothing pending (__f.Ip 0: the entry check comes first) and the stack slots' copies, each read only
        // under a number that its copy set. (A struct that holds references is zeroed on entry anyway.)
        _w.Line($"{frame} __f = default;");
        if (!_flow.HasHandlers) _w.Line("var __interp = __ts.Interp;");
        if (!_isModule) EmitLocalsAndCells(intoFrame: true);
        _w.Line($"__f.Line = {_code.FirstLineNo};");
        if (_flow.HasHandlers)
        {
            EmitHandlersEntry(run);
        }
        else
        {
            EmitEntryTry(run);
        }
        _w.Close();
        _w.Line();

        _w.Line("/// <summary>" + Xml("The instructions of " + FrameDescription + ", in the frame __f, which the caller owns and releases. "
            + (_flow.HasHandlers
                ? "Its catch enters the try blocks' handlers by returning to the caller, which runs it again at the handler (__f.Resume)."
                : "No exception handler here: an exception leaves through the caller's filter.")) + "</summary>");
        _w.Line(GeneratedCode);
        string owner = _isModule ? $"{Module} __module" : $"{Function} __fn";
        string ns = _isClassBody ? ", global::GilGen.Runtime.PyDict __ns" : "";
        _w.Open($"private static {Value} {run}({ThreadStateType} __ts, {owner}{ns}, ref {frame} __f)");
        _w.Line("var __interp = __ts.Interp;");
        _w.Line(_isModule ? "var __mod = __module;" : "var __mod = __fn.Module;");
        _w.Line("var __g = __mod.Slots;");
        EmitBodyMethodLocals();
        if (_flow.HasHandlers) EmitSplitBodyWithHandlers();
        else EmitInstructions();
        _w.Close();
        _w.Line();
    }

    /// <summary>The body method's locals, cells, free variables and stack slots, taken from the split frame <c>__f</c>.</summary>
    private void EmitBodyMethodLocals()
    {
        // The locals are C# locals here, which the JIT can keep in registers; every store also writes the frame's
        // field (WriteThrough), so the field holds the local's value wherever an exception can leave (and, with try
        // blocks, where this method is run again to enter a handler).
        for (int i = 0; i < (_isModule ? 0 : _code.VarNames.Count); i++)
        {
            _w.Line($"{Value} {Local(i)} = {FrameLocal(i)};   // {CSharpLiteral.CommentText(_code.VarNames[i])}");
        }
        // Cells never change once made.
        int cells = _isModule ? 0 : _code.CellVars.Count;
        for (int i = 0; i < cells; i++)
        {
            _w.Line($"var {CellLocal(i)} = {CellField(i)};   // cell {CSharpLiteral.CommentText(_code.CellVars[i])}");
        }
        if (!_isModule) EmitFreeVariables();
        EmitSlotDeclarations();
    }

    /// <summary>The entry method's try of a split frame without try blocks: the entry check, the body method, the traceback filter and the finally.</summary>
    private void EmitEntryTry(string run)
    {
        EmitFrameExitDeclaration();
        _w.Open("try");
        EmitEntryCheck();
        // The body method's data-flow starts from its initial set (StackReleasePlan.Initial).
        if (_stackPlan is { Initial: not 0 }) _w.Line($"__f.Ip = {_stackPlan.Initial};");
        _w.Line($"return {run}(__ts, {(_isModule ? "__module" : "__fn")}{(_isClassBody ? ", __ns" : "")}, ref __f);");
        _w.Close();
        // A filter, not a catch and rethrow: see EmittedOps.LeaveFrame. The locals are released in a
        // finally, on every way out (RETURN_VALUE leaves them to it); a finally runs in the second pass
        // and does not nest dispatches. (The filter catches only a GilGen bug's .NET exception: EmitLeaveFrameCatch.)
        EmitLeaveFrameCatch("__f.Line");
        if (OwnedLocals().Any() || _stackPlan != null)
        {
            _w.Open("finally");
            EmitReleaseStackPlan();
            EmitReleaseOrKeepLocals(inFrame: true);
            _w.Close();
        }
    }

    /// <summary>
    /// After a store to local <paramref name="local"/> in a split frame: the same store to the frame's field,
    /// which the entry method releases (empty when the frame is not split).
    /// </summary>
    internal string WriteThrough(int local, string value) => _splitFrame ? $" {FrameLocal(local)} = {value};" : "";

    /// <summary>The struct of a split frame: what both methods see, on the entry method's stack.</summary>
    private void EmitFrameStruct(string frame, string run)
    {
        string holds = (_isModule ? "its current line" : "its locals, cells and current line")
            + (_stackPlan != null ? ", and what is pending on its stack," : "") + (_isModule ? " which " + run + " writes" : " which " + run + " reads and writes");
        _w.Line("/// <summary>" + Xml("The frame of " + FrameDescription + ": " + holds + ".") + "</summary>");
        _w.Line(GeneratedCode);
        // A ref struct: it can only live on a stack, so the JIT stores into it through the ref without a GC write barrier.
        _w.Open($"private ref struct {frame}");
        if (!_isModule)
        {
            for (int i = 0; i < _code.VarNames.Count; i++)
            {
                _w.Line($"public {Value} {Local(i)};   // {CSharpLiteral.CommentText(_code.VarNames[i])}");
            }
            for (int i = 0; i < _code.CellVars.Count; i++)
            {
                _w.Line($"public {Cell} {CellLocal(i)};   // cell {CSharpLiteral.CommentText(_code.CellVars[i])}");
            }
            if (KeepsLocalsDict) _w.Line($"public {Value} {LocalsDict(inFrame: false)};   // the frame's locals dict (CPython's f_locals), made by its first locals(), vars() or dir()");
        }
        _w.Line("public int Line;   // the line running, for the traceback");
        if (_flow.HasHandlers) EmitHandlersFrameFields();
        if (_stackPlan != null)
        {
            _w.Line("public int Ip;   // the number of the set of stack values to release if an instruction raises (StackReleasePlan)");
            foreach (int slot in _slotWrites!.Slots) _w.Line($"public {Value} {S(slot)};   // a copy of the stack slot, released from here");
        }
        _w.Close();
        _w.Line();
    }
}
