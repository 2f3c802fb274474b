using System;
using System.Collections.Generic;
using System.Linq;
using GilGen.Analyzers.Snippets;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.CodeFixes.Snippets;

/// <summary>
/// The Python side of GIL1001's fix, independent of how the snippet is written: wrap each racy
/// statement in <c>with lock:</c> (one level deeper, in the snippet's own indent unit; adjacent
/// racy statements of one block share one <c>with</c>), and make sure the module has the lock —
/// reuse a module-level <c>threading.Lock()</c>/<c>RLock()</c>, or add <c>lock = threading.Lock()</c>
/// after the leading imports (with <c>import threading</c> when the module does not import it).
/// </summary>
/// <remarks>
/// A <c>[GilFunction]</c> snippet gets the lock the same way: the generator accepts module-level
/// statements before its one <c>def</c> and runs them once per interpreter, so the lock is shared
/// by every call, which is what the fix needs. A statement that shares its line with other code
/// (<c>if x: n += 1</c>, <c>a = 1; n += 1</c>) would have to be split first: no fix is offered for it.
/// </remarks>
internal static class SnippetLockPlan
{
    private const string DefaultIndentUnit = "    ";

    /// <summary>The insertions that fix <paramref name="statements"/>, or null when none of them can be fixed.</summary>
    public static IReadOnlyList<SnippetInsertion>? Create(SnippetAnalysis analysis, IReadOnlyCollection<ISnippetStatement> statements)
    {
        var text = analysis.Text;
        var lines = LineStarts(text);
        var fixable = statements.Where(s => s.Wrapped.All(w => StandsAlone(text, w))).OrderBy(s => s.Statement.Start).ToList();
        if (fixable.Count == 0) return null;

        var insertions = new List<SnippetInsertion>();
        var lockName = ExistingLock(analysis, fixable);
        if (lockName is null)
        {
            lockName = FreshName(analysis);
            insertions.Add(LockDeclaration(analysis, lines, lockName));
        }

        var unit = IndentUnit(analysis.Module, text, lines);
        foreach (var group in AdjacentGroups(analysis.Module, fixable))
        {
            var first = group[0];
            var lastLine = LineOf(lines, Math.Max(group[group.Count - 1].Start, group[group.Count - 1].End - 1));
            var indent = text.Substring(lines[first.Line - 1], first.Start - lines[first.Line - 1]);
            insertions.Add(new SnippetInsertion(lines[first.Line - 1], new[] { indent + "with " + lockName + ":", unit }, first.Line));
            for (var line = first.Line + 1; line <= lastLine; line++)
            {
                if (!IsBlank(text, lines, line)) insertions.Add(new SnippetInsertion(lines[line - 1], new[] { unit }, line));
            }
        }
        return insertions.OrderBy(i => i.Offset).ToList();
    }

    // Only a statement alone on its lines can move into a with block without splitting them.
    private static bool StandsAlone(string text, StmtSyntax statement)
    {
        for (var i = statement.Start - 1; i >= 0 && text[i] is not ('\n' or '\r'); i--)
            if (text[i] is not (' ' or '\t')) return false;
        // A compound statement's span ends after its last line's line break.
        var end = Math.Min(statement.End, text.Length);
        while (end > statement.Start && text[end - 1] is '\n' or '\r' or ' ' or '\t') end--;
        for (var i = end; i < text.Length && text[i] is not ('\n' or '\r'); i++)
        {
            if (text[i] == '#') break;
            if (text[i] is not (' ' or '\t')) return false;
        }
        return true;
    }

    // A module-level "name = threading.Lock()" (or RLock) that every statement to fix sees as that global.
    private static string? ExistingLock(SnippetAnalysis analysis, IReadOnlyList<ISnippetStatement> statements)
    {
        var module = analysis.Scopes.Module;
        foreach (var statement in analysis.Module.Body)
        {
            if (statement is not AssignStmt { Targets.Count: 1, Value: CallExpr call } assign || assign.Targets[0] is not NameExpr name) continue;
            var constructor = analysis.Scopes.QualifiedName(call.Func, module);
            if (constructor is not ("threading.Lock" or "threading.RLock")) continue;
            if (statements.All(s => analysis.Scopes.Resolve(name.Id, s.Function) == module)) return name.Id;
        }
        return null;
    }

    // "lock", unless the snippet already binds that name somewhere.
    private static string FreshName(SnippetAnalysis analysis)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in analysis.Scopes.All) taken.UnionWith(scope.Bindings.Keys);
        if (!taken.Contains("lock")) return "lock";
        for (var n = 2; ; n++)
            if (!taken.Contains("lock" + n)) return "lock" + n;
    }

    // "lock = threading.Lock()" after the leading imports (or docstring), or before the first statement.
    private static SnippetInsertion LockDeclaration(SnippetAnalysis analysis, int[] lines, string lockName)
    {
        var module = analysis.Scopes.Module;
        string? constructor = null;
        string? importedAs = null;
        foreach (var pair in module.Imports)
        {
            if (pair.Value == "threading") { constructor = pair.Key + ".Lock()"; importedAs = pair.Key; break; }
            if (pair.Value == "threading.Lock" && constructor is null) { constructor = pair.Key + "()"; importedAs = pair.Key; }
        }
        var declaration = new List<string>();
        if (constructor is null)
        {
            declaration.Add("import threading");
            constructor = "threading.Lock()";
        }
        declaration.Add(lockName + " = " + constructor);

        // After the leading imports (and docstring), and never before the import the lock's constructor comes from.
        StmtSyntax? anchor = null;
        var body = analysis.Module.Body;
        for (var i = 0; i < body.Count; i++)
        {
            var leading = body[i] is ImportStmt or ImportFromStmt || (i == 0 && body[i] is ExprStmt { Value: ConstantExpr });
            if (!leading) break;
            anchor = body[i];
        }
        if (importedAs is not null)
        {
            var binding = body.FirstOrDefault(s => ImportsName(s, importedAs));
            if (binding is not null && (anchor is null || binding.Start > anchor.Start)) anchor = binding;
        }
        var text = analysis.Text;
        if (anchor is not null)
        {
            // After the anchor's last line: a break, then the new lines.
            var lastLine = LineOf(lines, Math.Max(anchor.Start, anchor.End - 1));
            var end = lastLine < lines.Length ? lines[lastLine] : text.Length;
            while (end > lines[lastLine - 1] && text[end - 1] is '\n' or '\r') end--;
            return new SnippetInsertion(end, new[] { "" }.Concat(declaration).ToList(), anchor.Line);
        }
        var first = analysis.Module.Body.Count > 0 ? analysis.Module.Body[0].Line : 1;
        return new SnippetInsertion(lines[Math.Min(first, lines.Length) - 1], declaration.Concat(new[] { "" }).ToList(), first);
    }

    // Does this top-level statement (or one nested in it) import a module or name as `name`?
    private static bool ImportsName(StmtSyntax statement, string name)
    {
        switch (statement)
        {
            case ImportStmt import:
                return import.Names.Any(a => (a.AsName ?? a.Name.Split('.')[0]) == name);
            case ImportFromStmt from:
                return from.Names.Any(a => (a.AsName ?? a.Name) == name);
            case FunctionDefStmt or ClassDefStmt:
                return false;
            default:
                return PythonSyntax.Bodies(statement).Any(b => b.Any(s => ImportsName(s, name)));
        }
    }

    // The snippet's indent unit: what its first block adds to its header's indentation.
    private static string IndentUnit(ModuleSyntax module, string text, int[] lines)
    {
        var pending = new Stack<StmtSyntax>(module.Body.AsEnumerable().Reverse());
        while (pending.Count > 0)
        {
            var statement = pending.Pop();
            List<StmtSyntax>? body = statement switch
            {
                FunctionDefStmt f => f.Body,
                ClassDefStmt c => c.Body,
                _ => PythonSyntax.Bodies(statement).FirstOrDefault(b => b.Count > 0),
            };
            if (body is { Count: > 0 } && body[0].Line > statement.Line)
            {
                var outer = Indentation(text, lines, statement.Line);
                var inner = Indentation(text, lines, body[0].Line);
                if (inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal)) return inner.Substring(outer.Length);
            }
            if (body is not null)
                for (var i = body.Count - 1; i >= 0; i--) pending.Push(body[i]);
        }
        return DefaultIndentUnit;
    }

    // Racy statements that follow each other in one block share a with block.
    private static List<List<StmtSyntax>> AdjacentGroups(ModuleSyntax module, IReadOnlyList<ISnippetStatement> statements)
    {
        var parents = new Dictionary<StmtSyntax, (List<StmtSyntax> Body, int Index)>();
        void Index(List<StmtSyntax> body)
        {
            for (var i = 0; i < body.Count; i++)
            {
                parents[body[i]] = (body, i);
                IEnumerable<List<StmtSyntax>> nested = body[i] switch
                {
                    FunctionDefStmt f => new[] { f.Body },
                    ClassDefStmt c => new[] { c.Body },
                    _ => PythonSyntax.Bodies(body[i]),
                };
                foreach (var b in nested) Index(b);
            }
        }
        Index(module.Body);

        var groups = new List<List<StmtSyntax>>();
        foreach (var statement in statements.SelectMany(s => s.Wrapped).Distinct().OrderBy(s => s.Start))
        {
            if (groups.Count > 0)
            {
                var previous = groups[groups.Count - 1][groups[groups.Count - 1].Count - 1];
                if (parents.TryGetValue(previous, out var p) && parents.TryGetValue(statement, out var s)
                    && p.Body == s.Body && s.Index == p.Index + 1)
                {
                    groups[groups.Count - 1].Add(statement);
                    continue;
                }
            }
            groups.Add(new List<StmtSyntax> { statement });
        }
        return groups;
    }

    private static string Indentation(string text, int[] lines, int line)
    {
        var start = lines[line - 1];
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return text.Substring(start, end - start);
    }

    private static bool IsBlank(string text, int[] lines, int line)
    {
        for (var i = lines[line - 1]; i < text.Length && text[i] is not ('\n' or '\r'); i++)
            if (text[i] is not (' ' or '\t')) return false;
        return true;
    }

    /// <summary>Offsets of the snippet's line starts (line 1 at index 0), as Python's tokenizer splits lines.</summary>
    public static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) starts.Add(i + 1);
        }
        return starts.ToArray();
    }

    private static int LineOf(int[] lines, int offset)
    {
        var line = Array.BinarySearch(lines, offset);
        return line >= 0 ? line + 1 : ~line;
    }
}
