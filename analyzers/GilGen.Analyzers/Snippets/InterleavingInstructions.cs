using System;
using System.Collections.Generic;
using System.Text;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// The CPython 3.9 instructions of a read-modify-write, from the one that loads the target to the
/// one that stores it back (<c>LOAD_GLOBAL n, LOAD_CONST 1, INPLACE_ADD, STORE_GLOBAL n</c>),
/// taken from GilGen's own bytecode compiler — the code the generated C# runs — and printed as
/// <c>dis</c> prints them, so they are exactly what <c>python3.9 -m dis</c> shows.
/// </summary>
/// <remarks>
/// Instructions carry a line but no column, so the statement's instructions are those of its
/// lines; when other code shares the line (<c>if n: n += 1</c>), the loads of the same target
/// that run before the statement's own are counted from the syntax and skipped.
/// </remarks>
internal sealed class InterleavingInstructions
{
    private readonly CodeObject? _module;
    private readonly string _text;
    private readonly Dictionary<CodeObject, string[]> _disLines = new();

    /// <summary>Creates the lookup for a snippet compiled to <paramref name="module"/> (null when it did not compile).</summary>
    public InterleavingInstructions(CodeObject? module, string text)
    {
        _module = module; _text = text;
    }

    /// <summary>
    /// "LOAD_GLOBAL n, LOAD_CONST 1, INPLACE_ADD, STORE_GLOBAL n" for <paramref name="write"/> in
    /// <paramref name="function"/>; null when the code is not available or the instructions cannot
    /// be told apart (the caller then words the message from the syntax).
    /// </summary>
    public string? Describe(ReadModifyWrite write, FunctionDefStmt function)
    {
        var code = _module is null ? null : FindCode(_module, function);
        if (code is null) return null;
        var (first, last) = (write.Statement.Line, LineOf(Math.Max(write.Statement.Start, write.Statement.End - 1)));

        var range = new List<Instruction>();
        foreach (var i in code.Instructions) if (i.Line >= first && i.Line <= last) range.Add(i);
        var names = ArgumentTexts(code);

        var skip = CountEarlierReads(write, function, first, last);
        var start = -1;
        for (var i = 0; i < range.Count; i++)
        {
            if (!IsRead(range[i], write.Target, names)) continue;
            if (skip-- == 0) { start = i; break; }
        }
        if (start < 0) return null;
        var end = -1;
        for (var i = start + 1; i < range.Count; i++)
        {
            if (IsStore(range[i], write.Target, names)) { end = i; break; }
        }
        if (end < 0) return null;

        var text = new StringBuilder();
        for (var i = start; i <= end; i++)
        {
            if (i > start) text.Append(", ");
            text.Append(range[i].Opcode.ToString());
            var argument = names.TryGetValue(range[i].Offset, out var a) ? a : "";
            if (argument.Length > 0) text.Append(' ').Append(argument);
        }
        return text.ToString();
    }

    // A def's code object: nested in the module's (or a class body's, or another def's) constants.
    private static CodeObject? FindCode(CodeObject code, FunctionDefStmt function)
    {
        foreach (var c in code.Constants)
        {
            if (c.Kind != ConstantKind.Code || c.Code is not CodeObject nested) continue;
            if (nested.Name == function.Name && nested.FirstLineNo == function.Line) return nested;
            if (FindCode(nested, function) is CodeObject found) return found;
        }
        return null;
    }

    // dis's text for each instruction's argument ("n", "1", "'text'"), by offset, from the
    // compiler's own Disassembler: one line per instruction, "(argrepr)" last on it.
    private Dictionary<int, string> ArgumentTexts(CodeObject code)
    {
        if (!_disLines.TryGetValue(code, out var lines))
        {
            var dis = new StringBuilder();
            Disassembler.Disassemble(code, _ => "0x0", dis);
            lines = dis.ToString().Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
            _disLines[code] = lines;
        }
        var texts = new Dictionary<int, string>();
        if (lines.Length != code.Instructions.Count) return texts; // not the layout expected: names only
        for (var i = 0; i < lines.Length; i++)
        {
            var instruction = code.Instructions[i];
            var line = lines[i];
            var name = " " + instruction.Opcode + " ";
            var at = (line + " ").IndexOf(name, StringComparison.Ordinal);
            if (at < 0) continue;
            var rest = line.Substring(Math.Min(line.Length, at + name.Length));
            var open = rest.IndexOf('(');
            texts[instruction.Offset] = open >= 0 && rest.EndsWith(")", StringComparison.Ordinal)
                ? rest.Substring(open + 1, rest.Length - open - 2)
                : "";
        }
        return texts;
    }

    // Does this instruction read the target's current value?
    private static bool IsRead(Instruction instruction, ExprSyntax target, Dictionary<int, string> names) => target switch
    {
        NameExpr name => instruction.Opcode is Opcode.LOAD_GLOBAL or Opcode.LOAD_NAME or Opcode.LOAD_DEREF or Opcode.LOAD_CLASSDEREF or Opcode.LOAD_FAST
                         && Argument(instruction, names) == name.Id,
        AttributeExpr attribute => instruction.Opcode is Opcode.LOAD_ATTR or Opcode.LOAD_METHOD && Argument(instruction, names) == attribute.Attr,
        SubscriptExpr => instruction.Opcode == Opcode.BINARY_SUBSCR,
        _ => false,
    };

    // Does this instruction store the target?
    private static bool IsStore(Instruction instruction, ExprSyntax target, Dictionary<int, string> names) => target switch
    {
        NameExpr name => instruction.Opcode is Opcode.STORE_GLOBAL or Opcode.STORE_NAME or Opcode.STORE_DEREF or Opcode.STORE_FAST
                         && Argument(instruction, names) == name.Id,
        AttributeExpr attribute => instruction.Opcode == Opcode.STORE_ATTR && Argument(instruction, names) == attribute.Attr,
        SubscriptExpr => instruction.Opcode == Opcode.STORE_SUBSCR,
        _ => false,
    };

    private static string Argument(Instruction instruction, Dictionary<int, string> names)
        => names.TryGetValue(instruction.Offset, out var text) ? text : "";

    // How many reads of the same kind run, on the statement's lines, before the statement reads its
    // target: code before it on its first line (an if or for header, an earlier statement after a
    // semicolon), and the reads inside the statement that evaluate the target's own parts or
    // operands to its left.
    private static int CountEarlierReads(ReadModifyWrite write, FunctionDefStmt function, int first, int last)
    {
        var count = 0;
        foreach (var node in NodesOfCode(function))
        {
            if (node.Start >= write.Statement.Start || node.Line < first || node.Line > last) continue;
            if (Contains(write.Statement, node)) continue;
            if (ReadsLike(node, write.Target)) count++;
        }
        var reads = new List<SyntaxNode>();
        CollectReads(write.Statement, write, reads);
        foreach (var r in reads)
        {
            if (r == write.Read) break;
            if (ReadsLike(r, write.Target)) count++;
        }
        return count;
    }

    // Post-order, as the bytecode runs: an expression's parts before the expression itself; for
    // "t op= v", t's parts, then the read of t, then v.
    private static void CollectReads(SyntaxNode node, ReadModifyWrite write, List<SyntaxNode> reads)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is LambdaExpr or ComprehensionExpr) return; // their own code objects
        if (node is AugAssignStmt aug)
        {
            foreach (var child in aug.Target.ChildNodes()) CollectReads(child, write, reads);
            reads.Add(aug.Target);
            CollectReads(aug.Value, write, reads);
            return;
        }
        foreach (var child in node.ChildNodes()) CollectReads(child, write, reads);
        if (node is ExprSyntax e && IsLoad(e)) reads.Add(node);
    }

    private static bool IsLoad(ExprSyntax e) => e switch
    {
        NameExpr n => n.Ctx == ExprContext.Load,
        AttributeExpr a => a.Ctx == ExprContext.Load,
        SubscriptExpr s => s.Ctx == ExprContext.Load,
        _ => false,
    };

    // A node that compiles to the same kind of read as the target's (same name, same attribute, any subscript).
    private static bool ReadsLike(SyntaxNode node, ExprSyntax target) => (node, target) switch
    {
        (NameExpr n, NameExpr t) => n.Ctx == ExprContext.Load && n.Id == t.Id,
        (AttributeExpr a, AttributeExpr t) => a.Ctx == ExprContext.Load && a.Attr == t.Attr,
        (SubscriptExpr s, SubscriptExpr) => s.Ctx == ExprContext.Load,
        // An augmented assignment reads its target too.
        (AugAssignStmt aug, _) => (aug.Target, target) switch
        {
            (NameExpr n, NameExpr t) => n.Id == t.Id,
            (AttributeExpr a, AttributeExpr t) => a.Attr == t.Attr,
            (SubscriptExpr, SubscriptExpr) => true,
            _ => false,
        },
        _ => false,
    };

    private static bool Contains(SyntaxNode outer, SyntaxNode inner) => inner.Start >= outer.Start && inner.End <= outer.End && inner != outer;

    // The nodes compiled into the def's own code object: not nested defs, classes, lambdas, comprehensions.
    private static IEnumerable<SyntaxNode> NodesOfCode(FunctionDefStmt function)
    {
        var walk = new OwnCode();
        walk.VisitEach(function.Body);
        return walk.Nodes;
    }

    private sealed class OwnCode : SyntaxWalker
    {
        public List<SyntaxNode> Nodes { get; } = new();

        public override void Visit(SyntaxNode? node)
        {
            if (node is null) return;
            Nodes.Add(node);
            if (PythonSyntax.IsScope(node) || node is ComprehensionExpr) return;
            base.Visit(node);
        }
    }

    private int LineOf(int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < _text.Length; i++)
        {
            if (_text[i] == '\n' || (_text[i] == '\r' && (i + 1 >= _text.Length || _text[i + 1] != '\n'))) line++;
        }
        return line;
    }
}
