using System.Collections.Generic;
using System.Threading;
using GilGen.Compiler.Binding;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Bytecode;

/// <summary>
/// AST to code objects, following CPython 3.9's Python/compile.c function for function: the same
/// basic blocks, the same instruction sequences, the same line-number bookkeeping (u_lineno_set),
/// so that the <see cref="Assembler"/> and <see cref="PeepholeOptimizer"/> produce CPython's bytes.
/// </summary>
internal sealed partial class CodeGenerator : SyntaxVisitor
{
    private const int MaxBlocks = 20; // CO_MAXBLOCKS

    private readonly SymbolTable _st;
    private readonly DiagnosticBag _diags;
    private readonly string _fileName;
    private readonly Stack<CompilerUnit> _stack = new();
    private CompilerUnit _u = null!;
    private int _doNotEmit;

    private readonly CancellationToken _cancellationToken;

    private readonly FutureFeatures _future;

    private CodeGenerator(SymbolTable st, DiagnosticBag diags, string fileName, FutureFeatures future, CancellationToken cancellationToken)
    {
        _st = st; _diags = diags; _fileName = fileName; _future = future; _cancellationToken = cancellationToken;
    }

    /// <summary>Compiles a module; null when an error was reported.</summary>
    public static CodeObject? Compile(ModuleSyntax module, SymbolTable st, DiagnosticBag diags, string fileName, FutureFeatures future, CancellationToken cancellationToken = default)
    {
        var gen = new CodeGenerator(st, diags, fileName, future, cancellationToken);
        int errorsBefore = diags.ErrorCount;
        gen.EnterScope("<module>", UnitKind.Module, module, 1);
        gen.CompileBody(module.Body);
        var co = gen.Assemble(addNone: true);
        gen.ExitScope();
        return diags.ErrorCount > errorsBefore ? null : co;
    }

    // ---------------------------------------------------------------- units

    private void EnterScope(string name, UnitKind kind, SyntaxNode node, int lineno)
    {
        // Inside a class body and everything nested in it, __names are mangled with the class name.
        var unit = new CompilerUnit(_st[node], name, kind, lineno, kind == UnitKind.Class ? name : _u?.Private);
        if (_u != null) _stack.Push(_u);
        _u = unit;
        SetQualName();
    }

    private void ExitScope()
    {
        _u = _stack.Count > 0 ? _stack.Pop() : null!;
    }

    /// <summary>compiler_set_qualname.</summary>
    private void SetQualName()
    {
        string? baseName = null;
        if (_stack.Count > 0 && _stack.Peek().Kind != UnitKind.Module)
        {
            var parent = _stack.Peek();
            bool forceGlobal = false;
            if (_u.Kind is UnitKind.Function or UnitKind.Class)
            {
                string mangled = SymbolTable.Mangle(parent.Private, _u.Name);
                if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit) forceGlobal = true;
            }
            if (!forceGlobal)
                baseName = parent.Kind is UnitKind.Function or UnitKind.Lambda ? parent.QualName + ".<locals>" : parent.QualName;
        }
        _u.QualName = baseName != null ? baseName + "." + _u.Name : _u.Name;
    }

    private void Error(string message, SyntaxNode node) => _diags.Error(DiagnosticIds.SyntaxError, message, node);

    /// <summary>
    /// A node kind the parser produces but code generation does not handle yet: a located
    /// "unsupported construct", never silently nothing.
    /// </summary>
    public override void DefaultVisit(SyntaxNode node)
        => _diags.Error(DiagnosticIds.UnsupportedConstruct, $"GilGen's compiler does not support {SyntaxKindName(node)} yet", node);

    private static string SyntaxKindName(SyntaxNode node)
    {
        var name = node.GetType().Name;
        foreach (var suffix in new[] { "Stmt", "Expr", "Syntax" })
            if (name.EndsWith(suffix, System.StringComparison.Ordinal)) return name.Substring(0, name.Length - suffix.Length);
        return name;
    }

    // ---------------------------------------------------------------- emission primitives

    private BasicBlock NewBlock() => _u.NewBlock();

    private void UseNextBlock(BasicBlock block)
    {
        _u.Current.Next = block;
        _u.Current = block;
    }

    private void NextBlock() => UseNextBlock(NewBlock());

    private void SetLineNo(Instr i)
    {
        if (_u.LineNoSet) return;
        _u.LineNoSet = true;
        i.Line = _u.LineNo;
    }

    private void AddOp(Opcode op, int arg = 0)
    {
        if (_doNotEmit > 0) return;
        var i = new Instr(op, arg, null, 0);
        _u.Current.Instrs.Add(i);
        if (op == Opcode.RETURN_VALUE) _u.Current.Return = true;
        SetLineNo(i);
    }

    private void AddJump(Opcode op, BasicBlock target)
    {
        if (_doNotEmit > 0) return;
        var i = new Instr(op, 0, target, 0);
        _u.Current.Instrs.Add(i);
        SetLineNo(i);
    }

    private void LoadConst(Constant c)
    {
        if (_doNotEmit > 0) return;
        AddOp(Opcode.LOAD_CONST, _u.AddConst(c));
    }

    /// <summary>ADDOP_NAME: the name is mangled.</summary>
    private void AddOpName(Opcode op, string name)
    {
        if (_doNotEmit > 0) return;
        AddOp(op, _u.Names.Add(SymbolTable.Mangle(_u.Private, name)));
    }

    /// <summary>ADDOP_N on co_names: not mangled.</summary>
    private void AddOpNameRaw(Opcode op, string name)
    {
        if (_doNotEmit > 0) return;
        AddOp(op, _u.Names.Add(name));
    }

    private static readonly Constant Zero = Constant.Int(0);

    // ---------------------------------------------------------------- names

    private enum OpType { Fast, Global, Deref, Name }

    /// <summary>compiler_nameop: picks FAST/GLOBAL/DEREF/NAME from the symbol's scope.</summary>
    private void NameOp(string name, ExprContext ctx)
    {
        string mangled = SymbolTable.Mangle(_u.Private, name);
        var scope = _u.Ste.GetScope(mangled);
        var optype = OpType.Name;
        NameTable dict = _u.Names;
        bool isFunction = _u.Ste.Type == ScopeType.Function;
        switch (scope)
        {
            case SymbolScope.Free: dict = _u.FreeVars; optype = OpType.Deref; break;
            case SymbolScope.Cell: dict = _u.CellVars; optype = OpType.Deref; break;
            case SymbolScope.Local: if (isFunction) optype = OpType.Fast; break;
            case SymbolScope.GlobalImplicit: if (isFunction) optype = OpType.Global; break;
            case SymbolScope.GlobalExplicit: optype = OpType.Global; break;
        }
        Opcode op;
        switch (optype)
        {
            case OpType.Deref:
                op = ctx switch
                {
                    ExprContext.Load => _u.Ste.Type == ScopeType.Class ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF,
                    ExprContext.Store => Opcode.STORE_DEREF,
                    _ => Opcode.DELETE_DEREF,
                };
                break;
            case OpType.Fast:
                op = ctx switch { ExprContext.Load => Opcode.LOAD_FAST, ExprContext.Store => Opcode.STORE_FAST, _ => Opcode.DELETE_FAST };
                if (_doNotEmit > 0) return;
                AddOp(op, _u.VarNames.Add(mangled));
                return;
            case OpType.Global:
                op = ctx switch { ExprContext.Load => Opcode.LOAD_GLOBAL, ExprContext.Store => Opcode.STORE_GLOBAL, _ => Opcode.DELETE_GLOBAL };
                break;
            default:
                op = ctx switch { ExprContext.Load => Opcode.LOAD_NAME, ExprContext.Store => Opcode.STORE_NAME, _ => Opcode.DELETE_NAME };
                break;
        }
        // As compile.c, the name is recorded even in code that is not emitted.
        int arg = dict.Add(mangled);
        AddOp(op, arg);
    }

    // ---------------------------------------------------------------- bodies, functions, classes

    private static string? GetDocString(List<StmtSyntax> body)
        => body.Count > 0 && body[0] is ExprStmt { Value: ConstantExpr { Value.Kind: ConstantKind.Str } c } ? c.Value.StrValue : null;

    /// <summary>compiler_body: module and class bodies (the docstring goes to __doc__).</summary>
    private void CompileBody(List<StmtSyntax> stmts)
    {
        if (_u.Kind == UnitKind.Module && _u.LineNo == 0 && stmts.Count > 0) _u.LineNo = stmts[0].Line;
        if (FindAnnotation(stmts)) AddOp(Opcode.SETUP_ANNOTATIONS);
        if (stmts.Count == 0) return;
        int i = 0;
        var doc = GetDocString(stmts);
        if (doc != null)
        {
            i = 1;
            VisitExpr(((ExprStmt)stmts[0]).Value);
            NameOp("__doc__", ExprContext.Store);
        }
        for (; i < stmts.Count; i++) VisitStmt(stmts[i]);
    }

    /// <summary>find_ann: an annotated assignment anywhere in the body but nested defs and classes.</summary>
    private static bool FindAnnotation(List<StmtSyntax> stmts)
    {
        foreach (var st in stmts)
        {
            bool found = st switch
            {
                AnnAssignStmt => true,
                ForStmt f => FindAnnotation(f.Body) || FindAnnotation(f.OrElse),
                WhileStmt w => FindAnnotation(w.Body) || FindAnnotation(w.OrElse),
                IfStmt i => FindAnnotation(i.Body) || FindAnnotation(i.OrElse),
                WithStmt wi => FindAnnotation(wi.Body),
                TryStmt t => t.Handlers.Exists(h => FindAnnotation(h.Body)) || FindAnnotation(t.Body)
                    || FindAnnotation(t.FinalBody) || FindAnnotation(t.OrElse),
                _ => false,
            };
            if (found) return true;
        }
        return false;
    }

    /// <summary>compile.c's assemble(): every block that falls off the end returns None.</summary>
    private CodeObject Assemble(bool addNone)
    {
        if (!_u.Current.Return)
        {
            NextBlock();
            if (addNone) LoadConst(Constant.None);
            AddOp(Opcode.RETURN_VALUE);
        }
        return Assembler.Assemble(_u, _fileName, _future.Flags);
    }

    /// <summary>compiler_default_arguments: pushes defaults and keyword-only defaults; returns MAKE_FUNCTION flags.</summary>
    private int DefaultArguments(ArgumentsSyntax args)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            AddOp(Opcode.BUILD_TUPLE, args.Defaults.Count);
            flags |= 0x01;
        }
        var keys = new List<Constant>();
        for (int i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            var def = args.KwDefaults[i];
            if (def == null) continue;
            keys.Add(Constant.Str(SymbolTable.Mangle(_u.Private, args.KwOnlyArgs[i].Name)));
            VisitExpr(def);
        }
        if (keys.Count > 0)
        {
            LoadConst(Constant.Tuple(keys));
            AddOp(Opcode.BUILD_CONST_KEY_MAP, keys.Count);
            flags |= 0x02;
        }
        return flags;
    }

    /// <summary>compiler_make_closure.</summary>
    private void MakeClosure(CodeObject co, int flags, string qualName)
    {
        if (co.FreeVars.Count > 0)
        {
            foreach (var name in co.FreeVars)
            {
                // A class may hold a name both as a local and as a free variable of its methods.
                var scope = _u.Ste.GetScope(name);
                int arg = scope == SymbolScope.Cell ? _u.CellVars.IndexOf(name) : _u.FreeVars.IndexOf(name);
                if (arg < 0) arg = _u.CellVars.IndexOf(name) >= 0 ? _u.CellVars.IndexOf(name) : _u.FreeVars.Add(name);
                AddOp(Opcode.LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            AddOp(Opcode.BUILD_TUPLE, co.FreeVars.Count);
        }
        LoadConst(Constant.FromCode(co));
        LoadConst(Constant.Str(qualName));
        AddOp(Opcode.MAKE_FUNCTION, flags);
    }

    /// <summary>compiler_visit_annotations: pushes the dict of parameter and return annotations, if any.</summary>
    private bool VisitAnnotations(ArgumentsSyntax args, ExprSyntax? returns)
    {
        var names = new List<Constant>();
        // CPython 3.9's order: ordinary parameters before positional-only ones.
        foreach (var p in args.Args) VisitArgAnnotation(p.Name, p.Annotation, names);
        foreach (var p in args.PosOnlyArgs) VisitArgAnnotation(p.Name, p.Annotation, names);
        if (args.VarArg != null) VisitArgAnnotation(args.VarArg.Name, args.VarArg.Annotation, names);
        foreach (var p in args.KwOnlyArgs) VisitArgAnnotation(p.Name, p.Annotation, names);
        if (args.KwArg != null) VisitArgAnnotation(args.KwArg.Name, args.KwArg.Annotation, names);
        VisitArgAnnotation("return", returns, names);
        if (names.Count == 0) return false;
        LoadConst(Constant.Tuple(names));
        AddOp(Opcode.BUILD_CONST_KEY_MAP, names.Count);
        return true;
    }

    private void VisitArgAnnotation(string name, ExprSyntax? annotation, List<Constant> names)
    {
        if (annotation == null) return;
        VisitAnnotation(annotation);
        names.Add(Constant.Str(SymbolTable.Mangle(_u.Private, name)));
    }

    /// <summary>The annotation's value, or under <c>from __future__ import annotations</c> its source text (annexpr).</summary>
    private void VisitAnnotation(ExprSyntax annotation)
    {
        if (!_future.Annotations)
        {
            VisitExpr(annotation);
            return;
        }
        var text = Syntax.AnnotationUnparser.Unparse(annotation);
        if (text == null)
        {
            _diags.Error(DiagnosticIds.UnsupportedConstruct,
                "this annotation under 'from __future__ import annotations' is not supported by GilGen yet", annotation);
            text = "";
        }
        LoadConst(Constant.Str(text));
    }

    /// <summary>compiler_decorators: each decorator is evaluated before the function or class.</summary>
    private int VisitDecorators(List<ExprSyntax> decorators, int line)
    {
        foreach (var d in decorators) VisitExpr(d);
        return decorators.Count > 0 ? decorators[0].Line : line;
    }

    /// <summary>Applies the decorators, innermost (last written) first.</summary>
    private void ApplyDecorators(List<ExprSyntax> decorators)
    {
        for (int i = 0; i < decorators.Count; i++) AddOp(Opcode.CALL_FUNCTION, 1);
    }

    private void CompileFunction(FunctionDefStmt s)
    {
        int firstLine = VisitDecorators(s.DecoratorList, s.Line);
        int flags = DefaultArguments(s.Args);
        if (VisitAnnotations(s.Args, s.Returns)) flags |= 0x04;
        EnterScope(s.Name, UnitKind.Function, s, firstLine);
        var doc = GetDocString(s.Body);
        _u.AddConst(doc != null ? Constant.Str(doc) : Constant.None);
        _u.ArgCount = s.Args.Args.Count;
        _u.PosOnlyArgCount = s.Args.PosOnlyArgs.Count;
        _u.KwOnlyArgCount = s.Args.KwOnlyArgs.Count;
        for (int i = doc != null ? 1 : 0; i < s.Body.Count; i++) VisitStmt(s.Body[i]);
        var co = Assemble(addNone: true);
        string qualName = _u.QualName;
        ExitScope();
        if (co == null) return;
        MakeClosure(co, flags, qualName);
        ApplyDecorators(s.DecoratorList);
        NameOp(s.Name, ExprContext.Store);
    }

    private void CompileLambda(LambdaExpr e)
    {
        int flags = DefaultArguments(e.Args);
        EnterScope("<lambda>", UnitKind.Lambda, e, e.Line);
        // None first, so a lambda never has a docstring.
        _u.AddConst(Constant.None);
        _u.ArgCount = e.Args.Args.Count;
        _u.PosOnlyArgCount = e.Args.PosOnlyArgs.Count;
        _u.KwOnlyArgCount = e.Args.KwOnlyArgs.Count;
        VisitExpr(e.Body);
        AddOp(Opcode.RETURN_VALUE);
        var co = Assemble(addNone: true);
        string qualName = _u.QualName;
        ExitScope();
        if (co == null) return;
        MakeClosure(co, flags, qualName);
    }

    private void CompileClass(ClassDefStmt s)
    {
        int firstLine = VisitDecorators(s.DecoratorList, s.Line);
        EnterScope(s.Name, UnitKind.Class, s, firstLine);
        var unit = _u;
        NameOp("__name__", ExprContext.Load);
        NameOp("__module__", ExprContext.Store);
        LoadConst(Constant.Str(_u.QualName));
        NameOp("__qualname__", ExprContext.Store);
        CompileBody(s.Body);
        if (_u.Ste.NeedsClassClosure)
        {
            AddOp(Opcode.LOAD_CLOSURE, _u.CellVars.IndexOf("__class__"));
            AddOp(Opcode.DUP_TOP);
            NameOp("__classcell__", ExprContext.Store);
        }
        else LoadConst(Constant.None);
        AddOp(Opcode.RETURN_VALUE);
        var co = Assemble(addNone: true);
        ExitScope();
        if (co == null) return;
        AddOp(Opcode.LOAD_BUILD_CLASS);
        MakeClosure(co, 0, co.Name);
        LoadConst(Constant.Str(s.Name));
        CallHelper(2, s.Bases, s.Keywords);
        ApplyDecorators(s.DecoratorList);
        NameOp(s.Name, ExprContext.Store);
    }

    private void CompileComprehension(ComprehensionExpr e)
    {
        string name = e.Kind switch
        {
            ComprehensionKind.List => "<listcomp>",
            ComprehensionKind.Set => "<setcomp>",
            ComprehensionKind.Dict => "<dictcomp>",
            _ => "<genexpr>",
        };
        var outermost = e.Generators[0];
        bool inAsyncFunction = _u.Ste.IsCoroutine;
        EnterScope(name, UnitKind.Comprehension, e, e.Line);
        bool isAsync = _u.Ste.IsCoroutine;
        if (isAsync && !inAsyncFunction && e.Kind != ComprehensionKind.Generator)
        {
            Error("asynchronous comprehension outside of an asynchronous function", e);
            ExitScope();
            return;
        }
        if (e.Kind != ComprehensionKind.Generator)
            AddOp(e.Kind == ComprehensionKind.List ? Opcode.BUILD_LIST : e.Kind == ComprehensionKind.Set ? Opcode.BUILD_SET : Opcode.BUILD_MAP, 0);
        ComprehensionGenerator(e, 0);
        if (e.Kind != ComprehensionKind.Generator) AddOp(Opcode.RETURN_VALUE);
        var co = Assemble(addNone: true);
        string qualName = _u.QualName;
        ExitScope();
        if (co == null) return;
        MakeClosure(co, 0, qualName);
        VisitExpr(outermost.Iter);
        AddOp(outermost.IsAsync ? Opcode.GET_AITER : Opcode.GET_ITER);
        AddOp(Opcode.CALL_FUNCTION, 1);
        if (isAsync && e.Kind != ComprehensionKind.Generator) AwaitTop();
    }

    /// <summary>compiler_comprehension_generator: each clause as compiler_sync_ or compiler_async_comprehension_generator.</summary>
    private void ComprehensionGenerator(ComprehensionExpr e, int genIndex)
    {
        if (e.Generators[genIndex].IsAsync) AsyncComprehensionGenerator(e, genIndex);
        else SyncComprehensionGenerator(e, genIndex);
    }

    /// <summary>The innermost clause's work: yield, or append/add/store into the collection being built.</summary>
    private void ComprehensionElement(ComprehensionExpr e, int depth)
    {
        switch (e.Kind)
        {
            case ComprehensionKind.Generator:
                VisitExpr(e.Elt);
                AddOp(Opcode.YIELD_VALUE);
                AddOp(Opcode.POP_TOP);
                break;
            case ComprehensionKind.List:
                VisitExpr(e.Elt);
                AddOp(Opcode.LIST_APPEND, depth + 1);
                break;
            case ComprehensionKind.Set:
                VisitExpr(e.Elt);
                AddOp(Opcode.SET_ADD, depth + 1);
                break;
            default:
                VisitExpr(e.Elt);
                VisitExpr(e.Value!);
                AddOp(Opcode.MAP_ADD, depth + 1);
                break;
        }
    }

    /// <summary>compiler_async_comprehension_generator: __anext__ awaited under SETUP_FINALLY, END_ASYNC_FOR at the end.</summary>
    private void AsyncComprehensionGenerator(ComprehensionExpr e, int genIndex)
    {
        var start = NewBlock();
        var except = NewBlock();
        var ifCleanup = NewBlock();
        var gen = e.Generators[genIndex];
        if (genIndex == 0)
        {
            _u.ArgCount = 1;
            AddOp(Opcode.LOAD_FAST, 0);
        }
        else
        {
            VisitExpr(gen.Iter);
            AddOp(Opcode.GET_AITER);
        }
        UseNextBlock(start);
        if (!PushFBlock(FBlockType.AsyncComprehensionGenerator, start, null, null, e)) return;
        AddJump(Opcode.SETUP_FINALLY, except);
        AddOp(Opcode.GET_ANEXT);
        LoadConst(Constant.None);
        AddOp(Opcode.YIELD_FROM);
        AddOp(Opcode.POP_BLOCK);
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs)
        {
            JumpIf(cond, ifCleanup, false);
            NextBlock();
        }
        if (++genIndex < e.Generators.Count) ComprehensionGenerator(e, genIndex);
        if (genIndex >= e.Generators.Count) ComprehensionElement(e, genIndex);
        UseNextBlock(ifCleanup);
        AddJump(Opcode.JUMP_ABSOLUTE, start);
        PopFBlock();
        UseNextBlock(except);
        AddOp(Opcode.END_ASYNC_FOR);
    }

    /// <summary>compiler_sync_comprehension_generator.</summary>
    private void SyncComprehensionGenerator(ComprehensionExpr e, int genIndex)
    {
        var start = NewBlock();
        var skip = NewBlock();
        var ifCleanup = NewBlock();
        var anchor = NewBlock();
        var gen = e.Generators[genIndex];
        if (genIndex == 0)
        {
            // The outermost iterator arrives as the implicit argument .0.
            _u.ArgCount = 1;
            AddOp(Opcode.LOAD_FAST, 0);
        }
        else
        {
            VisitExpr(gen.Iter);
            AddOp(Opcode.GET_ITER);
        }
        UseNextBlock(start);
        AddJump(Opcode.FOR_ITER, anchor);
        NextBlock();
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs)
        {
            JumpIf(cond, ifCleanup, false);
            NextBlock();
        }
        if (++genIndex < e.Generators.Count) ComprehensionGenerator(e, genIndex);
        if (genIndex >= e.Generators.Count)
        {
            ComprehensionElement(e, genIndex);
            UseNextBlock(skip);
        }
        UseNextBlock(ifCleanup);
        AddJump(Opcode.JUMP_ABSOLUTE, start);
        UseNextBlock(anchor);
    }
}
