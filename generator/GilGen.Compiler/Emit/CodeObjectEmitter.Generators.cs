using System;
using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Bytecode;
using static GilGen.Compiler.Emit.RuntimeNames;

namespace GilGen.Compiler.Emit;

/// <summary>
/// Generators and coroutines. Calling the function runs a factory method that binds the arguments
/// into a <c>GeneratorFrame</c> and returns the generator; a second method, the resume method, runs
/// the code. It is the ordinary method body with two differences: on entry it takes the locals and
/// cells out of the frame and jumps to the yield it stopped at (through the same dispatch that enters
/// exception handlers), and each yield stores the locals, cells, live stack slots and handled
/// exceptions back into the frame and returns the yielded value. Functions without yields are
/// emitted exactly as before.
/// </summary>
internal sealed partial class CodeObjectEmitter
{
    /// <summary>Resume ids (1, 2, ...) of the YIELD_VALUE and YIELD_FROM instructions, by offset.</summary>
    private readonly Dictionary<int, int> _resumeIds = new();

    /// <summary>True for a generator, a generator expression, a coroutine or an asynchronous generator.</summary>
    internal bool IsGenerator => (_code.Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;

    private bool IsCoroutine => (_code.Flags & CodeFlags.Coroutine) != 0;

    private bool IsAsyncGenerator => (_code.Flags & CodeFlags.AsyncGenerator) != 0;

    // The runtime's GeneratorKind of what calling the function returns.
    private string GeneratorKindName => IsCoroutine ? "Coroutine" : IsAsyncGenerator ? "AsyncGenerator" : "Generator";

    private static string ResumeName(string body) => body + "_resume";

    /// <summary>The generator's heap frame in the method that runs the instructions: <c>__gf</c> when the frame is split (<c>__f</c> is then the split frame), else <c>__f</c>.</summary>
    internal string GenFrame => _splitFrame ? "__gf" : "__f";

    /// <summary>A one-method generator: its catch releases the stack by the offset of the instruction that raised (<c>__ip</c>), not by a <see cref="StackReleasePlan"/>.</summary>
    private bool UsesGeneratorDispatch => IsGenerator && !_splitFrame;

    private void AssignResumePoints()
    {
        for (int i = 0; i < _ins.Count; i++)
        {
            if (_flow.Reachable[i] && _ins[i].Opcode is Opcode.YIELD_VALUE or Opcode.YIELD_FROM)
                _resumeIds[_ins[i].Offset] = _resumeIds.Count + 1;
        }
    }

    private int HandlerSlots => _maxHandlerNesting + 1;

    /// <summary>What calling the function does: bind the arguments into a new frame and return the generator (no instruction runs yet).</summary>
    private void EmitGeneratorFactory(string body)
    {
        string what = IsCoroutine ? "coroutine" : IsAsyncGenerator ? "asynchronous generator" : "generator";
        _w.Line("/// <summary>" + Xml("def " + _code.QualName + " (line " + _code.FirstLineNo + "): binds the arguments and returns the " + what + ".") + "</summary>");
        _w.Line(GeneratedCode);
        _w.Open($"private static {Value} {body}({ThreadStateType} __ts, {Function} __fn, {ReadOnlySpan} __args, string[]? __kw)");
        EmitLocalsAndCells();
        _w.Line($"var __f = new {GeneratorFrameType}(__ts, __fn, {GeneratorLocalSlots}, {_code.CellVars.Count}, {_maxDepth}, {HandlerSlots});");
        for (int i = 0; i < _code.VarNames.Count; i++) _w.Line($"__f.Locals[{i}] = {Local(i)};");
        for (int i = 0; i < _code.CellVars.Count; i++) _w.Line($"__f.Cells[{i}] = {CellLocal(i)};");
        _w.Line($"return {GeneratorType}.Create(__f, {ResumeName(body)}, global::GilGen.Runtime.GeneratorKind.{GeneratorKindName});");
        _w.Close();
        _w.Line();
    }

    /// <summary>The resume method's entry: the frame's locals and cells move into C# locals.</summary>
    private void EmitResumePrologue()
    {
        _w.Line("var __fn = __f.Function;");
        _w.Line("var __interp = __ts.Interp;");
        _w.Line("var __mod = __fn.Module;");
        _w.Line("var __g = __mod.Slots;");
        EmitTakeFromHeapFrame("__f", intoSplitFrame: false);
        EmitFreeVariables();
        EmitSlotDeclarations();
        _w.Line("__line = __f.ResumePoint == 0 ? __line : __f.Line;");
    }

    /// <summary>
    /// A resumption takes the locals and cells out of the heap frame <paramref name="heap"/>, which then no longer holds
    /// them: into C# locals (a one-method generator), or into the split frame's fields (<paramref name="intoSplitFrame"/>).
    /// </summary>
    private void EmitTakeFromHeapFrame(string heap, bool intoSplitFrame)
    {
        string declare = intoSplitFrame ? "" : Value + " ";
        for (int i = 0; i < _code.VarNames.Count; i++)
        {
            _w.Line($"{declare}{(intoSplitFrame ? FrameLocal(i) : Local(i))} = {heap}.Locals[{i}];   // {CSharpLiteral.CommentText(_code.VarNames[i])}");
        }
        if (KeepsLocalsDict) _w.Line($"{declare}{LocalsDict(intoSplitFrame)} = {heap}.Locals[{LocalsDictSlot}];   // the frame's locals dict (CPython's f_locals), made by its first locals(), vars() or dir()");
        if (GeneratorLocalSlots > 0) _w.Line($"global::System.Array.Clear({heap}.Locals);");
        int cells = _code.CellVars.Count;
        for (int i = 0; i < cells; i++)
        {
            _w.Line($"{(intoSplitFrame ? CellField(i) : "var " + CellLocal(i))} = {heap}.Cells[{i}]!;   // cell {CSharpLiteral.CommentText(_code.CellVars[i])}");
        }
        if (cells > 0) _w.Line($"global::System.Array.Clear({heap}.Cells);");
    }

    /// <summary>The first run: throw() before the start raises at once; otherwise the entry checkpoint.</summary>
    private void EmitFreshStart()
    {
        _w.Line($"if ({GenFrame}.HasThrown) throw {GeneratorOpsType}.ThrownAtResume(__ts, {GenFrame});");
        _w.Line($"{GenFrame}.TakeSent().DecRef();");
        var first = _ins.Count > 0 ? _ins[0].Opcode : Opcode.NOP;
        EmitCheck(CheckpointSites.AtEntry(first), "generator start (offset -2: before the first instruction)", CheckpointSites.EntryOffset, 0, _paced.Entry);
    }

    /// <summary>
    /// An exception leaving a generator's frame outside any try block: the stack slots live at the
    /// instruction that raised are released (the frame goes away with them), chosen by <c>__ip</c>.
    /// </summary>
    private void EmitReleaseStackOnError()
    {
        // Grouped by the slots to release, in their order (UnwindOrder).
        var byRelease = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _ins.Count; i++)
        {
            if (!_flow.Reachable[i] || !InstructionFlow.CanRaise(_ins[i].Opcode) || DepthOnError(i) == 0) continue;
            if (_flow.Blocks[i].InnermostFinally != null) continue;
            string release = string.Join(" ", UnwindOrder(i, 0).Select(s => S(s) + ".DecRef();"));
            if (!byRelease.TryGetValue(release, out var list)) byRelease[release] = list = new List<int>();
            list.Add(_ins[i].Offset);
        }
        foreach (var (state, blocks, depth) in CheckpointStates())
        {
            if (blocks.InnermostFinally != null || depth == 0) continue;
            string release = string.Join(" ", TopFirst(depth, 0).Select(s => S(s) + ".DecRef();"));
            if (!byRelease.TryGetValue(release, out var list)) byRelease[release] = list = new List<int>();
            list.Add(state);
        }
        if (byRelease.Count == 0) return;
        _w.Open("switch (__ip)");
        foreach (var g in byRelease)
        {
            foreach (int off in g.Value) _w.Line($"case {off}:");
            _w.Indent();
            _w.Line(g.Key + " break;");
            _w.Outdent();
        }
        _w.Close();
    }

    private sealed partial class InstructionEmitter
    {
        private int ResumeId => _e._resumeIds[_i.Offset];

        private int HandlerNesting => _e._flow.Blocks[_index].ExceptHandlerCount;

        /// <summary>
        /// Suspends: the locals, cells, the <paramref name="keep"/> lowest stack slots and the handled
        /// exceptions move into the frame, which records where to resume.
        /// </summary>
        private void SaveFrame(int keep)
        {
            string f = _e.GenFrame;
            for (int i = 0; i < Code.VarNames.Count; i++) _w.Line($"{f}.Locals[{i}] = {_e.Local(i)};");
            if (_e.KeepsLocalsDict) _w.Line($"{f}.Locals[{_e.LocalsDictSlot}] = {_e.LocalsDict(inFrame: _e._splitFrame)};");
            for (int i = 0; i < Code.CellVars.Count; i++) _w.Line($"{f}.Cells[{i}] = {_e.CellLocal(i)};");
            for (int s = 0; s < keep; s++) _w.Line($"{f}.Stack[{s}] = {S(s)};");
            int nesting = HandlerNesting;
            for (int k = 0; k < nesting; k++) _w.Line($"{f}.Caught[{k}] = __x{k};");
            if (nesting > 0) _w.Line($"{f}.SaveHandled(__ts, {nesting});");
            _w.Line($"{f}.Line = {_e.LineVariable}; {f}.ResumePoint = {ResumeId};");
        }

        /// <summary>Resumed: the stack slots and handled exceptions come back out of the frame.</summary>
        private void RestoreFrame(int keep)
        {
            string f = _e.GenFrame;
            _w.Flush($"        __Y{ResumeId}:");
            for (int s = 0; s < keep; s++) _w.Line($"{S(s)} = {f}.Stack[{s}]; {f}.Stack[{s}] = default;");
            int nesting = HandlerNesting;
            for (int k = 0; k < nesting; k++) _w.Line($"__x{k} = {f}.Caught[{k}]; {f}.Caught[{k}] = null;");
            if (nesting > 0) _w.Line($"{f}.RestoreHandled(__ts);");
            _w.Line($"{f}.Delegate = default;");
            if (_e._splitFrame)
            {
                // The split frame is new at every resumption: what is pending below the yield goes back into it.
                _e.EmitResumedSplitFrame(_index, keep);
                return;
            }
            // A resumed frame starts with no instruction recorded: a delegate that raises when YIELD_FROM sends
            // to it again must find this instruction's handler.
            _w.Line($"__ip = {_i.Offset};");
        }

        /// <summary>YIELD_VALUE: return TOS to the caller; on resumption the sent value replaces it, or the thrown exception is raised here.</summary>
        private void YieldValue()
        {
            _w.Open("");
            SaveFrame(_d - 1);
            // An asynchronous generator's yield ends the awaited __anext__() with the value (CPython wraps it); an
            // await's yields, which pass through to the event loop, leave the flag clear.
            if (_e.IsAsyncGenerator) _w.Line($"{_e.GenFrame}.YieldedValue = true;");
            _e.EmitPacedCreditReturn();
            _w.Line($"return {Top};");
            _w.Close();
            RestoreFrame(_d - 1);
            string f = _e.GenFrame;
            string ip = _e._splitFrame ? "" : $"__ip = {_i.Offset}; ";
            _w.Line($"if ({f}.HasThrown) {{ {Top} = {Value}.None; {ip}throw {GeneratorOpsType}.ThrownAtResume(__ts, {f}); }}");
            _w.Line($"{Top} = {f}.TakeSent();");
            _e.EmitCheck(CheckpointSites.AfterYield(NextOpcode), "generator resumed", _i.Offset, _index + 1);
        }

        /// <summary>
        /// YIELD_FROM: send TOS to the subiterator below it; while it yields, this frame yields the same
        /// value and re-runs YIELD_FROM when resumed; when it returns, its value replaces it.
        /// </summary>
        private void YieldFrom()
        {
            int id = ResumeId;
            string receiver = Second;
            string f = _e.GenFrame;
            // A split generator's step releases the sent value also when it raises (as CPython 3.12's SEND does): the
            // value may have been sent in at a resumption, where no copy of it goes into the split frame.
            bool split = _e._splitFrame;
            string ip = split ? "" : $"__ip = {_i.Offset}; ";
            _w.Flush($"        __Y{id}_send:");
            _w.Open("");
            _w.Open($"if ({GeneratorOpsType}.{(split ? "YieldFromStepConsuming" : "YieldFromStep")}(__ts, {receiver}, {Top}, out var __yv))");
            if (!split) _w.Line($"{Top}.DecRef();");
            SaveFrame(_d - 1);
            _w.Line($"{f}.Delegate = {receiver};");
            if (_e.IsAsyncGenerator) _w.Line($"{f}.YieldedValue = false;");
            _e.EmitPacedCreditReturn();
            _w.Line("return __yv;");
            _w.Close();
            _w.Line($"{(split ? "" : Top + ".DecRef(); ")}{receiver}.DecRef(); {receiver} = __yv;");
            _w.Line($"goto __Y{id}_done;");
            _w.Close();
            RestoreFrame(_d - 1);
            _w.Open($"switch ({f}.Mode)");
            // __ip starts at -1 in a resumed frame: the step re-entered here can raise into this frame's handlers.
            _w.Line($"case {ResumeModeType}.Send: {Top} = {f}.TakeSent(); {ip}goto __Y{id}_send;");
            _w.Line($"case {ResumeModeType}.DelegateReturned: {receiver}.DecRef(); {receiver} = {f}.TakeSent(); goto __Y{id}_done;");
            // The split frame's copy of the receiver, which its catch releases, is released here already.
            string copy = split && _e._slotWrites != null && _e._slotWrites.Slots.Contains(_d - 2) ? $" {FrameSlot(_d - 2)} = {Value}.None;" : "";
            _w.Line($"case {ResumeModeType}.DelegateRaised: {receiver}.DecRef(); {receiver} = {Value}.None;{copy} break;");
            _w.Close();
            _w.Line($"{Top} = {Value}.None; {ip}throw {GeneratorOpsType}.ThrownAtResume(__ts, {f});");
            _w.Flush($"        __Y{id}_done:");
            CheckAfter();
        }
    }
}
