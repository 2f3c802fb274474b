using System;
using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Bytecode;
using static GilGen.Compiler.Emit.RuntimeNames;

namespace GilGen.Compiler.Emit;

/// <summary>
/// Turns one code object into one C# method that performs its instructions in order.
/// </summary>
/// <remarks>
/// <para>Each evaluation-stack slot is a C# local (<c>__s0</c>, <c>__s1</c>, ...): the depth before every
/// instruction is known statically (<see cref="InstructionFlow"/>), so a push is an assignment to the
/// next slot. Python locals are C# locals too (<c>__l_name</c>), and jumps are gotos. Reference counts
/// follow ceval.c: a pushed value is a new reference, operands are DecRef'd after the op.</para>
/// <para>Try and with blocks use ceval's block stack, resolved statically: the method body sits in a
/// <c>try</c> inside a loop; the catch looks up, by the offset of the instruction that raised
/// (<c>__ip</c>, stored only inside protected regions), which handler to enter, unwinds the stack
/// slots above the block's level, pushes the exception as ceval does, and re-enters the loop, whose
/// first statement jumps to the handler.</para>
/// <para>At every place where the runtime profile may switch threads the method tests the
/// interpreter's eval breaker (<see cref="CheckpointSites"/>); that one volatile read is all the
/// GIL costs on the fast path.</para>
/// </remarks>
internal sealed partial class CodeObjectEmitter
{
    private readonly CodeObject _code;
    private readonly ModuleLayout _layout;
    private readonly bool _isModule;
    private readonly bool _isClassBody;
    private readonly CodeWriter _w;
    private readonly InstructionFlow _flow;
    private readonly IReadOnlyList<Instruction> _ins;
    private readonly PacedCheckpointWeights _paced;
    private readonly BoundLocals _bound;
    private readonly Func<int, string?> _sourceLine;
    private readonly string _fileName;
    private readonly int _lineOffset;
    private readonly HashSet<int> _labels = new();
    private readonly Dictionary<int, int> _handlerIds = new();
    /// <summary>The body is emitted as an entry method that owns the frame and a body method (see SplitFrame).</summary>
    private readonly bool _splitFrame;
    /// <summary>Where a one-method frame without try blocks records which stack slots it owns (null: it never owns any when something raises).</summary>
    private StackReleasePlan? _stackPlan;
    /// <summary>In a split frame with a stack plan: which stack slots the body method copies into the frame, where.</summary>
    private SplitFrameSlotWrites? _slotWrites;
    private int _maxDepth;
    private int _maxHandlerNesting;

    public CodeObjectEmitter(CodeObject code, ModuleLayout layout, bool isModule, CodeWriter writer,
                             Func<int, string?> sourceLine, string fileName, int lineOffset)
    {
        _code = code;
        _layout = layout;
        _isModule = isModule;
        _isClassBody = ModuleLayout.IsClassBody(code, isModule);
        _w = writer;
        _ins = code.Instructions;
        _flow = new InstructionFlow(code);
        _paced = new PacedCheckpointWeights(_ins);
        _bound = new BoundLocals(code, _flow, ArgTotal);
        _sourceLine = sourceLine;
        _fileName = fileName;
        _lineOffset = lineOffset;
        _splitFrame = SplitsFrame();
    }

    public void Emit()
    {
        CheckSupported();
        for (int i = 0; i < _ins.Count; i++)
        {
            if (!_flow.Reachable[i]) continue;
            var ins = _ins[i];
            if (ins.JumpTarget >= 0) _labels.Add(ins.JumpTarget);
            _maxDepth = Math.Max(_maxDepth, _flow.Depth[i] + 2);
            _maxHandlerNesting = Math.Max(_maxHandlerNesting, _flow.Blocks[i].ExceptHandlerCount);
        }
        foreach (int h in _flow.HandlerTargets.OrderBy(x => x))
        {
            _handlerIds[h] = _handlerIds.Count + 1;
            _labels.Add(h);
        }
        _maxDepth = Math.Max(_maxDepth, _code.StackSize + 1);
        if (!_flow.HasHandlers && (!IsGenerator || _splitFrame))
        {
            var plan = new StackReleasePlan(_ins, _flow, OwnedOnRaise);
            if (plan.ReleasesAny) _stackPlan = plan;
            // A split frame's finally is in the entry method: the slots it releases are copied into the frame.
            if (_stackPlan != null && _splitFrame) _slotWrites = new SplitFrameSlotWrites(_ins, _flow, SlotsReleasedOnRaise);
        }

        string body = _layout.BodyName(_code);
        if (_splitFrame)
        {
            if (IsGenerator) EmitSplitGenerator(body);
            else EmitSplitFrame(body);
            return;
        }
        if (IsGenerator)
        {
            AssignResumePoints();
            EmitGeneratorFactory(body);
            _w.Line("/// <summary>" + Xml("Runs def " + _code.QualName + " (line " + _code.FirstLineNo + ") from where its frame stopped to its next yield or its end.") + "</summary>");
            _w.Line(GeneratedCode);
            _w.Open($"private static {Value} {ResumeName(body)}({ThreadStateType} __ts, {GeneratorFrameType} __f)");
            EmitResumePrologue();
            if (_flow.HasHandlers) EmitBodyWithHandlers(); else EmitBodyWithoutHandlers();
            _w.Close();
            _w.Line();
            return;
        }
        _w.Line("/// <summary>" + Xml(_isModule ? "The module's top-level code." : (_isClassBody ? "class " : "def ") + _code.QualName + " (line " + _code.FirstLineNo + ")" + (_isClassBody ? ": __args[0] is the namespace dict." : ".")) + "</summary>");
        _w.Line(GeneratedCode);
        _w.Open(_isModule
            ? $"private static {Value} {body}({ThreadStateType} __ts, {Module} __module)"
            : $"private static {Value} {body}({ThreadStateType} __ts, {Function} __fn, {ReadOnlySpan} __args, string[]? __kw)");
        // One method: a small function, whose frame the split would cost a call and a store per STORE_FAST (see
        // SplitFrame), with or without try blocks.
        EmitPrologue();
        if (_flow.HasHandlers) EmitBodyWithHandlers(); else EmitBodyWithoutHandlers();
        _w.Close();
        _w.Line();
    }

    private void CheckSupported()
    {
        foreach (var ins in _ins)
        {
            if (!IsSupported(ins.Opcode))
            {
                throw new EmitException($"the instruction {ins.Opcode} (line {ins.Line}) is not supported by GilGen's emitter yet", ins.Line);
            }
            if (!_isModule && !_isClassBody && ins.Opcode is Opcode.LOAD_NAME or Opcode.STORE_NAME or Opcode.DELETE_NAME)
            {
                throw new EmitException($"{ins.Opcode} in a function is not supported by GilGen's emitter yet", ins.Line);
            }
        }
    }

    private static bool IsSupported(Opcode op) => op switch
    {
        Opcode.PRINT_EXPR => false,
        _ => true,
    };

    // ----- prologue: locals, cells, argument binding -----

    /// <summary>A Python local as a C# local of the method that runs the instructions.</summary>
    private string Local(int i) => "__l_" + ModuleLayout.Identifier(_code.VarNames[i]) + "_" + i;

    /// <summary>A Python local as the field of the split frame <c>__f</c> that mirrors it (see SplitFrame).</summary>
    private string FrameLocal(int i) => "__f." + Local(i);

    /// <summary>Where the current line is kept for the traceback: a C# local, or the split frame's field.</summary>
    private string LineVariable => _splitFrame ? "__f.Line" : "__line";

    /// <summary>Where a frame without try blocks keeps the number of the stack slots to release (StackReleasePlan): a C# local, or the split frame's field.</summary>
    private string IpVariable => _splitFrame ? "__f.Ip" : "__ip";

    private string CellLocal(int i) => "__c" + i;

    private static string S(int i) => "__s" + i;

    private int ArgTotal => _code.ArgCount + _code.KwOnlyArgCount
        + ((_code.Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((_code.Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);

    private void EmitPrologue()
    {
        _w.Line("var __interp = __ts.Interp;");
        _w.Line(_isModule ? "var __mod = __module;" : "var __mod = __fn.Module;");
        _w.Line("var __g = __mod.Slots;");
        if (!_isModule)
        {
            EmitLocalsAndCells();
        }
        if (KeepsLocalsDict) _w.Line($"{Value} {LocalsDict(inFrame: false)} = default;   // the frame's locals dict (CPython's f_locals), made by its first locals(), vars() or dir()");
        EmitSlotDeclarations();
    }

    /// <summary>
    /// The checkpoint before the first instruction (and outside any loop that may start there), at the start of the
    /// frame's try: what it raises leaves through the frame, which is in the traceback (at its first line, as
    /// CPython's RESUME reports it) and releases the arguments already bound.
    /// </summary>
    private void EmitEntryCheck()
    {
        var first = _ins.Count > 0 ? _ins[0].Opcode : Opcode.NOP;
        EmitCheck(CheckpointSites.AtEntry(first), "function entry (offset -2: before the first instruction)", CheckpointSites.EntryOffset, 0, _paced.Entry);
    }

    /// <summary>
    /// Python locals bound from the arguments, and the frame's cells: C# locals, or, for a split frame
    /// (<paramref name="intoFrame"/>), the fields of <c>__f</c>, whose free variables the body method takes itself.
    /// </summary>
    private void EmitLocalsAndCells(bool intoFrame = false)
    {
        Func<int, string> local = intoFrame ? FrameLocal : Local;
        for (int i = 0; i < _code.VarNames.Count; i++)
        {
            _w.Line($"{(intoFrame ? "" : Value + " ")}{local(i)} = {Value}.Unbound;   // {CSharpLiteral.CommentText(_code.VarNames[i])}");
        }
        // The body is given a reference to the namespace (FunctionBody); __build_class__ holds its own for the whole body.
        if (_isClassBody) _w.Line($"var __ns = (global::GilGen.Runtime.PyDict)__args[0].Obj!; __args[0].DecRef();   // the class namespace (__build_class__)");
        else EmitArgumentBinding(local);
        int cells = _code.CellVars.Count;
        for (int i = 0; i < cells; i++)
        {
            // A cell for an argument starts out holding the argument (CPython's cell2arg).
            int arg = IndexOf(_code.VarNames, _code.CellVars[i], ArgTotal);
            string cell = intoFrame ? CellField(i) : CellLocal(i);
            _w.Line($"{(intoFrame ? "" : "var ")}{cell} = new {Cell}();   // cell {CSharpLiteral.CommentText(_code.CellVars[i])}");
            if (arg >= 0)
            {
                _w.Line($"{cell}.Value = {local(arg)}; {local(arg)} = {Value}.Unbound;");
            }
        }
        if (!intoFrame) EmitFreeVariables();
    }

    /// <summary>The free variables, as C# locals after the cells: the closure's cells, which never change.</summary>
    private void EmitFreeVariables()
    {
        int cells = _code.CellVars.Count;
        for (int i = 0; i < _code.FreeVars.Count; i++)
        {
            _w.Line($"var {CellLocal(cells + i)} = __fn.Closure![{i}];   // free {CSharpLiteral.CommentText(_code.FreeVars[i])}");
        }
    }

    /// <summary>The stack slots and the scratch the instructions use.</summary>
    private void EmitSlotDeclarations()
    {
        if (_maxDepth > 0) _w.Line($"{Value} {string.Join(", ", Enumerable.Range(0, _maxDepth).Select(i => S(i) + " = default"))};");
        // The buffer is declared once the instructions are written, with room for the most any of them copies into it.
        _bufferMark = _w.Mark();
        _bufferLength = 0;
        // Scratch declared once, not in each instruction's block: Roslyn gives every block-scoped local a slot of
        // its own, and past 512 locals the JIT stops inlining (IncRef/DecRef become calls) in long functions.
        _w.Line($"{Value} __r, __old;");
        if (AnswersFrameScope) _w.Line($"{Dict} __scope;   // the dict a locals(), vars() or dir() updates");
        // Whether the call just made was quiet (its 3.12 form checks no eval breaker): set by each call, read by its check.
        if (_ins.Any(i => i.Opcode is Opcode.CALL_FUNCTION or Opcode.CALL_METHOD)) _w.Line("bool __quiet;");
        if (_ins.Any(i => i.Opcode is Opcode.UNPACK_SEQUENCE or Opcode.UNPACK_EX)) _w.Line($"scoped global::System.Span<{Value}> __u;");
        if (Enumerable.Range(0, _ins.Count).Any(IsFusedCompare)) _w.Line("bool __cmp = false, __cmpIsBool = false;");
        if (!_splitFrame) _w.Line($"int __line = {_code.FirstLineNo};");
        // The number of the set of stack slots the finally releases (StackReleasePlan), and its copy around a checkpoint.
        // (A split frame keeps the number in the frame, __f.Ip, where the entry method's finally reads it; its checkpoints
        // hand it to the runtime, and only a fused compare's slow path saves it here.)
        if (_stackPlan != null && !_splitFrame) _w.Line($"int __ip = {_stackPlan.Initial}, __ipAtCheck;");
        else if (_stackPlan != null && Enumerable.Range(0, _ins.Count).Any(i => _flow.Reachable[i] && _stackPlan.SlowPathSet(i) != null)) _w.Line("int __ipAtCheck;");
        // The paced-interval credit its loops count in (GilInterpreter.IsCheckDue); 0: none yet.
        // (A split frame with try blocks keeps it in the frame while its body method is left to enter a handler.)
        if (_paced.HasLoops) _w.Line(_splitFrame && _flow.HasHandlers ? "long __pace = __f.Pace;" : "long __pace = 0;");
    }

    // Where the frame's value buffer is declared, and how many values the instructions written so far copy into it.
    private LineMark? _bufferMark;
    private int _bufferLength;

    /// <summary>
    /// A span of <paramref name="count"/> values in the frame's buffer, <c>__buf</c>, declared by
    /// <see cref="DeclareBuffer"/> with the room its largest use needs, or a new array past 16.
    /// </summary>
    private string BufferSpan(int count, string spanType)
    {
        if (count > MaxBufferLength) return $"new {Value}[{count}]";
        _bufferLength = Math.Max(_bufferLength, count);
        return $"(({spanType})__buf).Slice(0, {count})";
    }

    // The runtime's buffers (ValueBuffer4, ValueBuffer8, ValueBuffer of 16): the smallest that fits is declared, since
    // a buffer holds references and the JIT zeroes all of it at every entry of the frame, used or not.
    private const int MaxBufferLength = 16;

    /// <summary>Declares the buffer the instructions just written use, at the place <see cref="EmitSlotDeclarations"/> kept.</summary>
    private void DeclareBuffer()
    {
        if (_bufferMark is not { } mark) return;
        _bufferMark = null;
        if (_bufferLength == 0) return;
        string type = _bufferLength <= 4 ? ValueBuffer + "4" : _bufferLength <= 8 ? ValueBuffer + "8" : ValueBuffer;
        _w.InsertLine(mark, $"{type} __buf = default;");
    }

    private static int IndexOf(IReadOnlyList<string> names, string name, int limit)
    {
        for (int i = 0; i < Math.Min(limit, names.Count); i++) if (names[i] == name) return i;
        return -1;
    }

    private void EmitArgumentBinding(Func<int, string> local)
    {
        int total = ArgTotal;
        bool simple = _code.KwOnlyArgCount == 0 && (_code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0;
        if (total == 0)
        {
            _w.Line($"if (__kw != null || __args.Length != 0) {ArgBinder}.BindConsuming(__ts, __fn, __args, __kw);   // raises the TypeError");
            return;
        }
        // The common call, exactly the declared positional arguments, binds without allocating: the locals take the
        // arguments' references, which the call moved into this frame (FunctionBody); anything else (defaults,
        // keywords, *args, **kwargs) goes through the binder, which releases them once bound.
        if (simple)
        {
            _w.Open($"if (__kw == null && __args.Length == {_code.ArgCount})");
            for (int i = 0; i < total; i++) _w.Line($"{local(i)} = __args[{i}];");
            _w.Close();
            _w.Open("else");
        }
        else
        {
            _w.Open("");
        }
        _w.Line($"var __bound = {ArgBinder}.BindConsuming(__ts, __fn, __args, __kw);");
        for (int i = 0; i < total; i++) _w.Line($"{local(i)} = __bound[{i}];");
        _w.Close();
    }

    // ----- body -----

    private void EmitBodyWithoutHandlers()
    {
        if (IsGenerator) _w.Line($"int __ip = -1; {PyExceptionType} __e;");
        else EmitFrameExitDeclaration();
        _w.Open("try");
        if (IsGenerator)
        {
            _w.Open("switch (__f.ResumePoint)");
            foreach (var y in _resumeIds) _w.Line($"case {y.Value}: goto __Y{y.Value};");
            _w.Close();
            EmitFreshStart();
        }
        else
        {
            EmitEntryCheck();
        }
        EmitInstructions();
        _w.Close();
        if (IsGenerator)
        {
            // A .NET exception that is not a Python one (a GilGen bug) leaves the same way, as the Python exception it
            // becomes here (EmittedOps.LeaveGenerator). One clause with a filter, where a frame with handlers has a
            // second clause: that would repeat the frame's release (32 lines a generator on average, 1.8% more C# for
            // the conformance programs), and this path catches and throws again anyway, next to which the filter's
            // call is small. Thrown again after the catch, not in it: see EmitThrowAfterCatch.
            _w.Open($"catch (global::System.Exception __x) when ({EmittedOpsType}.LeavesGenerator(__x))");
            _w.Line($"__e = {EmittedOpsType}.LeaveGenerator(__x, {_layout.CodeInfoName(_code)}, __line);");
            EmitLeaveOnError();
            _w.Close();
            EmitThrowAfterCatch("__e");
            return;
        }
        // A filter, not a catch and rethrow: see EmittedOps.LeaveFrame. The locals are released in a
        // finally, on every way out (RETURN_VALUE leaves them to it): a filter that read them would keep
        // them out of registers for the whole method (the JIT spills whatever a filter can see), which
        // made tight loops 1.6x slower; a finally runs in the second pass and does not nest dispatches.
        // The filter catches only a .NET exception that is not a Python one (a GilGen bug), which becomes a
        // Python exception in this frame: the innermost Python frame converts it, and every frame above sees a
        // Python exception (their finally blocks, with exits and except clauses run).
        EmitLeaveFrameCatch(LineVariable);
        if (!OwnedLocals().Any() && _stackPlan == null) return;
        _w.Open("finally");
        EmitReleaseStackPlan();
        EmitReleaseOrKeepLocals(inFrame: false);
        _w.Close();
    }

    /// <summary>
    /// The catch of a frame without try blocks (one method or split): the filter <c>EmittedOps.LeaveFrame</c> adds the
    /// frame to a Python exception's traceback and lets it go on; it catches a GilGen bug's .NET exception, thrown
    /// again as the Python exception it becomes in this frame (<c>EmittedOps.InternalError</c>).
    /// </summary>
    private void EmitLeaveFrameCatch(string line)
    {
        string code = _layout.CodeInfoName(_code);
        string exit = OwnedLocals().Any() ? $", ref {FrameExitVariable}" : "";
        _w.Open($"catch (global::System.Exception __e) when ({EmittedOpsType}.LeaveFrame(__e, {code}, {line}{exit}))");
        _w.Line($"throw {EmittedOpsType}.InternalError(__e, {code}, {line});");
        _w.Close();
    }

    /// <summary>
    /// In the finally of a one-method frame without try blocks: the stack slots the raising instruction left
    /// owned (the set <c>__ip</c> names; 0, nothing, on a return), top first, as ceval's exception_unwind pops them.
    /// </summary>
    private void EmitReleaseStackPlan()
    {
        if (_stackPlan == null) return;
        _w.Open($"switch ({IpVariable})");
        for (int k = 1; k < _stackPlan.Sets.Count; k++)
        {
            _w.Line($"case {k}: {string.Join(" ", _stackPlan.Sets[k].Select(v => v + ".DecRef();"))} break;");
        }
        _w.Close();
    }

    /// <summary>
    /// What a frame without try blocks releases when instruction <paramref name="i"/> raises, in order
    /// (<see cref="UnwindOrder"/>): the C# value of each owned stack slot as the frame's finally sees it
    /// (<see cref="SlotRelease"/>), and whether the instruction raises only on a slow path (a fused COMPARE_OP of
    /// objects). Null: it cannot raise.
    /// </summary>
    private (string[] Releases, bool SlowPathOnly)? OwnedOnRaise(int i)
    {
        if (!RaisesThroughPlan(i)) return null;
        var releases = PendingSlots(i).Select(s => SlotRelease(i, s, out _)).OfType<string>().ToArray();
        return (releases, IsFusedCompare(i));
    }

    /// <summary>
    /// The stack slots whose own value the frame's finally releases when instruction <paramref name="i"/> raises
    /// (not those released through a local or a constant, see <see cref="SlotRelease"/>): what a split frame must
    /// find in its frame's fields then (<see cref="SplitFrameSlotWrites"/>).
    /// </summary>
    internal IEnumerable<int> SlotsReleasedOnRaise(int i)
    {
        if (!RaisesThroughPlan(i) || _ins[i].Opcode == Opcode.RETURN_VALUE) yield break;
        foreach (int s in PendingSlots(i))
        {
            SlotRelease(i, s, out bool throughSlot);
            if (throughSlot) yield return s;
        }
    }

    /// <summary>True when instruction <paramref name="i"/> can raise into a frame without try blocks.</summary>
    private bool RaisesThroughPlan(int i) =>
        InstructionFlow.CanRaise(_ins[i].Opcode)
        // A LOAD_FAST of a local bound on every path to it has no unbound check: it cannot raise. (Split frames only:
        // in a one-method frame the countdown loop, left without any __ip store, ran 1.2x slower; measured.)
        && !(_splitFrame && _ins[i].Opcode == Opcode.LOAD_FAST && IsBoundBefore(i))
        // A POP_JUMP after a fused COMPARE_OP tests a C# bool: it cannot raise.
        && !(i > 0 && IsFusedCompare(i - 1));

    /// <summary>The slots instruction <paramref name="i"/> leaves owned when it raises, in order, without the one a LOAD_FAST lent it.</summary>
    private IEnumerable<int> PendingSlots(int i)
    {
        int borrowed = i > 0 && IsBorrowedLocal(i - 1) ? _flow.Depth[i] - 1 : -1;
        return UnwindOrder(i, 0).Where(s => s != borrowed);
    }

    /// <summary>
    /// The C# value whose reference stack slot <paramref name="slot"/> holds when instruction <paramref name="i"/>
    /// raises, as the frame's finally names it: the slot itself (<paramref name="throughSlot"/>; a split frame's
    /// field of it), unless a LOAD_FAST or LOAD_CONST in the same straight run filled it and nothing since has
    /// touched it. Then it is the local (not rebound since, and read by the frame's finally anyway, so the slot
    /// stays out of the handler's view), the constant's field, or null for a constant whose release does nothing
    /// (an inline int, None, True, False).
    /// </summary>
    private string? SlotRelease(int i, int slot, out bool throughSlot)
    {
        throughSlot = false;
        for (int j = i - 1; j >= 0; j--)
        {
            // Control can enter after j from elsewhere: the slot may have come from another path.
            if (!_flow.Reachable[j] || _labels.Contains(_ins[j + 1].Offset) || _flow.HandlerTargets.Contains(_ins[j + 1].Offset)) break;
            var ins = _ins[j];
            int depth = _flow.Depth[j];
            if (depth == slot && ins.Opcode == Opcode.LOAD_FAST) return _splitFrame ? FrameLocal(ins.Arg) : Local(ins.Arg);
            if (depth == slot && ins.Opcode == Opcode.LOAD_CONST) return ConstantRelease(_code.Constants[ins.Arg]);
            int? lowestWritten = LowestSlotWritten(ins, depth);
            if (lowestWritten == null || lowestWritten <= slot) break;
        }
        throughSlot = true;
        return _splitFrame ? FrameSlot(slot) : S(slot);
    }

    /// <summary>The lowest stack slot an instruction writes or releases, for the straight-line ones <see cref="SlotRelease"/> looks through; null for any other.</summary>
    private static int? LowestSlotWritten(Instruction ins, int depth) => ins.Opcode switch
    {
        Opcode.LOAD_FAST or Opcode.LOAD_CONST or Opcode.LOAD_GLOBAL or Opcode.LOAD_DEREF or Opcode.LOAD_CLOSURE
            or Opcode.DUP_TOP or Opcode.NOP => depth,
        Opcode.LOAD_METHOD or Opcode.LOAD_ATTR or Opcode.UNARY_POSITIVE or Opcode.UNARY_NEGATIVE or Opcode.UNARY_NOT
            or Opcode.UNARY_INVERT or Opcode.GET_ITER => depth - 1,
        Opcode.BINARY_POWER or Opcode.BINARY_MULTIPLY or Opcode.BINARY_MATRIX_MULTIPLY or Opcode.BINARY_MODULO
            or Opcode.BINARY_ADD or Opcode.BINARY_SUBTRACT or Opcode.BINARY_SUBSCR or Opcode.BINARY_FLOOR_DIVIDE
            or Opcode.BINARY_TRUE_DIVIDE or Opcode.BINARY_LSHIFT or Opcode.BINARY_RSHIFT or Opcode.BINARY_AND
            or Opcode.BINARY_XOR or Opcode.BINARY_OR or Opcode.IS_OP or Opcode.CONTAINS_OP
            or Opcode.CALL_FUNCTION or Opcode.CALL_METHOD or Opcode.CALL_FUNCTION_KW
            or Opcode.BUILD_TUPLE or Opcode.BUILD_LIST or Opcode.BUILD_SET or Opcode.BUILD_MAP or Opcode.BUILD_STRING
            or Opcode.BUILD_CONST_KEY_MAP or Opcode.FORMAT_VALUE => depth - StackInputs.Of(ins.Opcode, ins.Arg),
        _ => null,
    };

    /// <summary>How a frame releases a constant a LOAD_CONST pushed: through its field, or not at all when that does nothing.</summary>
    private string? ConstantRelease(Constant c) => c.Kind switch
    {
        ConstantKind.None or ConstantKind.Bool or ConstantKind.Code => null,
        ConstantKind.Int when c.BigIntText == null => null,
        _ => _layout.ConstantField(c),
    };

    /// <summary>
    /// The slots from <paramref name="level"/> up that instruction <paramref name="i"/> leaves owned when it
    /// raises, in CPython 3.12's order of release: the instruction's own inputs first, bottom first (its
    /// DECREF_INPUTS), then the stack below them, top first (exception_unwind's pops).
    /// </summary>
    private IEnumerable<int> UnwindOrder(int i, int level)
    {
        int depth = DepthOnError(i);
        // An instruction that consumed its inputs before raising (DepthOnError below the depth) has none left.
        int inputs = depth == _flow.Depth[i] ? Math.Min(StackInputs.Of(_ins[i].Opcode, _ins[i].Arg), depth - level) : 0;
        for (int s = depth - inputs; s < depth; s++) yield return s;
        for (int s = depth - inputs - 1; s >= level; s--) yield return s;
    }

    /// <summary>
    /// Before a return (or a generator's yield): a method whose loops count a paced interval in <c>__pace</c>
    /// gives back what it has not spent. Not in a finally: a local a handler reads lives on the stack, and
    /// the loop's count would go through memory again; an exception leaving the frame loses the credit
    /// (a chunk at most, see GilInterpreter.IsCheckDue).
    /// </summary>
    internal void EmitPacedCreditReturn()
    {
        if (_paced.HasLoops) _w.Line("__interp.ReturnPacedCredit(__pace);");
    }

    /// <summary>The values this frame owns until it returns: its locals and its cells.</summary>
    private IEnumerable<string> OwnedLocals(bool inFrame = false)
    {
        if (_isModule) yield break;
        for (int i = 0; i < _code.VarNames.Count; i++) yield return inFrame ? FrameLocal(i) : Local(i);
        // Cells are objects this frame created (refcount 1); released through a value wrapper.
        for (int i = 0; i < _code.CellVars.Count; i++) yield return $"{Value}.From({(inFrame ? CellField(i) : CellLocal(i))})";
        // After the variables, as CPython clears a frame's locals before its f_locals.
        if (KeepsLocalsDict) yield return LocalsDict(inFrame);
    }

    private void EmitBodyWithHandlers()
    {
        _w.Line(IsGenerator ? "int __resume = -__f.ResumePoint, __ip = -1;" : "int __resume = 0, __ip = -1;");
        var exc = string.Join(", ", Enumerable.Range(0, Math.Max(1, _maxHandlerNesting + 1)).Select(i => "__x" + i + " = null"));
        _w.Line($"{PyExceptionType}? {exc}, __traced = null;");
        _w.Open("while (true)");
        _w.Open("try");
        _w.Line("// Re-entry after an exception: go to the handler the catch chose.");
        _w.Open("switch (__resume)");
        foreach (var h in _handlerIds) _w.Line($"case {h.Value}: goto __L{h.Key};");
        // A GilGen bug's .NET exception, which the second catch made a Python exception: thrown again here, in the
        // try, the first catch dispatches it as any other (and, __traced, without adding the frame a second time).
        _w.Line($"case {InternalErrorResume}: throw __traced!;");
        // A generator's frame resumes at its yield through the same dispatch.
        if (IsGenerator) foreach (var y in _resumeIds) _w.Line($"case {-y.Value}: goto __Y{y.Value};");
        _w.Close();
        if (IsGenerator) EmitFreshStart(); else EmitEntryCheck();
        EmitInstructions();
        _w.Close();
        _w.Open($"catch ({PyExceptionType} __e)");
        EmitHandlerDispatch();
        _w.Close();
        // A .NET exception that is not a Python one (a GilGen bug) becomes one in this frame (EmittedOps.InternalError,
        // which adds the frame), thrown again at the loop's next turn (InternalErrorResume), so that this frame's
        // handlers, finally blocks and with exits run for it. A second clause: a Python exception matches the first by
        // its type and never runs this filter, and the dispatch above is emitted once.
        _w.Open($"catch (global::System.Exception __x) when ({EmittedOpsType}.IsInternalError(__x))");
        _w.Line($"__traced = {EmittedOpsType}.InternalError(__x, {_layout.CodeInfoName(_code)}, __line); __resume = {InternalErrorResume};");
        _w.Close();
        _w.Close();
        EmitThrowAfterCatch("__traced!");
    }

    /// <summary>The <c>__resume</c> of a frame with handlers that throws the Python exception a GilGen bug's .NET exception became (no handler or yield has it).</summary>
    private const string InternalErrorResume = "int.MinValue";

    /// <summary>What the catch does, for each instruction that can raise inside a protected region.</summary>
    private void EmitHandlerDispatch()
    {
        // A RERAISE comes back through this catch: the frame is in the traceback once.
        _w.Line($"if (!ReferenceEquals(__e, {TracedVariable})) {{ __e.AddFrame({_layout.CodeInfoName(_code)}, {LineVariable}); {TracedVariable} = __e; }}");
        var groups = new Dictionary<(int Handler, int Level, string Release, int Nesting, int Popped), List<int>>();
        var unprotected = new Dictionary<int, List<int>>();
        for (int i = 0; i < _ins.Count; i++)
        {
            if (!_flow.Reachable[i] || !InstructionFlow.CanRaise(_ins[i].Opcode)) continue;
            var blocks = _flow.Blocks[i];
            var fin = blocks.InnermostFinally;
            if (fin == null)
            {
                int n = blocks.ExceptHandlerCount;
                if (n > 0)
                {
                    if (!unprotected.TryGetValue(n, out var list)) unprotected[n] = list = new List<int>();
                    list.Add(_ins[i].Offset);
                }
                continue;
            }
            var below = blocks.BelowInnermostFinally();
            int popped = blocks.ExceptHandlerCount - below.ExceptHandlerCount;
            var key = (fin.Handler, fin.Level, string.Join(",", UnwindOrder(i, fin.Level)), below.ExceptHandlerCount, popped);
            if (!groups.TryGetValue(key, out var offsets)) groups[key] = offsets = new List<int>();
            offsets.Add(_ins[i].Offset);
        }
        // The checkpoints' states (CheckpointStates): the same, with the whole stack of the state.
        foreach (var (state, blocks, depth) in CheckpointStates())
        {
            var fin = blocks.InnermostFinally;
            if (fin == null)
            {
                int n = blocks.ExceptHandlerCount;
                if (n > 0)
                {
                    if (!unprotected.TryGetValue(n, out var list)) unprotected[n] = list = new List<int>();
                    list.Add(state);
                }
                continue;
            }
            var below = blocks.BelowInnermostFinally();
            int popped = blocks.ExceptHandlerCount - below.ExceptHandlerCount;
            var key = (fin.Handler, fin.Level, string.Join(",", TopFirst(depth, fin.Level)), below.ExceptHandlerCount, popped);
            if (!groups.TryGetValue(key, out var offsets)) groups[key] = offsets = new List<int>();
            offsets.Add(state);
        }
        _w.Open("switch (__ip)");
        foreach (var g in groups)
        {
            var (handler, level, release, nesting, popped) = g.Key;
            foreach (int off in g.Value) _w.Line($"case {off}:");
            _w.Indent();
            // Unwind: the ExceptHandler blocks above the target restore their handled exceptions,
            // the stack above the block's level is released, then ceval's six values are pushed:
            // the previous handled exception (traceback, value, type) and the new one.
            for (int k = 0; k < popped; k++) _w.Line("__ts.PopHandledException();");
            foreach (string s in release.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)) _w.Line($"{S(int.Parse(s))}.DecRef();");
            // The previous handled exception lives on the thread state's own stack, so its three
            // slots only keep ceval's stack shape.
            _w.Line($"{S(level)} = {Value}.None; {S(level + 1)} = {Value}.None; {S(level + 2)} = {Value}.None;");
            _w.Line("__ts.PushHandledException(__e);");
            _w.Line($"{S(level + 3)} = {Value}.None; {S(level + 4)} = __e.Value; {S(level + 4)}.IncRef(); {S(level + 5)} = __e.TypeValue; {S(level + 5)}.IncRef();");
            _w.Line($"{HandledVariable(nesting)} = __e;");
            if (_splitFrame) EmitLeaveToHandler(_handlerIds[handler], level + 6);
            else
            {
                _w.Line($"__resume = {_handlerIds[handler]};");
                _w.Line("continue;");
            }
            _w.Outdent();
        }
        foreach (var u in unprotected)
        {
            foreach (int off in u.Value) _w.Line($"case {off}:");
            _w.Indent();
            for (int k = 0; k < u.Key; k++) _w.Line("__ts.PopHandledException();");
            _w.Line("break;");
            _w.Outdent();
        }
        _w.Close();
        EmitLeaveOnError();
        // No handler here: the exception leaves the frame, thrown again after the catch (EmitThrowAfterCatch). A split
        // body falls out of its catch; a one-method frame's catch leaves the loop around its try.
        if (!_splitFrame) _w.Line("break;");
    }

    /// <summary>
    /// The statement after a catch that lets an exception leave the frame: it throws <paramref name="exception"/> again.
    /// Not <c>throw;</c> inside the catch: .NET runs a catch on top of the stack of the exception's dispatch, which is
    /// only unwound when the catch ends, so a throw from inside it starts a second dispatch deeper still. A recursion
    /// whose every level caught and threw again (a generator, a frame with try blocks) kept every level's dispatch on
    /// the stack and overflowed it (a .NET stack overflow kills the process) where CPython raises RecursionError.
    /// </summary>
    private void EmitThrowAfterCatch(string exception)
    {
        _w.Line("// Leaves the frame: thrown here, after the catch, whose end unwinds the dispatch that entered it.");
        _w.Line($"throw {exception};");
    }

    /// <summary>
    /// The stack slots instruction <paramref name="i"/> leaves owned when it raises: RAISE_VARARGS and RERAISE
    /// (and END_ASYNC_FOR's re-raise) consume their operands before they throw (as ceval pops them), every other instruction leaves its stack.
    /// </summary>
    private int DepthOnError(int i) => _ins[i].Opcode switch
    {
        Opcode.RAISE_VARARGS => _flow.Depth[i] - _ins[i].Arg,
        Opcode.RERAISE or Opcode.END_ASYNC_FOR => _flow.Depth[i] - 3,
        // A split generator's yield gave its value away: thrown in at the resumption, it leaves the stack below.
        Opcode.YIELD_VALUE when _splitFrame => _flow.Depth[i] - 1,
        // A split generator's YIELD_FROM releases the value it sends when the step raises (GeneratorOps.YieldFromStepConsuming).
        Opcode.YIELD_FROM when _splitFrame => _flow.Depth[i] - 1,
        // A COMPARE_OP fused with its jump releases both operands even when the comparison raises (EmittedOps.CompareForJump).
        Opcode.COMPARE_OP when IsFusedCompare(i) => _flow.Depth[i] - 2,
        // BUILD_SET and BUILD_MAP release their items when they raise, as CPython's do (Ops.BuildSet, Ops.BuildMap).
        Opcode.BUILD_SET => _flow.Depth[i] - _ins[i].Arg,
        Opcode.BUILD_MAP => _flow.Depth[i] - 2 * _ins[i].Arg,
        // A call consumes its callable and arguments also when it raises (Ops.CallConsuming): a Python callee's frame
        // owns the arguments and releases them as the exception leaves it, as CPython 3.11+'s does.
        Opcode.CALL_FUNCTION or Opcode.CALL_METHOD or Opcode.CALL_FUNCTION_KW => _flow.Depth[i] - StackInputs.Of(_ins[i].Opcode, _ins[i].Arg),
        _ => _flow.Depth[i],
    };

    /// <summary>An exception leaves a generator's frame or a frame with handlers (the frame is in its traceback already): what the frame owns is released.</summary>
    private void EmitLeaveOnError()
    {
        // A one-method frame without handlers (not a generator) releases its stack in its finally (StackReleasePlan).
        if (IsGenerator || _flow.HasHandlers) EmitReleaseStackOnError();
        // The locals go to the traceback entry the catch has just added for this frame (see EmitReleaseOrKeepLocals);
        // a split frame's are its fields, which the entry method's finally then leaves alone.
        var locals = OwnedLocals(inFrame: _splitFrame).ToList();
        if (locals.Count > 0) _w.Line($"{EmittedOpsType}.KeepLocals(__e, {ArrayOfValues(locals)});{(_splitFrame ? " __f.Kept = true;" : "")}");
    }

    /// <summary>
    /// A new array of <paramref name="values"/>, for a path taken when an exception leaves the frame: a collection
    /// expression passed as a span would be a stack temporary holding references, which the JIT zeroes at every entry.
    /// </summary>
    private static string ArrayOfValues(IEnumerable<string> values) => $"new {Value}[] {{ {string.Join(", ", values)} }}";

    /// <summary>Releases the locals and cells: the C# locals, or a split frame's fields (<paramref name="inFrame"/>).</summary>
    private void EmitReleaseLocals(bool inFrame = false)
    {
        foreach (string local in OwnedLocals(inFrame)) _w.Line($"{local}.DecRef();");
    }

    /// <summary>
    /// The finally of a frame without try blocks: when a Python exception leaves the frame (its filter,
    /// <c>EmittedOps.LeaveFrame</c>, filled <see cref="FrameExitVariable"/>), the locals go to the exception's traceback
    /// entry for this frame (<c>EmittedOps.KeepLocals</c>), which releases them when the exception or the last traceback
    /// object taken from it is released, as CPython's traceback keeps the frame; otherwise they are released here.
    /// </summary>
    private void EmitReleaseOrKeepLocals(bool inFrame)
    {
        var locals = OwnedLocals(inFrame).ToList();
        if (locals.Count == 0) return;
        _w.Line($"if ({FrameExitVariable}.ByException) {EmittedOpsType}.KeepLocals(in {FrameExitVariable}, {ArrayOfValues(locals)});");
        _w.Line($"else {{ {string.Join(" ", locals.Select(l => l + ".DecRef();"))} }}");
    }

    /// <summary>The local a frame without try blocks declares for its filter to say how the frame is left (<c>FrameExit</c>).</summary>
    private const string FrameExitVariable = "__exit";

    /// <summary>Declares <see cref="FrameExitVariable"/> when the frame has locals to keep (<see cref="EmitReleaseOrKeepLocals"/>).</summary>
    private void EmitFrameExitDeclaration()
    {
        if (OwnedLocals().Any()) _w.Line($"{FrameExit} {FrameExitVariable} = default;");
    }

    private void EmitInstructions()
    {
        int line = -1;
        for (int i = 0; i < _ins.Count; i++)
        {
            if (!_flow.Reachable[i]) continue;
            var ins = _ins[i];
            bool isLabel = _labels.Contains(ins.Offset);
            if (ins.Line != line || isLabel)
            {
                if (ins.Line != line)
                {
                    // The Python line's text goes at the end of the frame's line-number store (or on a line of its own).
                    string? text = _sourceLine(ins.Line);
                    _w.FlushNote();
                    _w.Flush($"#line {ins.Line + _lineOffset} {CSharpLiteral.String(_fileName)}");
                    _w.Note($"line {ins.Line}: {CSharpLiteral.CommentText(text?.Trim() ?? "")}");
                }
                line = ins.Line;
            }
            if (isLabel) _w.Flush($"        __L{ins.Offset}:");
            if (ins.Line != (i > 0 ? _ins[i - 1].Line : -1) || isLabel) _w.Line($"{LineVariable} = {ins.Line};");
            _w.FlushNote();
            if (InstructionFlow.CanRaise(ins.Opcode) && (_flow.HasHandlers || UsesGeneratorDispatch))
            {
                // Outside every protected region (and, in a generator, with an empty stack) the catch must not see
                // the offset an earlier instruction left behind: a NameError after a loop whose body has a try
                // would enter that try's handler, and a generator would release stack slots it no longer owns.
                bool dispatched = (_flow.HasHandlers && _flow.Blocks[i].Count > 0) || DepthOnError(i) > 0;
                _w.Line(dispatched ? $"__ip = {ins.Offset};" : "__ip = -1;");
            }
            else if (_stackPlan?.StoreBefore(i) is int set)
            {
                _w.Line($"{IpVariable} = {set};   // released if this raises: {(_stackPlan.Sets[set].Length == 0 ? "nothing" : string.Join(", ", _stackPlan.Sets[set]))}");
            }
            _w.Note($"{ins.Offset} {ins.Opcode}{(ins.HasArg ? " " + ins.Arg + ArgNote(ins) : "")}");
            new InstructionEmitter(this, i).Emit();
            _w.FlushNote();
            if (_slotWrites != null)
            {
                // Plain copies: no call, so no temporaries of the JIT's (past 512 of them it inlines nothing more in the
                // method). A copy of a slot whose address a call took would stall on the stores just made; no
                // call that is not inlined takes one (Ops.ForIterNext, AttributeSite.LoadMethod).
                var copies = _slotWrites.After(i).Select(slot => $"{FrameSlot(slot)} = {S(slot)};").ToList();
                if (copies.Count > 0) _w.Line($"{string.Join(" ", copies)}   // released from the frame if an instruction below raises");
            }
        }
        _w.Flush("#line default");
        DeclareBuffer();
    }

    private string ArgNote(Instruction ins)
    {
        switch (ins.Opcode)
        {
            case Opcode.LOAD_FAST: case Opcode.STORE_FAST: case Opcode.DELETE_FAST:
                return " (" + _code.VarNames[ins.Arg] + ")";
            case Opcode.LOAD_GLOBAL: case Opcode.STORE_GLOBAL: case Opcode.DELETE_GLOBAL: case Opcode.LOAD_NAME:
            case Opcode.STORE_NAME: case Opcode.DELETE_NAME: case Opcode.LOAD_ATTR: case Opcode.STORE_ATTR:
            case Opcode.DELETE_ATTR: case Opcode.LOAD_METHOD: case Opcode.IMPORT_NAME: case Opcode.IMPORT_FROM:
                return " (" + _code.Names[ins.Arg] + ")";
            default:
                return ins.JumpTarget >= 0 ? " (to " + ins.JumpTarget + ")" : "";
        }
    }

    /// <summary>
    /// For <c>super()</c> (CALL_FUNCTION 0 right after LOAD_GLOBAL super) in a function that has the compiler's
    /// __class__ free variable: the C# expression of the first argument, as CPython's super() reads it from
    /// the frame (from its cell when a closure captured it). Null otherwise.
    /// </summary>
    internal string? ZeroArgSuperFirstArg(int index)
    {
        if (_isModule || _isClassBody || index == 0 || !_code.FreeVars.Contains("__class__")) return null;
        var previous = _ins[index - 1];
        if (previous.Opcode != Opcode.LOAD_GLOBAL || _code.Names[previous.Arg] != "super" || _labels.Contains(_ins[index].Offset)) return null;
        if (ArgTotal == 0 || _code.VarNames.Count == 0) return $"{Value}.Unbound";
        int cell = IndexOf(_code.CellVars, _code.VarNames[0], _code.CellVars.Count);
        return cell >= 0 ? CellLocal(cell) + ".Value" : Local(0);
    }

    /// <summary>True for a LOAD_FAST (instruction <paramref name="index"/>) of a local bound on every path to it (<see cref="BoundLocals"/>).</summary>
    internal bool IsBoundBefore(int index) => _bound.IsBoundBefore(index, _ins[index].Arg);

    /// <summary>A COMPARE_OP whose only consumer is the POP_JUMP right after it (which nothing else jumps to).</summary>
    internal bool IsFusedCompare(int index) =>
        index + 1 < _ins.Count && _ins[index].Opcode == Opcode.COMPARE_OP
        && _ins[index + 1].Opcode is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE
        && !_labels.Contains(_ins[index + 1].Offset) && !_flow.HandlerTargets.Contains(_ins[index + 1].Offset);

    /// <summary>
    /// A LOAD_FAST whose value the next instruction only reads (the object of LOAD_ATTR, LOAD_METHOD or
    /// STORE_ATTR): the stack slot borrows the local's reference instead of taking its own, since nothing
    /// between the two can rebind the local, and the pair costs no reference-count traffic. Only where an
    /// exception releases stack slots through a StackReleasePlan, which leaves the lent slot out (no try
    /// blocks; a generator only when its frame is split).
    /// </summary>
    internal bool IsBorrowedLocal(int index) =>
        !_flow.HasHandlers && !UsesGeneratorDispatch && index + 1 < _ins.Count && _ins[index].Opcode == Opcode.LOAD_FAST
        && _ins[index + 1].Opcode is Opcode.LOAD_ATTR or Opcode.LOAD_METHOD or Opcode.STORE_ATTR
        && !_labels.Contains(_ins[index + 1].Offset);

    internal void EmitCheck(int mask, string why, int offset, int next, int pacedWeight = 0, bool backward = false)
    {
        string check = CheckText(mask, offset, next, pacedWeight, backward);
        if (check.Length > 0) _w.Line($"{check}  // checkpoint: {why}");
    }

    /// <summary>
    /// The check of a site honoured by <paramref name="mask"/>; a counting site (<paramref name="pacedWeight"/>
    /// above 0) also subtracts its weight from a paced interval, inline, while py39 counts one
    /// (<see cref="CheckpointSites.Paced"/>): the fast path is still one read and one branch. A backward jump
    /// counts in the method's local <c>__pace</c>, so that a loop's count stays in a register; its whole test
    /// is one inlined call.
    /// </summary>
    internal string CheckText(int mask, int offset, int next, int pacedWeight = 0, bool backward = false)
    {
        if (pacedWeight > 0 && backward)
            return $"if (__interp.IsCheckDue(ref __pace, {pacedWeight}, {mask})) {HandleEvalBreaker(offset, next)} ";
        if (pacedWeight > 0)
            return $"if ((__interp.EvalBreaker & {mask | CheckpointSites.Paced}) != 0 && __interp.IsCheckDue({pacedWeight}, {mask})) {HandleEvalBreaker(offset, next)} ";
        return mask == 0 ? "" : $"if ((__interp.EvalBreaker & {mask}) != 0) {HandleEvalBreaker(offset, next)} ";
    }

    /// <summary>
    /// The slow path of a checkpoint, as one statement: it names the code object and the instruction, which a
    /// deterministic scheduler reports (the fast path, the test of the eval breaker, is the same as without them).
    /// </summary>
    /// <param name="offset">The instruction the check follows (the entry's: <see cref="CheckpointSites.EntryOffset"/>).</param>
    /// <param name="next">The index of the instruction control goes on to: the frame is in the state before it.</param>
    internal string HandleEvalBreaker(int offset, int next)
    {
        string code = _layout.CodeInfoName(_code);
        string call = $"__ts.HandleEvalBreaker({code}, {offset});";
        // The entry check, at the start of the frame's try, with nothing on the stack and __ip at -1 (with try blocks)
        // or the frame's pending set not yet in force (a split frame's entry method sets __f.Ip after it).
        if (offset == CheckpointSites.EntryOffset && (_splitFrame || _flow.HasHandlers || IsGenerator)) return call;
        // With try blocks (or in a generator) the catch reads __ip: the check names its own state, the one before
        // the next instruction, not the last instruction that could raise (see CheckpointStateKey).
        if (_flow.HasHandlers || UsesGeneratorDispatch) return $"{{ __ip = {CheckpointStateKey(next)}; {call} }}";
        // Without try blocks the stack's values go to the slow path itself, which releases them if the check raises:
        // a finally that read the slots would keep them in memory in every loop (see PendingAtCheck).
        string pending = PendingAtCheck(next);
        if (_stackPlan == null) return $"__ts.HandleEvalBreaker({code}, {offset}{pending});";
        // The frame's finally releases no stack slot then (StackReleasePlan): the instruction before may have consumed
        // its operands. A split frame's number is a field of its frame, which the runtime sets to 0 and back itself;
        // a one-method frame's is a local, whose address is not taken (that would keep it out of registers).
        if (_splitFrame) return $"__ts.HandleEvalBreaker({code}, {offset}, ref __f.Ip{pending});";
        return $"{{ __ipAtCheck = __ip; __ip = 0; __ts.HandleEvalBreaker({code}, {offset}{pending}); __ip = __ipAtCheck; }}";
    }

    /// <summary>
    /// In a frame without try blocks, the values on the stack at a checkpoint before instruction <paramref name="next"/>,
    /// top first, as the slow path's last arguments (<c>, __s1, __s0</c>; empty when there are none): if the check
    /// raises (an asynchronous exception, a signal handler's), the slow path releases them, as ceval's exception_unwind
    /// pops the stack. They are copied into the call's argument, so no slot is read by an exception handler.
    /// </summary>
    private string PendingAtCheck(int next)
    {
        if (next >= _ins.Count) return "";
        int depth = _flow.Depth[next];
        // Not values: a slot a LOAD_FAST lent to the next instruction, and the bool of a COMPARE_OP fused with its jump (in __cmp).
        int notOwned = next > 0 && (IsBorrowedLocal(next - 1) || IsFusedCompare(next - 1)) ? depth - 1 : -1;
        var slots = TopFirst(depth, 0).Where(s => s != notOwned).Select(S).ToList();
        // Up to eight as arguments of their own (ThreadState's overloads): a collection expression is a stack temporary
        // of the frame, which the JIT zeroes at every entry since it holds references, for a path seldom taken.
        if (slots.Count == 0) return "";
        return slots.Count <= 8 ? ", " + string.Join(", ", slots) : $", [{string.Join(", ", slots)}]";
    }

    /// <summary>Emits the code of one instruction; a nested class so the big switch reads top to bottom.</summary>
    private sealed partial class InstructionEmitter
    {
        private readonly CodeObjectEmitter _e;
        private readonly CodeWriter _w;
        private readonly Instruction _i;
        private readonly int _index;
        private readonly int _d;

        public InstructionEmitter(CodeObjectEmitter emitter, int index)
        {
            _e = emitter;
            _w = emitter._w;
            _index = index;
            _i = emitter._ins[index];
            _d = emitter._flow.Depth[index];
        }

        private CodeObject Code => _e._code;

        private string Top => S(_d - 1);

        private string Second => S(_d - 2);

        private Opcode NextOpcode => _index + 1 < _e._ins.Count ? _e._ins[_index + 1].Opcode : Opcode.NOP;

        private Opcode OpcodeAt(int offset) => _e._ins[_e._flow.IndexOf(offset)].Opcode;

        /// <summary>The check after an instruction that falls through to the next one.</summary>
        private void CheckAfter() => _e.EmitCheck(CheckpointSites.After(_i.Opcode, NextOpcode, backward: false),
            CheckpointSites.IsCall(_i.Opcode) ? "after a call" : "after " + _i.Opcode, _i.Offset, _index + 1);

        /// <summary>
        /// The check after CALL_FUNCTION or CALL_METHOD: py39's and py27's as after any instruction; modern's only
        /// when CPython 3.12's form of the call checks the eval breaker (<c>__quiet</c>, from the instruction's
        /// CallSite, is false). One test of the eval breaker, whose mask holds the modern bit unless the call was
        /// quiet: only the running profile's bit is ever set, so this is the two profiles' checks in one.
        /// </summary>
        private void CheckAfterCall()
        {
            int mask = CheckpointSites.After(_i.Opcode, NextOpcode, backward: false);
            int others = mask & ~CheckpointSites.Modern;
            if ((mask & CheckpointSites.Modern) == 0)
            {
                _e.EmitCheck(others, "after a call", _i.Offset, _index + 1);
                return;
            }
            string test = others == 0
                ? $"!__quiet && (__interp.EvalBreaker & {CheckpointSites.Modern}) != 0"
                : $"(__interp.EvalBreaker & (__quiet ? {others} : {others | CheckpointSites.Modern})) != 0";
            _w.Line($"if ({test}) {_e.HandleEvalBreaker(_i.Offset, _index + 1)}   // checkpoint: after a call (modern: if its 3.12 form checks)");
        }

        private string CallSite() => _e._layout.CallSite(Code, _i.Offset);

        private string GotoTarget()
        {
            int target = _i.JumpTarget;
            return $"goto __L{target};";
        }

        private void JumpWithCheck(bool conditionWasBool = false)
        {
            int target = _i.JumpTarget;
            int mask = CheckpointSites.After(_i.Opcode, OpcodeAt(target), backward: target <= _i.Offset);
            if (conditionWasBool) mask &= ~CheckpointSites.BoolFastJump;
            bool backward = target <= _i.Offset;
            _e.EmitCheck(mask, backward ? "backward jump" : "after " + _i.Opcode, _i.Offset, TargetIndex, backward ? _e._paced.Loop(target) : 0, backward);
            _w.Line(GotoTarget());
        }

        public void Emit()
        {
            var op = _i.Opcode;
            int arg = _i.Arg;
            switch (op)
            {
                case Opcode.NOP:
                case Opcode.EXTENDED_ARG:
                    break;
                case Opcode.POP_TOP:
                    _w.Line($"{Top}.DecRef();");
                    break;
                case Opcode.ROT_TWO:
                    _w.Line($"({Top}, {Second}) = ({Second}, {Top});");
                    break;
                case Opcode.ROT_THREE:
                    _w.Line($"({S(_d - 1)}, {S(_d - 2)}, {S(_d - 3)}) = ({S(_d - 2)}, {S(_d - 3)}, {S(_d - 1)});");
                    break;
                case Opcode.ROT_FOUR:
                    _w.Line($"({S(_d - 1)}, {S(_d - 2)}, {S(_d - 3)}, {S(_d - 4)}) = ({S(_d - 2)}, {S(_d - 3)}, {S(_d - 4)}, {S(_d - 1)});");
                    break;
                case Opcode.DUP_TOP:
                    _w.Line($"{S(_d)} = {Top}; {S(_d)}.IncRef();");
                    break;
                case Opcode.DUP_TOP_TWO:
                    _w.Line($"{S(_d)} = {Second}; {S(_d)}.IncRef(); {S(_d + 1)} = {Top}; {S(_d + 1)}.IncRef();");
                    break;
                case Opcode.UNARY_POSITIVE: Unary("Pos"); break;
                case Opcode.UNARY_NEGATIVE: Unary("Neg"); break;
                case Opcode.UNARY_NOT: Unary("Not"); break;
                case Opcode.UNARY_INVERT: Unary("Invert"); break;
                case Opcode.BINARY_POWER: Arithmetic("PowConsuming"); break;
                case Opcode.BINARY_MULTIPLY: Arithmetic("MulConsuming"); break;
                case Opcode.BINARY_MATRIX_MULTIPLY: Arithmetic("MatMulConsuming"); break;
                case Opcode.BINARY_MODULO: Arithmetic("ModConsuming"); break;
                case Opcode.BINARY_ADD: if (!AdditionInto("AddConsumingInto")) Arithmetic("AddConsuming"); break;
                case Opcode.BINARY_SUBTRACT: Arithmetic("SubConsuming"); break;
                case Opcode.BINARY_SUBSCR: Binary("GetItem"); break;
                case Opcode.BINARY_FLOOR_DIVIDE: Arithmetic("FloorDivConsuming"); break;
                case Opcode.BINARY_TRUE_DIVIDE: Arithmetic("TrueDivConsuming"); break;
                case Opcode.BINARY_LSHIFT: Arithmetic("LShiftConsuming"); break;
                case Opcode.BINARY_RSHIFT: Arithmetic("RShiftConsuming"); break;
                case Opcode.BINARY_AND: Arithmetic("AndConsuming"); break;
                case Opcode.BINARY_XOR: Arithmetic("XorConsuming"); break;
                case Opcode.BINARY_OR: Arithmetic("OrConsuming"); break;
                case Opcode.INPLACE_POWER: Arithmetic("InplacePowConsuming"); break;
                case Opcode.INPLACE_MULTIPLY: Arithmetic("InplaceMulConsuming"); break;
                case Opcode.INPLACE_MATRIX_MULTIPLY: Arithmetic("InplaceMatMulConsuming"); break;
                case Opcode.INPLACE_MODULO: Arithmetic("InplaceModConsuming"); break;
                case Opcode.INPLACE_ADD: if (!AdditionInto("InplaceAddConsumingInto")) Arithmetic("InplaceAddConsuming"); break;
                case Opcode.INPLACE_SUBTRACT: Arithmetic("InplaceSubConsuming"); break;
                case Opcode.INPLACE_FLOOR_DIVIDE: Arithmetic("InplaceFloorDivConsuming"); break;
                case Opcode.INPLACE_TRUE_DIVIDE: Arithmetic("InplaceTrueDivConsuming"); break;
                case Opcode.INPLACE_LSHIFT: Arithmetic("InplaceLShiftConsuming"); break;
                case Opcode.INPLACE_RSHIFT: Arithmetic("InplaceRShiftConsuming"); break;
                case Opcode.INPLACE_AND: Arithmetic("InplaceAndConsuming"); break;
                case Opcode.INPLACE_XOR: Arithmetic("InplaceXorConsuming"); break;
                case Opcode.INPLACE_OR: Arithmetic("InplaceOrConsuming"); break;
                case Opcode.STORE_SUBSCR:
                    // TOS1[TOS] = TOS2
                    _w.Line($"{Ops}.SetItem(__ts, {S(_d - 2)}, {S(_d - 1)}, {S(_d - 3)});");
                    _w.Line($"{S(_d - 1)}.DecRef(); {S(_d - 2)}.DecRef(); {S(_d - 3)}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.DELETE_SUBSCR:
                    _w.Line($"{Ops}.DelItem(__ts, {Second}, {Top});");
                    _w.Line($"{Top}.DecRef(); {Second}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.GET_ITER: Unary("GetIter"); break;
                case Opcode.LOAD_ASSERTION_ERROR:
                    _w.Line($"{S(_d)} = global::GilGen.Runtime.EmittedOps.LoadAssertionError();");
                    CheckAfter();
                    break;
                case Opcode.LIST_TO_TUPLE: Unary("ListToTuple"); break;
                case Opcode.SETUP_ANNOTATIONS when _e._isClassBody:
                    _w.Line($"{Ops}.ClassSetupAnnotations(__ts, __ns, {_e._layout.NameField("__annotations__")});");
                    CheckAfter();
                    break;
                case Opcode.SETUP_ANNOTATIONS:
                    _w.Line($"{Ops}.SetupAnnotations(__ts, __g[{_e._layout.SlotOf("__annotations__")}]);");
                    CheckAfter();
                    break;
                case Opcode.RETURN_VALUE:
                    // Without handlers the frame's finally releases them (EmitBodyWithoutHandlers), and a split frame's entry method's.
                    // A split generator's resume method has no finally: its body method releases them, from the frame's fields.
                    if ((_e._flow.HasHandlers && !_e._splitFrame) || _e.IsGenerator) _e.EmitReleaseLocals(inFrame: _e._splitFrame);
                    if (_e.IsGenerator) _w.Line($"{_e.GenFrame}.ResumePoint = -1;");
                    _e.EmitPacedCreditReturn();
                    _w.Line($"return {Top};");
                    break;
                case Opcode.POP_BLOCK:
                case Opcode.SETUP_FINALLY:
                    // The block stack is resolved statically: nothing happens at run time.
                    CheckAfter();
                    break;
                case Opcode.POP_EXCEPT:
                {
                    // The three values on top: a return inside the handler (ROT_FOUR) keeps its value below them.
                    _w.Line("__ts.PopHandledException();");
                    _w.Line($"{S(_d - 3)}.DecRef(); {S(_d - 2)}.DecRef(); {S(_d - 1)}.DecRef();");
                    CheckAfter();
                    break;
                }
                case Opcode.RERAISE:
                {
                    // Re-raise the exception this handler caught, with its traceback as it was. The three values
                    // on top (its traceback, value and type) become the thrown exception's own reference.
                    int nesting = _e._flow.Blocks[_index].ExceptHandlerCount - 1;
                    _w.Line($"throw global::GilGen.Runtime.EmittedOps.Reraise({_e.HandledVariable(Math.Max(0, nesting))}!, {S(_d - 3)}, {S(_d - 2)}, {S(_d - 1)});");
                    break;
                }
                case Opcode.WITH_EXCEPT_START:
                    // exit(type, value, traceback): __exit__ sits below the six values of the handler.
                    _w.Line($"{S(_d)} = global::GilGen.Runtime.EmittedOps.WithExceptStart(__ts, {S(_d - 7)}, {S(_d - 1)}, {S(_d - 2)}, {S(_d - 3)});");
                    CheckAfter();
                    break;
                case Opcode.BEFORE_ASYNC_WITH:
                    // Like SETUP_WITH's first half: __aexit__ replaces the manager, __aenter__()'s result (to await) goes on top.
                    _w.Line($"{S(_d)} = {AsyncOpsType}.BeforeAsyncWith(__ts, {Top}, out var __aexit{_i.Offset});");
                    _w.Line($"{Top}.DecRef(); {Top} = __aexit{_i.Offset};");
                    CheckAfter();
                    break;
                case Opcode.SETUP_ASYNC_WITH:
                    // The block (below the awaited __aenter__ result) is resolved statically: nothing happens at run time.
                    CheckAfter();
                    break;
                case Opcode.GET_AITER:
                    _w.Line($"{{ __r = {AsyncOpsType}.GetAIter(__ts, {Top}); {Top}.DecRef(); {Top} = __r; }}");
                    CheckAfter();
                    break;
                case Opcode.GET_ANEXT:
                    _w.Line($"{S(_d)} = {AsyncOpsType}.GetANext(__ts, {Top});");
                    CheckAfter();
                    break;
                case Opcode.END_ASYNC_FOR:
                {
                    // StopAsyncIteration ends the loop: leave the handler as POP_EXCEPT does and drop the iterator;
                    // anything else is re-raised as RERAISE does.
                    int nesting = _e._flow.Blocks[_index].ExceptHandlerCount - 1;
                    _w.Open($"if (!{AsyncOpsType}.EndsAsyncFor(__ts, {Top}))");
                    _w.Line($"throw global::GilGen.Runtime.EmittedOps.Reraise({_e.HandledVariable(Math.Max(0, nesting))}!, {S(_d - 3)}, {S(_d - 2)}, {S(_d - 1)});");
                    _w.Close();
                    _w.Line($"{S(_d - 1)}.DecRef(); {S(_d - 2)}.DecRef(); {S(_d - 3)}.DecRef();");
                    _w.Line("__ts.PopHandledException();");
                    _w.Line($"{S(_d - 4)}.DecRef(); {S(_d - 5)}.DecRef(); {S(_d - 6)}.DecRef(); {S(_d - 7)}.DecRef();");
                    CheckAfter();
                    break;
                }
                case Opcode.SETUP_WITH:
                    _w.Line($"{S(_d)} = {Ops}.EnterWith(__ts, {Top}, out var __exit{_i.Offset});");
                    _w.Line($"{Top}.DecRef(); {Top} = __exit{_i.Offset};");
                    CheckAfter();
                    break;
                case Opcode.STORE_NAME when _e._isClassBody:
                    _w.Line($"{Ops}.ClassStoreName(__ts, __ns, {_e._layout.NameField(Code.Names[arg])}, {Top});");
                    CheckAfter();
                    break;
                case Opcode.DELETE_NAME when _e._isClassBody:
                    _w.Line($"{Ops}.ClassDeleteName(__ts, __ns, {_e._layout.NameField(Code.Names[arg])});");
                    CheckAfter();
                    break;
                case Opcode.LOAD_NAME when _e._isClassBody:
                    _w.Line($"{S(_d)} = {Ops}.ClassLoadName(__ts, __ns, {_e._layout.NameField(Code.Names[arg])}, __g[{Slot(arg)}]);");
                    CheckAfter();
                    break;
                case Opcode.LOAD_CLASSDEREF:
                    _w.Line($"{S(_d)} = {Ops}.LoadClassDeref(__ts, __ns, {_e._layout.NameField(DerefName(arg))}, {_e.CellLocal(arg)});");
                    CheckAfter();
                    break;
                case Opcode.LOAD_BUILD_CLASS:
                    _w.Line($"{S(_d)} = {Ops}.LoadBuildClass(__ts);");
                    CheckAfter();
                    break;
                case Opcode.STORE_NAME:
                case Opcode.STORE_GLOBAL:
                    _w.Line($"{Ops}.StoreGlobal(__g[{Slot(arg)}], {Top});");
                    CheckAfter();
                    break;
                case Opcode.DELETE_NAME:
                case Opcode.DELETE_GLOBAL:
                    _w.Line($"{Ops}.DeleteGlobal(__ts, __g[{Slot(arg)}]);");
                    CheckAfter();
                    break;
                case Opcode.LOAD_NAME:
                    _w.Line($"{S(_d)} = {Ops}.LoadName(__ts, __g[{Slot(arg)}]);");
                    CheckAfter();
                    break;
                case Opcode.LOAD_GLOBAL:
                    _w.Line($"{S(_d)} = {Ops}.LoadGlobal(__ts, __g[{Slot(arg)}]);");
                    CheckAfter();
                    break;
                case Opcode.UNPACK_SEQUENCE:
                {
                    // Unpacked items land in stack order: the first item ends on top.
                    string span = _e.BufferSpan(arg, $"global::System.Span<{Value}>");
                    _w.Line($"{{ __u = {span};");
                    _w.Line($"  {Ops}.UnpackSequence(__ts, {Top}, __u); {Top}.DecRef();");
                    for (int k = 0; k < arg; k++) _w.Line($"  {S(_d - 1 + k)} = __u[{k}];");
                    _w.Line("}");
                    CheckAfter();
                    break;
                }
                case Opcode.UNPACK_EX:
                {
                    // a, *b, c = seq: the items before the star, a list for it, the items after; first on top.
                    int before = arg & 0xff, after = arg >> 8, n = before + 1 + after;
                    string span = _e.BufferSpan(n, $"global::System.Span<{Value}>");
                    _w.Line($"{{ __u = {span};");
                    _w.Line($"  {Ops}.UnpackEx(__ts, {Top}, {before}, {after}, __u); {Top}.DecRef();");
                    for (int k = 0; k < n; k++) _w.Line($"  {S(_d - 1 + k)} = __u[{k}];");
                    _w.Line("}");
                    CheckAfter();
                    break;
                }
                case Opcode.STORE_ATTR:
                    _w.Line($"{Site()}.Store(__ts, {Top}, {Second});");
                    _w.Line(ObjectIsBorrowed ? $"{Second}.DecRef();" : $"{Top}.DecRef(); {Second}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.DELETE_ATTR:
                    _w.Line($"{Ops}.DelAttr(__ts, {Top}, {Name(arg)}); {Top}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.LOAD_CONST:
                    _w.Line($"{S(_d)} = {Constant(Code.Constants[arg])};");
                    break;
                // The Build ops steal the items' references, as ceval's do.
                case Opcode.BUILD_TUPLE: BuildFrom(_d - arg, arg, $"{Ops}.BuildTuple({{0}})"); break;
                case Opcode.BUILD_LIST: BuildFrom(_d - arg, arg, $"{Ops}.BuildList({{0}})"); break;
                case Opcode.BUILD_SET: BuildFrom(_d - arg, arg, $"{Ops}.BuildSet(__ts, {{0}})"); break;
                case Opcode.BUILD_STRING: BuildFrom(_d - arg, arg, $"{Ops}.BuildString({{0}})"); break;
                case Opcode.BUILD_MAP:
                    BuildFrom(_d - 2 * arg, 2 * arg, $"{Ops}.BuildMap(__ts, {{0}})");
                    break;
                case Opcode.BUILD_CONST_KEY_MAP:
                    BuildFrom(_d - 1 - arg, arg, $"{Ops}.BuildConstKeyMap(__ts, {Top}, {{0}})", extraRelease: Top);
                    break;
                case Opcode.LOAD_ATTR:
                    _w.Line(ObjectIsBorrowed ? $"{Top} = {Site()}.Load(__ts, {Top});" : $"{{ __r = {Site()}.Load(__ts, {Top}); {Top}.DecRef(); {Top} = __r; }}");
                    CheckAfter();
                    break;
                case Opcode.COMPARE_OP:
                    if (FusesWithNextJump())
                    {
                        // The next instruction only tests this result: keep it as a C# bool instead of
                        // a True/False object. Ints compare inline; the bool is what POP_JUMP tests.
                        _w.Line($"if ({Second}.IsInt && {Top}.IsInt) {{ __cmp = {Second}.IntValue {CompareSymbols[arg]} {Top}.IntValue; __cmpIsBool = true; }}");
                        string compare = $"__cmp = global::GilGen.Runtime.EmittedOps.CompareForJump(__ts, {Second}, {Top}, {CompareOp}.{CompareOps[arg]}, out __cmpIsBool);";
                        // Only this slow path raises: it records what is pending below the operands (StackReleasePlan).
                        if (_e._stackPlan?.SlowPathSet(_index) is int set) _w.Line($"else {{ __ipAtCheck = {_e.IpVariable}; {_e.IpVariable} = {set}; {compare} {_e.IpVariable} = __ipAtCheck; }}");
                        else _w.Line("else " + compare);
                    }
                    else
                    {
                        _w.Line($"{{ __r = {Ops}.Compare(__ts, {Second}, {Top}, {CompareOp}.{CompareOps[arg]}); {Second}.DecRef(); {Top}.DecRef(); {Second} = __r; }}");
                    }
                    CheckAfter();
                    break;
                case Opcode.IS_OP:
                    _w.Line($"{{ bool __b = {Ops}.Is({Second}, {Top}) {(arg == 1 ? "== false" : "")}; {Second}.DecRef(); {Top}.DecRef(); {Second} = __b ? {Value}.True : {Value}.False; }}");
                    break;
                case Opcode.CONTAINS_OP:
                    _w.Line($"{{ bool __b = {Ops}.Contains(__ts, {Top}, {Second}) {(arg == 1 ? "== false" : "")}; {Second}.DecRef(); {Top}.DecRef(); {Second} = __b ? {Value}.True : {Value}.False; }}");
                    break;
                case Opcode.IMPORT_NAME:
                    // TOS is the fromlist, TOS1 the level (always a constant int).
                    _w.Line($"{{ __r = {Ops}.ImportName(__ts, __mod, {Name(arg)}, {Top}, (int){Second}.IntValue); {Top}.DecRef(); {Second}.DecRef(); {Second} = __r; }}");
                    CheckAfter();
                    break;
                case Opcode.IMPORT_FROM:
                    _w.Line($"{S(_d)} = {Ops}.ImportFrom(__ts, {Top}, {Name(arg)});");
                    CheckAfter();
                    break;
                case Opcode.IMPORT_STAR:
                    // Only at module level (the compiler refuses it elsewhere): the names go into the module's globals.
                    _w.Line($"{Ops}.ImportStar(__ts, {Top}, __mod); {Top}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.JUMP_FORWARD:
                case Opcode.JUMP_ABSOLUTE:
                    JumpWithCheck();
                    break;
                case Opcode.POP_JUMP_IF_FALSE:
                case Opcode.POP_JUMP_IF_TRUE:
                    ConditionalJump(pop: true, jumpIf: op == Opcode.POP_JUMP_IF_TRUE);
                    break;
                case Opcode.JUMP_IF_FALSE_OR_POP:
                case Opcode.JUMP_IF_TRUE_OR_POP:
                    ConditionalJump(pop: false, jumpIf: op == Opcode.JUMP_IF_TRUE_OR_POP);
                    break;
                case Opcode.JUMP_IF_NOT_EXC_MATCH:
                    _w.Line($"{{ bool __m = {Ops}.ExceptionMatches(__ts, {Second}, {Top}); {Top}.DecRef(); {Second}.DecRef();");
                    _w.Line($"  if (!__m) {{ {_e.CheckText(CheckpointSites.After(_i.Opcode, OpcodeAt(_i.JumpTarget), false), _i.Offset, TargetIndex)}{GotoTarget()} }} }}");
                    CheckAfter();
                    break;
                case Opcode.FOR_ITER:
                {
                    int target = _i.JumpTarget;
                    _w.Open($"if (({S(_d)} = {Ops}.ForIterNext(__ts, {Top})).IsUnbound)");
                    _w.Line($"{Top}.DecRef();");
                    _e.EmitCheck(CheckpointSites.After(op, OpcodeAt(target), backward: false), "after FOR_ITER", _i.Offset, TargetIndex);
                    _w.Line(GotoTarget());
                    _w.Close();
                    CheckAfter();
                    break;
                }
                case Opcode.LOAD_FAST:
                    if (!_e.IsBoundBefore(_index)) _w.Line($"if ({_e.Local(arg)}.IsUnbound) throw {Ops}.RaiseUnboundLocal(__ts, {CSharpLiteral.String(Code.VarNames[arg])});");
                    _w.Line(_e.IsBorrowedLocal(_index) ? $"{S(_d)} = {_e.Local(arg)};   // borrowed by the next instruction" : $"{S(_d)} = {_e.Local(arg)}; {S(_d)}.IncRef();");
                    break;
                case Opcode.STORE_FAST:
                    // A split frame's field is written before the old value is released, so that the field is never stale.
                    _w.Line($"{{ __old = {_e.Local(arg)}; {_e.Local(arg)} = {Top};{_e.WriteThrough(arg, Top)} __old.DecRef(); }}");
                    break;
                case Opcode.DELETE_FAST:
                    _w.Line($"if ({_e.Local(arg)}.IsUnbound) throw {Ops}.RaiseUnboundLocal(__ts, {CSharpLiteral.String(Code.VarNames[arg])});");
                    _w.Line($"{_e.Local(arg)}.DecRef(); {_e.Local(arg)} = {Value}.Unbound;{_e.WriteThrough(arg, Value + ".Unbound")}");
                    CheckAfter();
                    break;
                case Opcode.LOAD_CLOSURE:
                    _w.Line($"{S(_d)} = {Value}.From({_e.CellLocal(arg)}); {S(_d)}.IncRef();");
                    CheckAfter();
                    break;
                case Opcode.LOAD_DEREF:
                    // One read of the cell (PyCell.Load: under the cell's lock in a free-threaded process).
                    _w.Line($"{S(_d)} = {_e.CellLocal(arg)}.Load();");
                    _w.Line($"if ({S(_d)}.IsUnbound) throw {Ops}.{(arg < Code.CellVars.Count ? "RaiseUnboundLocal" : "RaiseUnboundFree")}(__ts, {CSharpLiteral.String(DerefName(arg))});");
                    CheckAfter();
                    break;
                case Opcode.STORE_DEREF:
                    _w.Line($"{_e.CellLocal(arg)}.Store({Top});");
                    CheckAfter();
                    break;
                case Opcode.DELETE_DEREF:
                    _w.Line($"if (!{_e.CellLocal(arg)}.Delete()) throw {Ops}.{(arg < Code.CellVars.Count ? "RaiseUnboundLocal" : "RaiseUnboundFree")}(__ts, {CSharpLiteral.String(DerefName(arg))});");
                    CheckAfter();
                    break;
                case Opcode.RAISE_VARARGS:
                    if (arg == 0) _w.Line($"throw {Ops}.Reraise(__ts);");
                    // The operands are consumed (ceval pops them) before the exception is thrown.
                    else if (arg == 1) _w.Line($"throw {Ops}.RaiseConsuming(__ts, {Top}, {Value}.Unbound);");
                    else _w.Line($"throw {Ops}.RaiseConsuming(__ts, {Second}, {Top});");
                    break;
                case Opcode.CALL_FUNCTION when arg == 0 && _e.ZeroArgSuperFirstArg(_index) is string firstArg:
                    _w.Line($"{{ __r = {Ops}.CallZeroArgSuper(__ts, {Top}, {_e.CellLocal(Code.CellVars.Count + IndexOf(Code.FreeVars, "__class__", Code.FreeVars.Count))}, {firstArg}); {Top}.DecRef(); {Top} = __r; }}");
                    CheckAfter();
                    break;
                case Opcode.CALL_FUNCTION when arg == 0 && _e.IsFrameScopeCall(_index):
                    FrameScopeCall();
                    CheckAfterCall();
                    break;
                case Opcode.CALL_FUNCTION:
                    _w.Line($"__quiet = {CallSite()}.Observe({S(_d - 1 - arg)}.Obj, false); {CallText(callable: _d - 1 - arg, firstArg: _d - arg, count: arg, kwNames: "null", namesTuple: null)}");
                    CheckAfterCall();
                    break;
                case Opcode.CALL_FUNCTION_KW:
                    _w.Line(CallText(callable: _d - 2 - arg, firstArg: _d - 1 - arg, count: arg, kwNames: KwNamesField(), namesTuple: Top));
                    CheckAfter();
                    break;
                case Opcode.CALL_FUNCTION_EX:
                {
                    bool hasKw = (arg & 1) != 0;
                    int callable = _d - (hasKw ? 3 : 2);
                    string args = S(callable + 1);
                    string kw = hasKw ? Top : $"{Value}.Unbound";
                    _w.Line($"{{ __r = {Ops}.CallEx(__ts, {S(callable)}, {args}, {kw}); {S(callable)}.DecRef(); {args}.DecRef();{(hasKw ? " " + Top + ".DecRef();" : "")} {S(callable)} = __r; }}");
                    CheckAfter();
                    break;
                }
                case Opcode.LOAD_METHOD:
                    // ceval pushes (method, self) when it finds a plain method, else (NULL, attribute): the object
                    // moves to the self slot, which the site leaves as it is or sets to Unbound.
                    _w.Line($"{S(_d)} = {Top}; {Top} = {Site()}.{(ObjectIsBorrowed ? "LoadMethodOfBorrowed" : "LoadMethod")}(__ts, ref {S(_d)});");
                    CheckAfter();
                    break;
                case Opcode.CALL_METHOD when arg == 0 && _e.IsFrameScopeAttributeCall(_index):
                    FrameScopeAttributeCall();
                    CheckAfterCall();
                    break;
                case Opcode.CALL_METHOD:
                {
                    // The callable, the self LOAD_METHOD left (Unbound: none) and the arguments: one runtime call picks the
                    // way (with or without the self), asks the call site whether the call is quiet and consumes them all.
                    int baseSlot = _d - 2 - arg;
                    string span = SpanOf(baseSlot + 1, arg + 1, out string copies);
                    _w.Line($"{copies}{S(baseSlot)} = global::GilGen.Runtime.EmittedOps.CallMethod(__ts, {CallSite()}, {S(baseSlot)}, {span}, out __quiet);");
                    CheckAfterCall();
                    break;
                }
                case Opcode.MAKE_FUNCTION:
                    MakeFunction(arg);
                    break;
                case Opcode.BUILD_SLICE:
                    if (arg == 3)
                    {
                        _w.Line($"{{ __r = {Ops}.BuildSlice(__ts, {S(_d - 3)}, {S(_d - 2)}, {S(_d - 1)}); {S(_d - 3)}.DecRef(); {S(_d - 2)}.DecRef(); {S(_d - 1)}.DecRef(); {S(_d - 3)} = __r; }}");
                    }
                    else
                    {
                        _w.Line($"{{ __r = {Ops}.BuildSlice(__ts, {Second}, {Top}, {Value}.None); {Second}.DecRef(); {Top}.DecRef(); {Second} = __r; }}");
                    }
                    CheckAfter();
                    break;
                case Opcode.FORMAT_VALUE:
                {
                    bool hasSpec = (arg & 4) != 0;
                    string value = hasSpec ? Second : Top;
                    string spec = hasSpec ? Top : $"{Value}.Unbound";
                    _w.Line($"{{ __r = {Ops}.FormatValue(__ts, {value}, {arg & 3}, {spec}); {value}.DecRef();{(hasSpec ? " " + Top + ".DecRef();" : "")} {value} = __r; }}");
                    CheckAfter();
                    break;
                }
                case Opcode.LIST_APPEND:
                    _w.Line($"{Ops}.ListAppend(__ts, {S(_d - 1 - arg)}, {Top}); {Top}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.SET_ADD:
                    _w.Line($"{Ops}.SetAdd(__ts, {S(_d - 1 - arg)}, {Top}); {Top}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.MAP_ADD:
                    _w.Line($"{Ops}.MapAdd(__ts, {S(_d - 2 - arg)}, {Second}, {Top}); {Second}.DecRef(); {Top}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.LIST_EXTEND:
                    _w.Line($"{Ops}.ListExtend(__ts, {S(_d - 1 - arg)}, {Top}); {Top}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.SET_UPDATE:
                    _w.Line($"{Ops}.SetUpdate(__ts, {S(_d - 1 - arg)}, {Top}); {Top}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.DICT_UPDATE:
                    _w.Line($"{Ops}.DictUpdate(__ts, {S(_d - 1 - arg)}, {Top}); {Top}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.DICT_MERGE:
                    _w.Line($"{Ops}.DictMerge(__ts, {S(_d - 1 - arg)}, {Top}, {S(_d - 3 - arg)}); {Top}.DecRef();");
                    CheckAfter();
                    break;
                case Opcode.YIELD_VALUE: YieldValue(); break;
                case Opcode.YIELD_FROM: YieldFrom(); break;
                case Opcode.GET_YIELD_FROM_ITER:
                    _w.Line($"{{ __r = {GeneratorOpsType}.GetYieldFromIter(__ts, {Top}, {((Code.Flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) != 0 ? "true" : "false")}); {Top}.DecRef(); {Top} = __r; }}");
                    CheckAfter();
                    break;
                case Opcode.GET_AWAITABLE:
                    _w.Line($"{{ __r = {GeneratorOpsType}.GetAwaitable(__ts, {Top}); {Top}.DecRef(); {Top} = __r; }}");
                    CheckAfter();
                    break;
                default:
                    throw new EmitException($"the instruction {op} is not supported by GilGen's emitter yet", _i.Line);
            }
        }

        private static readonly string[] CompareOps = { "Lt", "Le", "Eq", "Ne", "Gt", "Ge" };
        private static readonly string[] CompareSymbols = { "<", "<=", "==", "!=", ">", ">=" };

        /// <summary>COMPARE_OP directly followed by a POP_JUMP that nothing else jumps to.</summary>
        private bool FusesWithNextJump() => _e.IsFusedCompare(_index);

        /// <summary>True when this POP_JUMP tests the bool its COMPARE_OP left in __cmp.</summary>
        private bool TestsFusedCompare() => _index > 0 && _e.IsFusedCompare(_index - 1);

        private int Slot(int nameIndex) => _e._layout.SlotOf(Code.Names[nameIndex]);

        private string Name(int nameIndex) => CSharpLiteral.String(Code.Names[nameIndex]);

        /// <summary>The object on top of the stack is a local the previous LOAD_FAST lent (see IsBorrowedLocal).</summary>
        private bool ObjectIsBorrowed => _index > 0 && _e.IsBorrowedLocal(_index - 1);

        /// <summary>The inline cache of an attribute instruction (see AttributeSite in the runtime).</summary>
        private string Site() => _e._layout.AttributeSite(Code, _i.Offset);

        private string DerefName(int i) => i < Code.CellVars.Count ? Code.CellVars[i] : Code.FreeVars[i - Code.CellVars.Count];

        /// <summary>The index of the instruction this one jumps to.</summary>
        private int TargetIndex => _e._flow.IndexOf(_i.JumpTarget);

        private string Constant(Constant c)
        {
            switch (c.Kind)
            {
                case ConstantKind.None: return $"{Value}.None";
                case ConstantKind.Bool: return c.BoolValue ? $"{Value}.True" : $"{Value}.False";
                case ConstantKind.Int when c.BigIntText == null: return $"{Value}.Int({CSharpLiteral.Long(c.IntValue)})";
                case ConstantKind.Code: return $"{Value}.None /* code object: consumed by MAKE_FUNCTION */";
                default: return $"{_e._layout.ConstantField(c)}.NewRef()";
            }
        }

        private void Unary(string op)
        {
            _w.Line($"{{ __r = {Ops}.{op}(__ts, {Top}); {Top}.DecRef(); {Top} = __r; }}");
            CheckAfter();
        }

        private void Binary(string op)
        {
            _w.Line($"{{ __r = {Ops}.{op}(__ts, {Second}, {Top}); {Second}.DecRef(); {Top}.DecRef(); {Second} = __r; }}");
            CheckAfter();
        }

        /// <summary>
        /// An arithmetic instruction through the runtime's consuming operation (<c>AddConsuming</c>, ...), which releases the operands itself
        /// (or reuses a temporary float for the result) and leaves them on the stack when it raises: less code per
        /// instruction than a call and two releases.
        /// </summary>
        private void Arithmetic(string op)
        {
            _w.Line($"{Second} = {Ops}.{op}(__ts, {Second}, {Top});");
            CheckAfter();
        }

        /// <summary>
        /// BINARY_ADD or INPLACE_ADD whose sum the next instruction stores into a variable (a local, or a global outside
        /// a class body): the op (<c>AddConsumingInto</c>, <c>InplaceAddConsumingInto</c>) is given that variable's value,
        /// so that <c>s += t</c> and <c>s = s + t</c> can append to a str that only the variable and the operand hold, in
        /// place (CPython's unicode_concatenate). False, and nothing written, when the next instruction is another.
        /// </summary>
        private bool AdditionInto(string op)
        {
            var next = _index + 1 < _e._ins.Count ? _e._ins[_index + 1] : default;
            string? target = NextOpcode switch
            {
                Opcode.STORE_FAST => _e.Local(next.Arg),
                Opcode.STORE_NAME when !_e._isClassBody => $"__g[{Slot(next.Arg)}].Value",
                Opcode.STORE_GLOBAL => $"__g[{Slot(next.Arg)}].Value",
                _ => null,
            };
            if (target == null) return false;
            _w.Line($"{Second} = {Ops}.{op}(__ts, {Second}, {Top}, {target});");
            CheckAfter();
            return true;
        }

        /// <summary>Builds from <paramref name="count"/> slots starting at <paramref name="first"/>, whose references the op steals; the result lands in the first slot.</summary>
        private void BuildFrom(int first, int count, string callFormat, string? extraRelease = null)
        {
            string span = SpanOf(first, count, out string copies);
            _w.Line($"{copies}{{ __r = {string.Format(callFormat, span)};{(extraRelease != null ? $" {extraRelease}.DecRef();" : "")} {S(first)} = __r; }}");
            CheckAfter();
        }

        /// <summary>
        /// A ReadOnlySpan over consecutive stack slots; <paramref name="copies"/> is the code that copies them into the
        /// frame's buffer first ("" when the span needs none), to be written before the expression, on the same line.
        /// </summary>
        private string SpanOf(int first, int count, out string copies)
        {
            copies = "";
            if (count == 0) return $"{ReadOnlySpan}.Empty";
            if (count == 1) return $"new {ReadOnlySpan}(in {S(first)})";
            if (count > MaxBufferLength) return $"new {Value}[] {{ {string.Join(", ", Enumerable.Range(first, count).Select(S))} }}";
            copies = string.Join("", Enumerable.Range(0, count).Select(k => $"__buf[{k}] = {S(first + k)}; "));
            return _e.BufferSpan(count, ReadOnlySpan);
        }

        /// <summary>
        /// A call through Ops.CallConsuming, which consumes the callable and the arguments (the names tuple of
        /// CALL_FUNCTION_KW, <paramref name="namesTuple"/>, a constant, is released first), as one line of code.
        /// </summary>
        private string CallText(int callable, int firstArg, int count, string kwNames, string? namesTuple)
        {
            // One positional argument goes as a value (Ops.CallConsuming1): len(x), abs(x), f(x).
            if (count == 1 && namesTuple == null) return $"{S(callable)} = {Ops}.CallConsuming1(__ts, {S(callable)}, {S(firstArg)});";
            string span = SpanOf(firstArg, count, out string copies);
            string names = namesTuple != null ? namesTuple + ".DecRef(); " : "";
            return $"{copies}{names}{S(callable)} = {Ops}.CallConsuming(__ts, {S(callable)}, {span}, {kwNames});";
        }

        /// <summary>CALL_FUNCTION_KW's names are always a constant tuple of strings, loaded just before.</summary>
        private string KwNamesField()
        {
            var previous = _e._ins[_index - 1];
            var names = Code.Constants[previous.Arg];
            if (previous.Opcode != Opcode.LOAD_CONST || names.Kind != ConstantKind.Tuple)
            {
                throw new InvalidOperationException("CALL_FUNCTION_KW without a constant keyword-name tuple");
            }
            return "new string[] { " + string.Join(", ", names.Items.Select(n => CSharpLiteral.String(n.StrValue ?? ""))) + " }";
        }

        private void ConditionalJump(bool pop, bool jumpIf)
        {
            // A True/False condition takes ceval's FAST_DISPATCH path (no py39 check); anything
            // else is tested with PyObject_IsTrue and DISPATCHes.
            string cond = Top;
            bool fused = TestsFusedCompare();
            string head = fused ? "{ bool __isBool = __cmpIsBool; bool __t = __cmp;"
                : $"{{ bool __isBool = global::GilGen.Runtime.EmittedOps.IsBool({cond}); bool __t = {Ops}.IsTrue(__ts, {cond});";
            int target = _i.JumpTarget;
            int jumpMask = CheckpointSites.After(_i.Opcode, OpcodeAt(target), backward: target <= _i.Offset);
            int fallMask = CheckpointSites.After(_i.Opcode, NextOpcode, backward: false);
            string jumpCheck = CheckedMask(jumpMask, TargetIndex, target <= _i.Offset ? _e._paced.Loop(target) : 0, backward: target <= _i.Offset);
            string fallCheck = CheckedMask(fallMask, _index + 1);
            // Two lines: the test (and the release of a popped condition), then the jump and the fall-through's check.
            string jump = $"if (__t {(jumpIf ? "" : "== false")}) {{ {jumpCheck}{GotoTarget()} }}";
            if (pop)
            {
                _w.Line(fused ? head : $"{head} {cond}.DecRef();");
                _w.Line($"  {jump} {fallCheck}}}");
            }
            else
            {
                _w.Line(head);
                _w.Line($"  {jump} {cond}.DecRef(); {fallCheck}}}");
            }
        }

        private string CheckedMask(int mask, int next, int pacedWeight = 0, bool backward = false)
        {
            int unlessBool = mask & CheckpointSites.BoolFastJump;
            int always = mask & ~CheckpointSites.BoolFastJump;
            string text = _e.CheckText(always, _i.Offset, next, pacedWeight, backward);
            if (unlessBool != 0) text += $"if (!__isBool && (__interp.EvalBreaker & {unlessBool}) != 0) {_e.HandleEvalBreaker(_i.Offset, next)} ";
            return text;
        }

        private void MakeFunction(int flags)
        {
            // Stack, bottom to top: [defaults] [kwdefaults] [annotations] [closure] code qualname.
            var codeLoad = _e._ins[_index - 2];
            var code = codeLoad.Opcode == Opcode.LOAD_CONST ? Code.Constants[codeLoad.Arg].Code : null;
            if (code == null) throw new InvalidOperationException("MAKE_FUNCTION without a constant code object");
            int slot = _d - 2;
            string closure = (flags & 8) != 0 ? S(--slot) : $"{Value}.Unbound";
            string annotations = (flags & 4) != 0 ? S(--slot) : $"{Value}.Unbound";
            string kwDefaults = (flags & 2) != 0 ? S(--slot) : $"{Value}.Unbound";
            string defaults = (flags & 1) != 0 ? S(--slot) : $"{Value}.Unbound";
            var layout = _e._layout;
            _w.Line($"{{ __r = {Ops}.MakeFunction(__ts, {layout.CodeInfoName(code)}, {layout.BodyDelegateName(code)}, {layout.ArgSpecName(code)}, __mod, {CSharpLiteral.String(code.QualName)}, {defaults}, {kwDefaults}, {annotations}, {closure});");
            var release = new List<string>();
            for (int s = slot; s < _d; s++) release.Add(S(s) + ".DecRef();");
            _w.Line($"  {string.Join(" ", release)} {S(slot)} = __r; }}");
            CheckAfter();
        }
    }

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
