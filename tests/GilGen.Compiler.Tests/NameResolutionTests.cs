using GilGen.Compiler.Binding;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Tests;

/// <summary><see cref="NameResolution"/>: where a name used in a scope is bound, by CPython's symbol-table rules.</summary>
public class NameResolutionTests
{
    private const string Source = """
        n = 0

        def outer():
            count = 0
            def inner():
                nonlocal count
                count += 1
                return n
            class Box:
                count = 5
                def peek(self):
                    return count
            return inner, Box

        def bump():
            global n
            n += 1
            local = 1
            return local
        """;

    [Theory]
    [InlineData("outer", "count", "outer")]          // a local
    [InlineData("inner", "count", "outer")]          // nonlocal: the enclosing function's
    [InlineData("inner", "n", "<module>")]           // free of every function: a global
    [InlineData("peek", "count", "outer")]           // a class body is not an enclosing scope
    [InlineData("Box", "count", "Box")]              // but its own names are its own
    [InlineData("bump", "n", "<module>")]            // declared global
    [InlineData("bump", "local", "bump")]
    public void A_name_is_bound_where_CPython_binds_it(string usedIn, string name, string boundIn)
    {
        var module = PythonCompiler.Compile(Source, "names.py").Syntax!;
        var names = NameResolution.Build(module, Source);

        Assert.Equal(boundIn, NameOf(names.BindingScope(name, Find(module, usedIn))));
    }

    private static string NameOf(SyntaxNode node) => node switch
    {
        FunctionDefStmt f => f.Name,
        ClassDefStmt c => c.Name,
        _ => "<module>",
    };

    private static SyntaxNode Find(ModuleSyntax module, string name)
    {
        SyntaxNode? found = null;
        void Visit(System.Collections.Generic.IEnumerable<StmtSyntax> body)
        {
            foreach (var s in body)
            {
                if (s is FunctionDefStmt f) { if (f.Name == name) found = f; Visit(f.Body); }
                if (s is ClassDefStmt c) { if (c.Name == name) found = c; Visit(c.Body); }
            }
        }
        Visit(module.Body);
        return found ?? throw new System.InvalidOperationException("no scope " + name);
    }
}
