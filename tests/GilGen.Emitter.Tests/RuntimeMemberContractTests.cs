using System.Reflection;
using System.Text.RegularExpressions;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// Every runtime member the emitter's C# templates name (<c>{Ops}.ListToTuple(__ts, {Top})</c>, and
/// the op names passed to its <c>Unary("...")</c>/<c>Binary("...")</c> helpers) exists in GilGen.Runtime
/// with the number of arguments the template passes: read from the emitter's source, so it covers
/// code paths no test program reaches (a CS1501 in generated code cannot ship).
/// </summary>
public sealed class RuntimeMemberContractTests
{
    private static readonly string EmitFolder = Path.Combine(GilGen.Tests.RepositoryRoot.Find(), "generator", "GilGen.Compiler", "Emit");

    /// <summary>RuntimeNames' constants that name a runtime type: <c>Ops</c> → <c>GilGen.Runtime.Ops</c>.</summary>
    private static Dictionary<string, Type> RuntimeTypes()
    {
        var text = File.ReadAllText(Path.Combine(EmitFolder, "RuntimeNames.cs"));
        var types = new Dictionary<string, Type>();
        foreach (Match m in Regex.Matches(text, "const string (\\w+) = \"global::([\\w.]+)\";"))
        {
            var type = typeof(PyValue).Assembly.GetType(m.Groups[2].Value) ?? typeof(GilGen.GilInterpreter).Assembly.GetType(m.Groups[2].Value);
            Assert.True(type is not null, $"RuntimeNames.{m.Groups[1].Value} names {m.Groups[2].Value}, which GilGen.Runtime does not have");
            types[m.Groups[1].Value] = type!;
        }
        return types;
    }

    /// <summary>One use of a runtime member in a template: the type constant, the member, the argument count (null: not a call).</summary>
    private sealed record Use(string File, int Line, string TypeName, string Member, int? Arity)
    {
        public override string ToString() => $"{File}:{Line}: {{{TypeName}}}.{Member}" + (Arity is int n ? $" with {n} argument(s)" : "");
    }

    private static List<Use> Uses(Dictionary<string, Type> types)
    {
        var uses = new List<Use>();
        var names = string.Join("|", types.Keys);
        foreach (var path in Directory.GetFiles(EmitFolder, "*.cs"))
        {
            var text = File.ReadAllText(path);
            var file = Path.GetFileName(path);
            foreach (Match m in Regex.Matches(text, "\\{(" + names + ")\\}\\.(\\{?)(\\w+)"))
            {
                int line = text.Take(m.Index).Count(c => c == '\n') + 1;
                var typeName = m.Groups[1].Value;
                if (m.Groups[2].Value == "{")
                {
                    // {Ops}.{op}(...): a helper taking the member's name; its callers pass the name as a literal.
                    // Any other computed member ({CompareOp}.{CompareOps[arg]}) cannot be read from the source.
                    var helper = EnclosingMethod(text, m.Index, m.Groups[3].Value);
                    if (helper is null) continue;
                    int? helperArity = Arity(text, m.Index + m.Length + 1);
                    Assert.True(helperArity is not null, $"{file}:{line}: cannot read the call in {helper}");
                    foreach (Match call in Regex.Matches(text, "\\b" + helper + "\\(\"(\\w+)\"\\)"))
                        uses.Add(new Use(file, text.Take(call.Index).Count(c => c == '\n') + 1, typeName, call.Groups[1].Value, helperArity));
                    continue;
                }
                uses.Add(new Use(file, line, typeName, m.Groups[3].Value, Arity(text, m.Index + m.Length)));
            }
        }
        return uses;
    }

    // The method whose string parameter is called paramName, declared before position.
    private static string? EnclosingMethod(string text, int position, string paramName)
    {
        var matches = Regex.Matches(text.Substring(0, position), "(\\w+)\\(string " + paramName + "\\b");
        return matches.Count == 0 ? null : matches[^1].Groups[1].Value;
    }

    // The number of arguments of the call whose name ends at start (generic arguments skipped), read
    // from the template text: interpolation holes {…} count as part of an argument, {{ }} are braces
    // of the generated code. Null when the member is not called there.
    private static int? Arity(string text, int start)
    {
        int i = start;
        if (i < text.Length && text[i] == '<') i = SkipBalanced(text, i, '<', '>');
        if (i >= text.Length || text[i] != '(') return null;
        int depth = 0, commas = 0;
        bool any = false;
        for (i++; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{') { depth++; i++; any = true; continue; }
            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}') { depth--; i++; continue; }
            if (c == '{') { i = SkipBalanced(text, i, '{', '}') - 1; any = true; continue; }
            if (c == '(' || c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == ')')
            {
                if (depth == 0) return any ? commas + 1 : 0;
                depth--;
            }
            else if (c == ',' && depth == 0) commas++;
            if (!char.IsWhiteSpace(c)) any = true;
        }
        return null;
    }

    private static int SkipBalanced(string text, int i, char open, char close)
    {
        int depth = 0;
        for (; i < text.Length; i++)
        {
            if (text[i] == open) depth++;
            else if (text[i] == close && --depth == 0) return i + 1;
        }
        return i;
    }

    private static bool Accepts(Type type, string member, int? arity)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.FlattenHierarchy;
        var found = type.GetMember(member, Public);
        if (found.Length == 0) return false;
        if (arity is not int n) return true;
        return found.OfType<MethodInfo>().Any(method =>
        {
            var parameters = method.GetParameters();
            int required = parameters.Count(p => !p.IsOptional && !p.IsDefined(typeof(ParamArrayAttribute)));
            bool variadic = parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute));
            return n >= required && (variadic || n <= parameters.Length);
        });
    }

    [Fact]
    public void Every_runtime_member_the_emitter_names_exists_with_the_arity_it_calls()
    {
        var types = RuntimeTypes();
        var uses = Uses(types);
        Assert.True(uses.Count >= 100, $"only {uses.Count} uses found: the scan no longer reads the emitter");
        Assert.Contains(uses, u => u.Member == "ListToTuple" && u.Arity == 2);
        var missing = uses.Where(u => !Accepts(types[u.TypeName], u.Member, u.Arity)).Select(u => u.ToString()).Distinct().ToList();
        Assert.True(missing.Count == 0, "the emitter names runtime members that do not exist as called:\n" + string.Join("\n", missing));
    }
}
