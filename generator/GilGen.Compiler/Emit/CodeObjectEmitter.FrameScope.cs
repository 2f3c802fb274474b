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

    /// <summary>The frame keeps a locals dict of its own (a function's, not a class body's or a module's: those are their namespaces).</summary>
    private bool KeepsLocalsDict => AnswersFrameScope && !_isClassBody && !_isModule;

    /// <summary>Where the frame's locals dict is held: a C# local, or the split frame's field.</summary>
    private string LocalsDict(bool inFrame) => inFrame ? "__f.__locals" : "__locals";

    /// <summary>The generator frame's slot of <c>__f.Locals</c> that holds the dict while the generator is suspended (after the locals').</summary>
    private int LocalsDictSlot => _code.VarNames.Count;

    /// <summary>How many slots a generator's frame has for locals: one more for the locals dict when it keeps one.</summary>
    private int GeneratorLocalSlots => _code.VarNames.Count + (KeepsLocalsDict ? 1 : 0);

    /// <summary>True for instruction <paramref name="index"/> when it is such a call.</summary>
    internal bool IsFrameScopeCall(int index) => HasFrameScopeCalls && FrameScopeCalls.IsCall(_code, _isModule, index);

    /// <summary>True for instruction <paramref name="index"/> when it is such a call of an attribute (<c>builtins.globals()</c>).</summary>
    internal bool IsFrameScopeAttributeCall(int index) => HasFrameScopeCalls && FrameScopeCalls.IsAttributeCall(_code, index);

    private sealed partial class InstructionEmitter
    {
        /// <summary>
        /// CALL_FUNCTION 0 of locals, vars or dir loaded by name: the builtin is answered from the frame's variables
        /// (in a comprehension it raises NotImplementedError); any other callable is called as usual.
        /// </summary>
        private void FrameScopeCall()
        {
            _w.Line($"__quiet = {CallSite()}.Observe({Top}.Obj, false);");
            _w.Open($"if ({FrameScopeType}.IsScopeBuiltin({Top}))");
            AnswerFromFrame(Top);
            _w.Close();
            _w.Open("else");
            _w.Line(CallText(callable: _d - 1, firstArg: _d, count: 0, kwNames: "null", namesTuple: null));
            _w.Close();
        }

        /// <summary>
        /// CALL_METHOD 0 of an attribute named globals, locals, vars or dir (<c>builtins.globals()</c>): when LOAD_METHOD
        /// found no method (the self slot is Unbound) and the attribute is the builtin, the frame's globals, or its
        /// locals as <see cref="FrameScopeCall"/> gives them (a module's: its namespace); anything else is called as usual.
        /// </summary>
        private void FrameScopeAttributeCall()
        {
            string callable = S(_d - 2), self = S(_d - 1);
            _w.Open($"if ({self}.IsUnbound && {FrameScopeType}.IsGlobalsBuiltin({callable}))");
            _w.Line($"__quiet = {CallSite()}.Observe({callable}.Obj, false);");
            _w.Line($"{{ __r = {FrameScopeType}.Globals(__mod); {callable}.DecRef(); {callable} = __r; }}");
            _w.Close();
            _w.Open($"else if ({self}.IsUnbound && {FrameScopeType}.IsScopeBuiltin({callable}))");
            _w.Line($"__quiet = {CallSite()}.Observe({callable}.Obj, false);");
            AnswerFromFrame(callable);
            _w.Close();
            _w.Open("else");
            string span = SpanOf(_d - 1, 1, out string copies);
            _w.Line($"{copies}{callable} = global::GilGen.Runtime.EmittedOps.CallMethod(__ts, {CallSite()}, {callable}, {span}, out __quiet);");
            _w.Close();
        }

        /// <summary>
        /// The answer of the builtin locals, vars or dir in <paramref name="callable"/>'s slot: the frame's dict brought up
        /// to date (a function's own, a class body's namespace, a module's namespace), then the dict or its sorted keys.
        /// In a list, set or dict comprehension, NotImplementedError.
        /// </summary>
        private void AnswerFromFrame(string callable)
        {
            if (_e.IsInlinedComprehension)
            {
                _w.Line($"throw {FrameScopeType}.InComprehension({callable});");
                return;
            }
            if (_e._isModule) _w.Line($"__scope = {FrameScopeType}.ModuleDict(__mod);");
            else if (_e._isClassBody) _w.Line("__scope = __ns;");
            else _w.Line($"__scope = {FrameScopeType}.Dict(ref {_e.LocalsDict(_e._splitFrame)});");
            if (!_e._isModule)
            {
                foreach (var (name, local, cell) in FrameScopeCalls.Variables(Code, _e._isClassBody))
                {
                    string key = _e._layout.NameField(name);
                    _w.Line(local >= 0
                        ? $"{FrameScopeType}.Put(__ts, __scope, {key}, {_e.Local(local)});"
                        : $"{FrameScopeType}.PutCell(__ts, __scope, {key}, {_e.CellLocal(cell)});");
                }
            }
            _w.Line($"{{ __r = {FrameScopeType}.Answer(__ts, {callable}, __scope); {callable}.DecRef(); {callable} = __r; }}");
        }
    }
}
