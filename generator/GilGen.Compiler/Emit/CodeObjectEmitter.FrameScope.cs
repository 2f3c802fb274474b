using static GilGen.Compiler.Emit.RuntimeNames;

namespace GilGen.Compiler.Emit;

/// <summary>
/// locals(), vars() and dir() called by their name without arguments in a function, lambda, generator or class body
/// (<see cref="FrameScopeCalls"/>): the call tests that the callable is the builtin and then builds the answer from
/// the variables in scope (<c>FrameScope</c> in the runtime). A function's frame keeps its locals dict, as CPython
/// 3.12's frame keeps <c>f_locals</c>, in <c>__locals</c> (a split frame's field, a generator's extra slot of
/// <c>__f.Locals</c>), released after its locals; a class body's is its namespace. Nothing of this is emitted for a
/// code object without such a call.
/// </summary>
internal sealed partial class CodeObjectEmitter
{
    private bool? _hasFrameScopeCalls;

    /// <summary>The code calls locals(), vars() or dir() by name without arguments (a comprehension's calls included).</summary>
    private bool HasFrameScopeCalls => _hasFrameScopeCalls ??= FrameScopeCalls.Any(_code, _isModule);

    /// <summary>A list, set or dict comprehension, whose such calls raise NotImplementedError (<see cref="FrameScopeCalls.IsInlinedComprehension"/>).</summary>
    private bool IsInlinedComprehension => FrameScopeCalls.IsInlinedComprehension(_code);

    /// <summary>The code answers such calls from its variables: <c>__scope</c> is declared.</summary>
    private bool AnswersFrameScope => HasFrameScopeCalls && !IsInlinedComprehension;

    /// <summary>The frame keeps a locals dict of its own (a function's, not a class body's: that is its namespace).</summary>
    private bool KeepsLocalsDict => AnswersFrameScope && !_isClassBody;

    /// <summary>Where the frame's locals dict is held: a C# local, or the split frame's field.</summary>
    private string LocalsDict(bool inFrame) => inFrame ? "__f.__locals" : "__locals";

    /// <summary>The generator frame's slot of <c>__f.Locals</c> that holds the dict while the generator is suspended (after the locals').</summary>
    private int LocalsDictSlot => _code.VarNames.Count;

    /// <summary>How many slots a generator's frame has for locals: one more for the locals dict when it keeps one.</summary>
    private int GeneratorLocalSlots => _code.VarNames.Count + (KeepsLocalsDict ? 1 : 0);

    /// <summary>True for instruction <paramref name="index"/> when it is such a call.</summary>
    internal bool IsFrameScopeCall(int index) => HasFrameScopeCalls && FrameScopeCalls.IsCall(_code, _isModule, index);

    private sealed partial class InstructionEmitter
    {
        /// <summary>
        /// CALL_FUNCTION 0 of locals, vars or dir loaded by name: the builtin is answered from the frame's variables
        /// (in a comprehension it raises NotImplementedError); any other callable is called as usual.
        /// </summary>
        private void FrameScopeCall()
        {
            string normal = CallText(callable: _d - 1, firstArg: _d, count: 0, kwNames: "null", extraRelease: null);
            _w.Line($"__quiet = {CallSite()}.Observe({Top}.Obj, false);");
            if (_e.IsInlinedComprehension)
            {
                _w.Line($"if ({FrameScopeType}.IsScopeBuiltin({Top})) throw {FrameScopeType}.InComprehension({Top});");
                _w.Line(normal);
                return;
            }
            _w.Open($"if ({FrameScopeType}.IsScopeBuiltin({Top}))");
            _w.Line(_e._isClassBody ? "__scope = __ns;" : $"__scope = {FrameScopeType}.Dict(ref {_e.LocalsDict(_e._splitFrame)});");
            foreach (var (name, local, cell) in FrameScopeCalls.Variables(Code, _e._isClassBody))
            {
                string key = _e._layout.NameField(name);
                _w.Line(local >= 0
                    ? $"{FrameScopeType}.Put(__ts, __scope, {key}, {_e.Local(local)});"
                    : $"{FrameScopeType}.PutCell(__ts, __scope, {key}, {_e.CellLocal(cell)});");
            }
            _w.Line($"{{ __r = {FrameScopeType}.Answer(__ts, {Top}, __scope); {Top}.DecRef(); {Top} = __r; }}");
            _w.Close();
            _w.Open("else");
            _w.Line(normal);
            _w.Close();
        }
    }
}
