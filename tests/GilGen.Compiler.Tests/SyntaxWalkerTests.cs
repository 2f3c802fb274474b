using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Tests;

/// <summary>
/// <see cref="SyntaxWalker"/>: the one traversal every pass uses reaches every node kind, and each
/// kind has its own visit method.
/// </summary>
public class SyntaxWalkerTests
{
    // One of each node kind the parser produces.
    private const string EveryKind = """
        import os.path as p, sys
        from threading import Lock
        '''doc'''
        x = y = 1
        x += 2
        del x
        def f(a, /, b=1, *args, c, d=2, **kw):
            global g
            def h():
                nonlocal a
                return a
            return h
        class C(object, metaclass=type):
            pass
        for i in range(3):
            if i and not i or i < 2 <= 3:
                continue
            elif -i:
                break
        else:
            pass
        while False:
            pass
        with open("f") as fh, open("g"):
            pass
        try:
            raise ValueError("v") from None
        except (ValueError, TypeError) as e:
            pass
        finally:
            pass
        assert x, "message"
        z = [q for q in range(3) if q]
        s = {1, 2}
        d = {"k": 1, **{}}
        t = (1, *s)
        l = [1, *t]
        u = x.attr[1:2:3]
        v = lambda w=1: w + 1
        r = f"{x!r:>{3}}"
        o = 1 if x else 2
        print(*t, sep="", **d)
        def gen(it):
            received = yield 1
            yield from it
        async def coro(a):
            return await a
        @deco
        def annotated(p: int) -> str:
            total: int = 0
            if (n := p) > 0:
                total = n
            return total
        """;

    private static readonly Type[] NodeKinds = typeof(SyntaxNode).Assembly.GetTypes()
        .Where(t => typeof(SyntaxNode).IsAssignableFrom(t) && !t.IsAbstract)
        .ToArray();

    private sealed class KindCollector : SyntaxWalker
    {
        public HashSet<Type> Seen { get; } = new();
        public List<string> Scopes { get; } = new();

        public override void Visit(SyntaxNode? node)
        {
            if (node is not null) Seen.Add(node.GetType());
            base.Visit(node);
        }

        protected override void EnterScope(SyntaxNode scopeNode) => Scopes.Add("enter " + scopeNode.GetType().Name);
        protected override void ExitScope(SyntaxNode scopeNode) => Scopes.Add("exit " + scopeNode.GetType().Name);
    }

    private static ModuleSyntax Parse(string source)
    {
        var result = PythonCompiler.Compile(source, "walker.py");
        Assert.NotNull(result.Syntax);
        return result.Syntax!;
    }

    [Fact]
    public void Every_node_kind_has_its_own_visit_method_and_accept()
    {
        Assert.True(NodeKinds.Length >= 50, "found only " + NodeKinds.Length + " node kinds");
        foreach (var kind in NodeKinds)
        {
            foreach (var visitor in new[] { typeof(SyntaxVisitor), typeof(SyntaxVisitor<int>) })
            {
                var method = visitor.GetMethod("Visit" + kind.Name, new[] { kind });
                Assert.True(method is { IsVirtual: true }, $"{visitor.Name} has no virtual Visit{kind.Name}({kind.Name})");
            }
            var accept = kind.GetMethod("Accept", new[] { typeof(SyntaxVisitor) });
            Assert.Equal(kind, accept!.DeclaringType);
        }
    }

    [Fact]
    public void The_walker_reaches_every_node_kind()
    {
        var walker = new KindCollector();
        walker.Visit(Parse(EveryKind));
        // The parser's stand-in for an expression it could not parse (no source makes one for sure).
        walker.Visit(new ErrorExpr());
        var missing = NodeKinds.Where(k => !walker.Seen.Contains(k)).Select(k => k.Name).OrderBy(n => n).ToList();
        Assert.True(missing.Count == 0, "not reached: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_kind_accepts_into_its_own_visit_method()
    {
        // Accept's body is one callvirt: it must name Visit<Kind>, not another kind's method.
        foreach (var kind in NodeKinds)
        {
            foreach (var visitor in new[] { typeof(SyntaxVisitor), typeof(SyntaxVisitor<>) })
            {
                var accept = kind.GetMethods().Single(m => m.Name == "Accept" && m.DeclaringType == kind
                    && (m.GetParameters()[0].ParameterType.IsGenericType ? typeof(SyntaxVisitor<>) : typeof(SyntaxVisitor)) == visitor);
                var il = accept.GetMethodBody()!.GetILAsByteArray()!;
                int at = Array.IndexOf(il, (byte)0x6F); // callvirt
                Assert.True(at >= 0, kind.Name + ".Accept makes no virtual call");
                var callee = kind.Module.ResolveMethod(BitConverter.ToInt32(il, at + 1),
                    accept.DeclaringType!.GetGenericArguments(), accept.GetGenericArguments());
                Assert.Equal("Visit" + kind.Name, callee!.Name);
            }
        }
    }

    [Fact]
    public void Scopes_are_entered_around_def_class_and_lambda_bodies()
    {
        var walker = new KindCollector();
        walker.Visit(Parse("def f(a=lambda: 1):\n    class C:\n        pass\n"));
        Assert.Equal(new[]
        {
            "enter LambdaExpr", "exit LambdaExpr",   // the default is evaluated outside f
            "enter FunctionDefStmt", "enter ClassDefStmt", "exit ClassDefStmt", "exit FunctionDefStmt",
        }, walker.Scopes);
    }

    [Fact]
    public void Children_come_in_evaluation_order()
    {
        var module = Parse("a[i] = b + c\nx = p if q else r\n");
        var assign = (AssignStmt)module.Body[0];
        Assert.Same(assign.Value, assign.ChildNodes()[0]);
        Assert.Same(assign.Targets[0], assign.ChildNodes()[1]);
        var ifExp = (IfExpExpr)((AssignStmt)module.Body[1]).Value;
        Assert.Equal(new[] { "q", "p", "r" }, ifExp.ChildNodes().Cast<NameExpr>().Select(n => n.Id));
    }

    [Fact]
    public void Compiling_does_not_change_the_parsed_tree()
    {
        var result = PythonCompiler.Compile("x = 2 * 3\ny = not (x is None)\nz = x in [1, 2]\nt = (1, 2)\nif __debug__:\n    pass\n", "fold.py");
        Assert.True(result.Success);
        var body = result.Syntax!.Body;
        var product = Assert.IsType<BinOpExpr>(((AssignStmt)body[0]).Value);
        Assert.Equal(BinaryOperator.Mult, product.Op);
        Assert.IsType<ConstantExpr>(product.Left);
        var not = Assert.IsType<UnaryOpExpr>(((AssignStmt)body[1]).Value);
        Assert.Equal(CompareOperator.Is, Assert.IsType<CompareExpr>(not.Operand).Ops.Single());
        Assert.IsType<ListExpr>(Assert.IsType<CompareExpr>(((AssignStmt)body[2]).Value).Comparators.Single());
        Assert.IsType<TupleExpr>(((AssignStmt)body[3]).Value);
        Assert.IsType<NameExpr>(((IfStmt)body[4]).Test);
        // The code object still has the folded constants.
        Assert.Contains(result.Module!.Constants, c => c.Kind == GilGen.Compiler.Bytecode.ConstantKind.Int && c.IntValue == 6);
    }

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node)
    {
        foreach (var child in node.ChildNodes())
        {
            yield return child;
            foreach (var d in Descendants(child)) yield return d;
        }
    }
}
