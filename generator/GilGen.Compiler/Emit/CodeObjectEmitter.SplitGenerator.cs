using System.Linq;
using static GilGen.Compiler.Emit.RuntimeNames;

namespace GilGen.Compiler.Emit;

/// <summary>
/// A generator (or coroutine) without try blocks, of at least
/// <see cref="SplitMinGeneratorInstructions"/> instructions, is split as a function's frame is (CodeObjectEmitter.SplitFrame):
/// its resume method moves the locals and cells out of the heap frame (<c>__gf</c>, the <c>GeneratorFrame</c>) into a
/// split frame on its stack (<c>__f</c>) and runs a body method inside the one <c>try</c>, whose filter adds the frame
/// to the traceback and whose catch releases what is pending (the <see cref="StackReleasePlan"/>'s set in
/// <c>__f.Ip</c>, the stack slots' copies) and gives the locals to the traceback. The body method has no exception
/// handler: it keeps the locals in C# locals, writes every store through to the split frame, and at a yield saves
/// the locals, cells and the stack below the yielded value into the heap frame and returns, as a one-method
/// generator does. Resumed, it jumps to the yield, puts the stack back and records in the new split frame what is
/// pending there (<see cref="EmitResumedSplitFrame"/>). A YIELD_FROM's step releases the value it sends also when it
/// raises (<c>GeneratorOps.YieldFromStepConsuming</c>), since a value sent in at a resumption has no copy in the frame.
/// </summary>
/// <remarks>
/// Why: a one-method generator's catch reads every stack slot and local, which RyuJIT's SSA construction makes live
/// into the handler from every definition, superlinear in the method's size as in a function's
/// (docs/architecture/performance.md §1): nqueens' <c>permutations</c> and <c>n_queens</c> resume methods took
/// 1.8 G of its 2.3 G JIT cycles. A generator with try blocks keeps one method: its catch enters the handlers inside
/// the method, and leaving the method to enter one (as a split function does) would have to keep the generator's
/// resumption and the handler's re-entry apart.
/// </remarks>
internal sealed partial class CodeObjectEmitter
{
    private void EmitSplitGenerator(string body)
    {
        AssignResumePoints();
        EmitGeneratorFactory(body);
        string frame = _layout.FrameTypeName(_code);
        string resume = ResumeName(body);
        string run = resume + "_run";
        EmitFrameStruct(frame, run);

        _w.Line("/// <summary>" + Xml("Runs def " + _code.QualName + " (line " + _code.FirstLineNo + ") from where its frame stopped to its next yield or its end: "
            + run + " runs the instructions in the split frame __f, this method adds the frame to a traceback and releases what is pending.") + "</summary>");
        _w.Line(GeneratedCode);
        _w.Open($"private static {Value} {resume}({ThreadStateType} __ts, {GeneratorFrameType} __gf)");
        _w.Line($"{frame} __f = default;");
        _w.Line($"{PyExceptionType} __e;");
        EmitTakeFromHeapFrame("__gf", intoSplitFrame: true);
        _w.Line($"__f.Line = __gf.ResumePoint == 0 ? {_code.FirstLineNo} : __gf.Line;");
        _w.Open("try");
        _w.Line($"return {run}(__ts, __gf, ref __f);");
        _w.Close();
        // One clause with a filter, as a one-method generator's: a GilGen bug's .NET exception leaves as the Python
        // exception it becomes here (EmittedOps.LeaveGenerator). Its release reads only the split frame.
        _w.Open($"catch (global::System.Exception __x) when ({EmittedOpsType}.LeavesGenerator(__x))");
        _w.Line($"__e = {EmittedOpsType}.LeaveGenerator(__x, {_layout.CodeInfoName(_code)}, __f.Line);");
        EmitReleaseStackPlan();
        var locals = OwnedLocals(inFrame: true).ToList();
        if (locals.Count > 0) _w.Line($"{EmittedOpsType}.KeepLocals(__e, {ArrayOfValues(locals)});");
        _w.Close();
        EmitThrowAfterCatch("__e");
        _w.Close();
        _w.Line();

        _w.Line("/// <summary>" + Xml("The instructions of def " + _code.QualName + " (line " + _code.FirstLineNo + "), from the start or from the yield __gf stopped at, in the split frame __f, "
            + "which the caller owns. No exception handler here: an exception leaves through the caller's filter.") + "</summary>");
        _w.Line(GeneratedCode);
        _w.Open($"private static {Value} {run}({ThreadStateType} __ts, {GeneratorFrameType} __gf, ref {frame} __f)");
        _w.Line("var __fn = __gf.Function;");
        _w.Line("var __interp = __ts.Interp;");
        _w.Line("var __mod = __fn.Module;");
        _w.Line("var __g = __mod.Slots;");
        EmitBodyMethodLocals();
        if (_resumeIds.Count > 0)
        {
            _w.Open("switch (__gf.ResumePoint)");
            foreach (var y in _resumeIds) _w.Line($"case {y.Value}: goto __Y{y.Value};");
            _w.Close();
        }
        EmitFreshStart();
        // The plan's data-flow starts from its initial set at the first instruction (a resumption records its own).
        if (_stackPlan is { Initial: not 0 }) _w.Line($"__f.Ip = {_stackPlan.Initial};");
        EmitInstructions();
        _w.Close();
        _w.Line();
    }

    /// <summary>
    /// A split generator resumed at the yield <paramref name="index"/>, with its <paramref name="keep"/> lowest stack
    /// slots back from the heap frame: the split frame is new, so the slots' copies its catch releases go into it and
    /// it records the set of releases in force after the yield (what a value thrown in there leaves pending).
    /// </summary>
    private void EmitResumedSplitFrame(int index, int keep)
    {
        if (_stackPlan == null) return;
        var copies = (_slotWrites?.Slots ?? System.Array.Empty<int>()).Where(s => s < keep).Select(s => $"{FrameSlot(s)} = {S(s)}; ");
        _w.Line($"{string.Concat(copies)}__f.Ip = {_stackPlan.SetAfter(index)};");
    }
}
