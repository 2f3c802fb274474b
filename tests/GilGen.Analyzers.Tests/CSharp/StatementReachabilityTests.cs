using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GilGen.Analyzers.CSharp;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>
/// <see cref="StatementReachability"/> answers as C#'s flow analysis does for every statement, while it asks flow
/// analysis only where the syntax cannot show that a statement is reached.
/// </summary>
public sealed class StatementReachabilityTests
{
    // Statements after jumps, under constant conditions (literal, named, folded into && || ! ?:), after loops that
    // never end, in switch sections, after labels, with throw expressions, in lambdas and local functions.
    private const string Tricky = """
        using System;
        using System.Collections.Generic;
        class Tricky
        {
            const bool Off = false;
            const bool On = true;
            int x;
            IEnumerable<int> Items() { yield return 1; x++; yield break; x++; }
            void AfterReturn() { x++; return; x++; }
            void AfterThrow() { throw new Exception(); x++; }
            void UnderConstants(bool b)
            {
                if (false) x++;
                if (Off) x++;
                if (b && Off) x++;
                if (On || b) x++; else x++;
                if (!On) x++;
                if (b ? false : false) x++;
                while (false) x++;
                for (; Off;) x++;
                if (b) x++; else x++;
                x++;
            }
            void AfterEndlessLoops(bool b)
            {
                while (true) { if (b) break; }
                x++;
                for (;;) { }
                x++;
            }
            void AfterEndlessDo() { do { x++; } while (true); x++; }
            void AfterIfElseThatJumps(bool b) { if (b) return; else throw new Exception(); x++; }
            void AfterIfThatMayNotJump(bool b) { if (b) return; x++; }
            void Switches(int k)
            {
                switch (k) { case 1: x++; break; default: return; }
                x++;
                switch (k) { case 1: return; default: return; }
                x++;
            }
            void Labels(bool b)
            {
                goto next;
                x++;
            next:
                x++;
                if (b) goto next;
            }
            void TryFinally()
            {
                try { x++; } finally { x++; }
                x++;
                try { return; } catch (Exception) { x++; }
                x++;
                try { x++; } catch (Exception) when (false) { x++; }
                try { return; } finally { x++; }
                x++;
            }
            void ThrowExpressions(object o)
            {
                _ = o ?? throw new Exception();
                x++;
                _ = true ? throw new Exception() : 0;
                x++;
            }
            void Nested(bool b)
            {
                lock (this) { using (var d = (IDisposable)null) { checked { x++; } } }
                foreach (var i in new int[0]) { if (b) continue; x++; }
                Action a = () => { return; x++; };
                void Local() { x++; }
                return;
                void AfterReturn() { x++; }
            }
            void Patterns(object o)
            {
                if (o is var v) return;
                x++;
                if (o is not null) x++;
            }
        }
        """;

    [Fact]
    public void Answers_as_flow_analysis_does_on_tricky_code()
    {
        var (agreed, shortcut, total, unreachable) = Compare([Tricky]);
        Assert.Equal(total, agreed);
        Assert.True(unreachable >= 20, $"only {unreachable} statements of the tricky code are unreachable");
        Assert.True(shortcut > 0 && shortcut < total, $"the shortcut answered {shortcut} of {total} statements");
    }

    [Fact]
    public void Answers_as_flow_analysis_does_on_the_labelled_corpus_and_mostly_without_it()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "tests", "GilGen.Analyzers.Tests", "Corpus", "csharp");
        var sources = Directory.EnumerateFiles(folder, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.True(sources.Count >= 300, $"expected the labelled corpus in {folder}");

        var (agreed, shortcut, total, _) = Compare(sources);

        Assert.Equal(total, agreed);
        // The point of the shortcut: flow analysis is left for the few statements the syntax cannot settle.
        Assert.True(shortcut >= total * 9 / 10, $"the shortcut answered {shortcut} of {total} statements");
    }

    // For every statement in a member body: does StatementReachability agree with flow analysis, how many did its
    // syntactic shortcut settle on its own (never wrongly: where it answers, flow analysis must say reachable), and
    // how many are unreachable.
    private static (int Agreed, int Shortcut, int Total, int Unreachable) Compare(IReadOnlyList<string> sources)
    {
        int agreed = 0, shortcut = 0, total = 0, unreachable = 0;
        var failures = new List<string>();
        foreach (var source in sources)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
            var compilation = CSharpCompilation.Create("Reach", [tree], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var model = compilation.GetSemanticModel(tree);
            var reachability = new StatementReachability();
            foreach (var statement in tree.GetRoot().DescendantNodes().OfType<StatementSyntax>())
            {
                // A block or a local function's declaration is not a point that runs: IsReachable answers true for it by design.
                if (statement is BlockSyntax or LocalFunctionStatementSyntax || statement.Parent is GlobalStatementSyntax || model.GetOperation(statement) is not { } operation) continue;
                var flow = model.AnalyzeControlFlow(statement);
                bool expected = flow is null || !flow.Succeeded || flow.StartPointIsReachable;
                bool sure = reachability.IsSurelyReachable(statement, model);
                bool actual = reachability.IsReachable(operation);
                total++;
                if (sure) shortcut++;
                if (!expected) unreachable++;
                if (actual == expected && (!sure || expected)) agreed++;
                else failures.Add($"line {statement.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: `{statement}` flow analysis {expected}, shortcut {sure}, answer {actual}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        return (agreed, shortcut, total, unreachable);
    }
}
