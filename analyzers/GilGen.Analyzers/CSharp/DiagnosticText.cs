using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.CSharp;

/// <summary>How messages name code: <c>Program.counter</c> for a field, <c>Program.Main</c> for a method, the source text for an operation.</summary>
internal static class DiagnosticText
{
    /// <summary>A field or property as <c>Type.name</c>; a local or parameter by its name.</summary>
    public static string Variable(ISymbol symbol) => symbol is IFieldSymbol or IPropertySymbol or IEventSymbol && symbol.ContainingType is { } type
        ? type.Name + "." + symbol.Name
        : symbol.Name;

    /// <summary>The member a piece of code is written in: <c>Program.Main</c>, <c>Worker constructor</c>, <c>top-level statements</c>.</summary>
    public static string Member(ISymbol member)
    {
        var type = member.ContainingType?.Name ?? "";
        return member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } => type + " constructor",
            IMethodSymbol { MethodKind: MethodKind.StaticConstructor } => type + " static constructor",
            IMethodSymbol { Name: "<Main>$" } => "top-level statements",
            IMethodSymbol { AssociatedSymbol: { } property } => type + "." + property.Name,
            IFieldSymbol or IPropertySymbol => type + "." + member.Name + " initializer",
            _ => type + "." + member.Name,
        };
    }

    /// <summary>The source of an operation on one line (<c>counter++</c>, <c>total += x</c>).</summary>
    public static string Operation(IOperation operation) => Operation(operation.Syntax);

    /// <summary>The source of an expression on one line.</summary>
    public static string Operation(SyntaxNode syntax)
    {
        var text = syntax.ToString();
        if (text.IndexOf('\n') < 0) return text;
        // A multi-line expression: collapse each run of whitespace to one space.
        var builder = new System.Text.StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { inSpace = true; continue; }
            if (inSpace && builder.Length > 0) builder.Append(' ');
            inSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
