using System.Collections.Generic;
using System.IO;
using System.Linq;
using GilGen.Analyzers.CSharp;
using GilGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>
/// <see cref="EvidentReachability"/> spares the C# rules a flow analysis per write; it must never call
/// reachable a statement that C#'s flow analysis calls unreachable, or dead code would be reported.
/// Checked on every statement of code made to trip it and of the labelled corpus's C# programs.
/// </summary>
public sealed class EvidentReachabilityTests
{
    private const string Tricky = """
        using System;
        using System.Threading;

        class Tricky
        {
            const bool Debug = false;
            int _n;
            object _gate = new();

            void AfterReturn() { _n++; return; _n++; }
            void AfterThrow() { throw new InvalidOperationException(); _n++; }
            void ConstantIf() { if (false) { _n++; } if (Debug) _n++; else _n--; }
            void ShortCircuit(bool x) { if (true || x) _n++; else _n--; if (false && x) { _n++; } }
            void Patterns(object o) { if (o is var _) _n++; else _n--; }
            void InfiniteLoop() { while (true) { _n++; } _n++; }
            void ForEver() { for (;;) { _n++; } _n++; }
            void WhileFalse() { while (false) { _n++; } do { _n++; } while (false); }
            void ThrowExpression(string? s) { var t = s ?? throw new ArgumentNullException(); _n++; _ = true ? throw new Exception() : 0; _n++; }
            void Nested(bool x)
            {
                lock (_gate)
                {
                    _n++;
                    if (x) { _n++; return; }
                    _n++;
                    try { _n++; } finally { _n--; }
                    using (var e = new ManualResetEvent(false)) { _n++; }
                    foreach (var c in "ab") { _n++; break; _n++; }
                }
                switch (_n) { case 1: _n++; break; default: return; }
                _n++;
            Label:
                _n++;
                goto Label;
            }
            void Lambda() { Action a = () => { _n++; return; _n++; }; Local(); void Local() { _n++; return; _n++; } }
            int Property { get { _n++; return _n; _n++; } }
        }
        """;

    [Fact]
    public void A_statement_called_evidently_reachable_is_reachable_by_flow_analysis()
    {
        var sources = new List<(string Name, string Text)> { ("Tricky.cs", Tricky) };
        var corpus = Path.Combine(GilGen.Tests.RepositoryRoot.Find(), "tests", "GilGen.Analyzers.Tests", "Corpus", "csharp");
        sources.AddRange(Directory.EnumerateFiles(corpus, "*.cs").OrderBy(f => f, System.StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));

        var evident = 0;
        var unreachable = 0;
        var wrong = new List<string>();
        foreach (var (name, text) in sources)
        {
            var tree = CSharpSyntaxTree.ParseText(text, TestProject.ParseOptions, name);
            var compilation = CSharpCompilation.Create("Reach", [tree], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var model = compilation.GetSemanticModel(tree);
            foreach (var statement in tree.GetRoot().DescendantNodes().OfType<StatementSyntax>())
            {
                if (statement is BlockSyntax or LocalFunctionStatementSyntax) continue;
                ControlFlowAnalysis? flow;
                try { flow = model.AnalyzeControlFlow(statement); }
                catch (System.ArgumentException) { continue; }
                if (flow is null || !flow.Succeeded) continue;
                if (!flow.StartPointIsReachable) unreachable++;
                if (!EvidentReachability.Of(statement, model, default)) continue;
                evident++;
                if (!flow.StartPointIsReachable)
                    wrong.Add($"{name}({statement.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {statement}");
            }
        }

        Assert.Empty(wrong);
        Assert.True(evident > 1000, $"only {evident} statements were evidently reachable: the shortcut spares too few flow analyses");
        Assert.True(unreachable >= 14, $"the tricky code has at least 14 unreachable statements, the flow analysis found {unreachable}");
    }
}
