using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GilGen.Analyzers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Lazy or double-checked initialization of a private static field → a <c>Lazy&lt;T&gt;</c>:
/// <c>static Config? s_instance;</c> … <c>if (s_instance == null) s_instance = new Config();</c> becomes
/// <c>static readonly Lazy&lt;Config&gt; s_instance = new Lazy&lt;Config&gt;(() =&gt; new Config());</c>, the
/// <c>if</c> goes, and every other use of the field reads <c>s_instance.Value</c>. Lazy's default mode
/// (ExecutionAndPublication) builds the object once and publishes it safely.
/// <para>
/// Only where that is the same program: the field is written by that one assignment and nowhere else,
/// no other use asks whether it is null yet (that would now build it),
/// the type has one declaration, in this document; the value needs nothing of the method (no local,
/// parameter, <c>this</c> or <c>await</c>); and the <c>if</c> (with its inner lock when double-checked)
/// holds nothing but the test and the assignment.
/// </para>
/// </summary>
internal sealed class LazyRewrite
{
    private readonly IFieldSymbol _field;
    private readonly VariableDeclaratorSyntax _declarator;
    private readonly FieldDeclarationSyntax _declaration;
    private readonly ExpressionSyntax _value;
    private readonly IfStatementSyntax _statement;
    private readonly List<ExpressionSyntax> _reads;

    private LazyRewrite(IFieldSymbol field, VariableDeclaratorSyntax declarator, FieldDeclarationSyntax declaration, ExpressionSyntax value,
        IfStatementSyntax statement, List<ExpressionSyntax> reads)
    {
        _field = field;
        _declarator = declarator;
        _declaration = declaration;
        _value = value;
        _statement = statement;
        _reads = reads;
    }

    /// <summary>The rewrite of <paramref name="site"/>, or null where it would not be the same program.</summary>
    public static LazyRewrite? TryCreate(CheckThenActSite site, SemanticModel model, CancellationToken cancellationToken)
    {
        if (site.Shape.OnContents || site.Variable is not IFieldSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Private, Type.IsReferenceType: true } field)
            return null;
        if (field.ContainingType.DeclaringSyntaxReferences.Length != 1 || field.DeclaringSyntaxReferences.Length != 1) return null;
        if (field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator
            || declarator.SyntaxTree != site.Statement.SyntaxTree
            || declarator.Parent?.Parent is not FieldDeclarationSyntax { Declaration.Variables.Count: 1 } declaration
            || declarator.Initializer is { Value: not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } })
            return null;
        if (!TestsForNull(site.Statement.Condition, field, model, cancellationToken)) return null;

        // The branch: the assignment alone, or (double-checked) a lock holding an if that tests again and holds it alone.
        var branch = site.Statement.Statement;
        if (site.Shape.DoubleChecked)
        {
            if (site.InnerLock is not { } inner || Single(inner.Statement) is not IfStatementSyntax { Else: null } again
                || !TestsForNull(again.Condition, field, model, cancellationToken)) return null;
            branch = again.Statement;
        }
        if (site.Statement.Else is not null || Single(branch) is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax
            {
                RawKind: (int)SyntaxKind.SimpleAssignmentExpression,
                Right: var value,
            } assignment } || !IsField(assignment.Left, field, model, cancellationToken))
            return null;
        if (!NeedsNothingOfTheMethod(value, model, cancellationToken)) return null;

        var reads = new List<ExpressionSyntax>();
        var typeDeclaration = field.ContainingType.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        foreach (var name in typeDeclaration.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != field.Name || site.Statement.Span.Contains(name.Span)) continue;
            if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, field)) continue;
            var reference = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? (ExpressionSyntax)access : name;
            if (model.GetOperation(reference, cancellationToken) is not { } operation || OperationShapes.IsWrittenTo(operation)
                || OperationShapes.IsInsideNameOf(operation) || AsksWhetherBuilt(reference)) return null;
            reads.Add(reference);
        }
        return new LazyRewrite(field, declarator, declaration, value, site.Statement, reads);
    }

    /// <summary>Records the rewrite on <paramref name="editor"/>.</summary>
    public void Apply(SyntaxEditor editor, SemanticModel model)
    {
        var generator = editor.Generator;
        var valueType = _field.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        var lazy = model.Compilation.GetTypeByMetadataName("System.Lazy`1")!.Construct(valueType);
        var lazyType = ImportedTypeName.For(lazy, model, _declaration.SpanStart, generator);
        var creation = ObjectCreationExpression(lazyType, ArgumentList(SingletonSeparatedList(Argument(
            ParenthesizedLambdaExpression(_value.WithoutTrivia())))), initializer: null);
        var modifiers = TokenList(_declaration.Modifiers.Where(m => !m.IsKind(SyntaxKind.VolatileKeyword) && !m.IsKind(SyntaxKind.ReadOnlyKeyword)));
        modifiers = modifiers.Add(Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(Space));
        var declaration = _declaration
            .WithModifiers(modifiers)
            .WithDeclaration(VariableDeclaration(lazyType.WithTrailingTrivia(Space), SingletonSeparatedList(
                _declarator.WithInitializer(EqualsValueClause(creation)))))
            .WithAdditionalAnnotations(Formatter.Annotation);
        editor.ReplaceNode(_declaration, declaration);
        editor.RemoveNode(_statement);
        foreach (var read in _reads)
            editor.ReplaceNode(read, (current, _) => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                ((ExpressionSyntax)current).WithoutTrivia(), IdentifierName("Value")).WithTriviaFrom(current));
    }

    /// <summary>
    /// Whether the read tests for null (<c>f is null</c>, <c>f == null</c>, <c>f?.M()</c>, <c>f ?? g</c>):
    /// it asks whether the object is built yet, which <c>f.Value</c> would answer by building it.
    /// </summary>
    private static bool AsksWhetherBuilt(ExpressionSyntax reference)
    {
        var parent = reference.Parent;
        while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
        return parent switch
        {
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.CoalesceExpression) => true,
            BinaryExpressionSyntax binary => IsNull(binary.Left) || IsNull(binary.Right),
            IsPatternExpressionSyntax or ConditionalAccessExpressionSyntax => true,
            _ => false,
        };
    }

    private static StatementSyntax? Single(StatementSyntax statement) =>
        statement is BlockSyntax block ? (block.Statements.Count == 1 ? block.Statements[0] : null) : statement;

    private static bool TestsForNull(ExpressionSyntax condition, IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken) => condition switch
    {
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } binary =>
            (IsNull(binary.Right) && IsField(binary.Left, field, model, cancellationToken)) || (IsNull(binary.Left) && IsField(binary.Right, field, model, cancellationToken)),
        IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } pattern =>
            IsNull(constant) && IsField(pattern.Expression, field, model, cancellationToken),
        _ => false,
    };

    private static bool IsNull(ExpressionSyntax expression) => expression.IsKind(SyntaxKind.NullLiteralExpression);

    private static bool IsField(ExpressionSyntax expression, IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken) =>
        SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(expression, cancellationToken).Symbol?.OriginalDefinition, field);

    /// <summary>Whether <paramref name="value"/> can move into a static field initializer's lambda: no local, parameter, instance member, <c>this</c> or <c>await</c>.</summary>
    private static bool NeedsNothingOfTheMethod(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in value.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case ThisExpressionSyntax or BaseExpressionSyntax or AwaitExpressionSyntax or AnonymousFunctionExpressionSyntax:
                    return false;
                case IdentifierNameSyntax name:
                    var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
                    if (symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol) return false;
                    if (symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol or IEventSymbol && !symbol.IsStatic
                        && !(name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
                        && symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor })
                        return false;
                    break;
            }
        }
        return true;
    }
}
