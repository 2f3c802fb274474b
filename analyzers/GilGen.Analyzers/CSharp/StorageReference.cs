using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The storage a written expression denotes, beyond a plain field, local or parameter: a property
/// whose accessors read and write one field (an auto-property, or <c>get =&gt; _f; set =&gt; _f = value;</c>)
/// is that field; an array element (<c>a[i]</c>, <c>a[i, j]</c>, <c>a[i][j]</c>) and a field of a
/// struct stored in one (<c>a[i].Count</c>) are the contents of the array variable. Both lose
/// updates under a read-modify-write exactly like the field or variable behind them, and so does an
/// entry of a <c>ConcurrentDictionary</c> read and written back through its indexer.
/// </summary>
internal static class StorageReference
{
    /// <summary>
    /// The field, local, parameter or backing-field property reference that holds what
    /// <paramref name="reference"/> writes, and whether the write goes to an element of the array in it.
    /// </summary>
    public static bool TryGetHolder(IOperation reference, out IOperation holder, out bool element)
    {
        element = false;
        var throughRefReturn = false;
        var current = OperationShapes.StripConversions(reference);
        while (true)
        {
            switch (current)
            {
                case ILocalReferenceOperation { Local.IsRef: true } refLocal when RefLocalTarget(refLocal) is { } aliased:
                    // `ref int slot = ref Counts[2]; slot++` changes Counts[2].
                    current = OperationShapes.StripConversions(aliased);
                    continue;
                case IInvocationOperation { TargetMethod.ReturnsByRef: true } call when RefReturnTarget(call) is { } returned:
                    // `Slot(i)++` with `static ref int Slot(int i) => ref Slots[i]` changes an element of Slots.
                    current = OperationShapes.StripConversions(returned);
                    throughRefReturn = true;
                    continue;
                case IParameterReferenceOperation { Parameter.RefKind: RefKind.Ref } refParameter when !throughRefReturn && RefParameterTarget(refParameter) is { } passed:
                    // `static void Bump(ref int v) => v++;` called as `Bump(ref Stats.Total)`: v is Stats.Total.
                    // As through a ref return, only static storage means the same in the callee.
                    current = OperationShapes.StripConversions(passed);
                    throughRefReturn = true;
                    continue;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } dictionary }
                    when KnownType.Is(dictionary.Type, "System.Collections.Concurrent", "ConcurrentDictionary"):
                    // `counts[key]++` on a ConcurrentDictionary: each get and set is atomic, the pair is not;
                    // the entries are the contents of the dictionary's variable, as elements are an array's.
                    element = true;
                    current = OperationShapes.StripConversions(dictionary);
                    continue;
                case IArrayElementReferenceOperation arrayElement:
                    if (!element && IsThreadsOwnSlot(arrayElement))
                    {
                        holder = null!;
                        return false;
                    }
                    element = true;
                    current = OperationShapes.StripConversions(arrayElement.ArrayReference);
                    continue;
                case IFieldReferenceOperation { Field.IsStatic: false, Instance: { } instance } when IsElementOfArray(instance):
                    // A field of a struct that lives in an array slot: the slot is the storage.
                    current = OperationShapes.StripConversions(instance);
                    continue;
                case IFieldReferenceOperation { Field.IsStatic: true }:
                    holder = current;
                    return true;
                case IFieldReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation when !throughRefReturn:
                    // Through a ref return only static storage means the same at the call: the callee's
                    // `this`, locals and parameters are not the caller's.
                    holder = current;
                    return true;
                case IPropertyReferenceOperation property when !throughRefReturn && BackingField(property.Property) is not null:
                    holder = current;
                    return true;
                default:
                    holder = null!;
                    return false;
            }
        }
    }

    /// <summary>
    /// What a <c>ref</c> local declared in the same file aliases (<c>ref int slot = ref _f;</c>): its
    /// initializer, when no <c>= ref</c> assignment in its block points it elsewhere later.
    /// </summary>
    private static IOperation? RefLocalTarget(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (reference.SemanticModel is not { } model || local.DeclaringSyntaxReferences.Length != 1) return null;
        var declaration = local.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree
            || declaration.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: RefExpressionSyntax initializer } declarator) return null;
        var scope = declarator.FirstAncestorOrSelf<BlockSyntax>();
        if (scope is null) return null;
        foreach (var node in scope.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Right: RefExpressionSyntax, Left: IdentifierNameSyntax name }
                && name.Identifier.ValueText == local.Name) return null;
        }
        return model.GetOperation(initializer.Expression);
    }

    /// <summary>
    /// What a <c>ref</c> parameter aliases: the static storage (a static field, or an element of a
    /// static array) that every call of its method in the method's own file passes for it, when they
    /// all pass the same one; null otherwise (no call seen, or calls that disagree).
    /// </summary>
    private static IOperation? RefParameterTarget(IParameterReferenceOperation reference)
    {
        var parameter = reference.Parameter;
        if (parameter.ContainingSymbol is not IMethodSymbol method || reference.SemanticModel is not { } model) return null;
        lock (s_refParameterTargets)
        {
            if (s_refParameterTargets.TryGetValue(parameter, out var known)) return known.Passed;
        }
        // A method that passes its own ref parameter on (recursion) aliases nothing new through it.
        var inProgress = t_inProgress ??= new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        if (!inProgress.Add(parameter)) return null;
        try
        {
            var found = ScanCalls(parameter, method, model);
            lock (s_refParameterTargets)
            {
                s_refParameterTargets.Remove(parameter);
                s_refParameterTargets.Add(parameter, new PassedStorage(found));
            }
            return found;
        }
        finally
        {
            inProgress.Remove(parameter);
        }
    }

    private static IOperation? ScanCalls(IParameterSymbol parameter, IMethodSymbol method, SemanticModel model)
    {
        var declaration = method.OriginalDefinition.DeclaringSyntaxReferences;
        IOperation? passed = null;
        ISymbol? passedSymbol = null;
        if (declaration.Length == 1 && declaration[0].SyntaxTree == model.SyntaxTree)
        {
            var root = model.SyntaxTree.GetRoot();
            foreach (var node in root.DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax invocation) continue;
                var name = invocation.Expression switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    _ => null,
                };
                if (name != method.Name || model.GetOperation(invocation) is not IInvocationOperation call
                    || !SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method.OriginalDefinition)) continue;
                IOperation? argument = null;
                foreach (var a in call.Arguments) if (a.Parameter?.Ordinal == parameter.Ordinal) argument = OperationShapes.StripConversions(a.Value);
                var holder = argument is not null && TryGetHolder(argument, out var h, out _) ? h : null;
                if (holder is not IFieldReferenceOperation { Field.IsStatic: true } field
                    || (passedSymbol is not null && !SymbolEqualityComparer.Default.Equals(passedSymbol, field.Field)))
                {
                    passed = null;
                    break;
                }
                passed ??= argument;
                passedSymbol = field.Field;
            }
        }
        return passed;
    }

    [System.ThreadStatic] private static HashSet<IParameterSymbol>? t_inProgress;

    // Per parameter symbol (one per compilation): what its calls pass, found once.
    private static readonly ConditionalWeakTable<IParameterSymbol, PassedStorage> s_refParameterTargets = new();

    private sealed class PassedStorage
    {
        public PassedStorage(IOperation? passed) => Passed = passed;
        public IOperation? Passed { get; }
    }

    /// <summary>
    /// What a method returning by <c>ref</c> (declared in the same file, with an expression body or a
    /// single <c>return ref</c>) returns a reference to.
    /// </summary>
    private static IOperation? RefReturnTarget(IInvocationOperation call)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (call.SemanticModel is not { } model || method.DeclaringSyntaxReferences.Length != 1) return null;
        var declaration = method.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree) return null;
        var returned = declaration.GetSyntax() switch
        {
            MethodDeclarationSyntax { ExpressionBody.Expression: RefExpressionSyntax body } => body.Expression,
            MethodDeclarationSyntax { Body.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax { Expression: RefExpressionSyntax body } => body.Expression,
            LocalFunctionStatementSyntax { ExpressionBody.Expression: RefExpressionSyntax body } => body.Expression,
            _ => null,
        };
        return returned is null ? null : model.GetOperation(returned);
    }

    /// <summary>Whether <paramref name="reference"/> denotes storage a read-modify-write can lose an update in.</summary>
    public static bool IsStorage(IOperation reference) => TryGetHolder(reference, out _, out _);

    /// <summary>
    /// Whether every index of <paramref name="element"/> names the slot of the thread running it alone:
    /// the index parameter of a Parallel.For body, a parameter of a lambda around the thread's lambda
    /// (<c>Select(k =&gt; Task.Run(() =&gt; sums[k]++))</c>), or a local declared in the body of the loop
    /// that creates the thread's lambda (<c>int k = t; new Thread(() =&gt; counts[k]++)</c>): each thread
    /// gets its own copy, so each writes its own element.
    /// </summary>
    private static bool IsThreadsOwnSlot(IArrayElementReferenceOperation element)
    {
        IAnonymousFunctionOperation? function = null;
        for (var parent = element.Parent; parent is not null && function is null; parent = parent.Parent)
        {
            if (parent is ILocalFunctionOperation) return false;
            function = parent as IAnonymousFunctionOperation;
        }
        if (function is null || element.Indices.IsEmpty) return false;
        foreach (var index in element.Indices)
        {
            if (!IsThreadsOwnIndex(OperationShapes.StripConversions(index), function)) return false;
        }
        return true;
    }

    private static bool IsThreadsOwnIndex(IOperation? index, IAnonymousFunctionOperation function)
    {
        ISymbol? variable = index switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation reference => reference.Parameter,
            _ => null,
        };
        if (variable is null || variable.DeclaringSyntaxReferences.Length != 1) return false;
        if (variable is IParameterSymbol parameter)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, function.Symbol))
                return parameter.Ordinal == 0 && IsParallelForBody(function);
            // A parameter of a lambda around the thread's: a new one for each call of that lambda.
            return parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction };
        }
        var declaration = variable.DeclaringSyntaxReferences[0].GetSyntax();
        var lambda = function.Syntax.Span;
        if (declaration.Span.Contains(lambda) || lambda.Contains(declaration.Span)) return declaration is ForEachStatementSyntax && declaration.Span.Contains(lambda);
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            var body = node switch
            {
                ForStatementSyntax loop => loop.Statement,
                ForEachStatementSyntax loop => loop.Statement,
                WhileStatementSyntax loop => loop.Statement,
                DoStatementSyntax loop => loop.Statement,
                _ => null,
            };
            if (body is not null) return body.Span.Contains(declaration.Span) && body.Span.Contains(lambda);
            if (node is MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) return false;
        }
        return false;
    }

    private static bool IsParallelForBody(IAnonymousFunctionOperation function)
    {
        var operation = function.Parent;
        while (operation is IDelegateCreationOperation or IConversionOperation) operation = operation.Parent;
        return operation is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "For" } call }
            && KnownType.Is(call.TargetMethod.ContainingType, "System.Threading.Tasks", "Parallel");
    }

    private static bool IsElementOfArray(IOperation instance) =>
        instance.Type is { IsValueType: true } && OperationShapes.StripConversions(instance) is IArrayElementReferenceOperation;

    /// <summary>
    /// The one field <paramref name="property"/> reads and writes: the compiler's backing field of an
    /// auto-property, or the field a getter returns and a setter assigns <c>value</c> to, each a single
    /// statement or expression body. Null for anything else (a computed or validating property).
    /// </summary>
    public static IFieldSymbol? BackingField(IPropertySymbol property)
    {
        property = property.OriginalDefinition;
        if (property.IsIndexer || property.GetMethod is null) return null;
        foreach (var member in property.ContainingType.GetMembers())
        {
            if (member is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property)) return field;
        }
        if (property.SetMethod is null || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax() is not PropertyDeclarationSyntax { AccessorList: { } accessors }) return null;
        string? read = null, written = null;
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.GetAccessorDeclaration)) read = ReturnedName(accessor);
            else if (accessor.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SetAccessorDeclaration)) written = AssignedName(accessor);
        }
        if (read is null || read != written) return null;
        foreach (var member in property.ContainingType.GetMembers(read))
        {
            if (member is IFieldSymbol field && field.IsStatic == property.IsStatic) return field;
        }
        return null;
    }

    private static string? ReturnedName(AccessorDeclarationSyntax getter)
    {
        var value = getter.ExpressionBody?.Expression
            ?? (getter.Body is { Statements.Count: 1 } body && body.Statements[0] is ReturnStatementSyntax ret ? ret.Expression : null);
        return FieldName(value);
    }

    private static string? AssignedName(AccessorDeclarationSyntax setter)
    {
        var expression = setter.ExpressionBody?.Expression
            ?? (setter.Body is { Statements.Count: 1 } body && body.Statements[0] is ExpressionStatementSyntax statement ? statement.Expression : null);
        return expression is AssignmentExpressionSyntax { Right: IdentifierNameSyntax { Identifier.ValueText: "value" } } assignment
               && assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression)
            ? FieldName(assignment.Left)
            : null;
    }

    /// <summary><c>_f</c> or <c>this._f</c>.</summary>
    private static string? FieldName(ExpressionSyntax? expression) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        _ => null,
    };
}
