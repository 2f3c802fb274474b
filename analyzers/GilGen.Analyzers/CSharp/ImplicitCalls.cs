using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Methods that C# calls without a call written: a user-defined operator or conversion (<c>a + b</c>,
/// <c>(Money)x</c>, <c>c++</c>), <c>Dispose</c>/<c>DisposeAsync</c> at the end of a <c>using</c> or
/// <c>await using</c> and of a <c>foreach</c> (on its enumerator, with <c>GetEnumerator</c>/<c>MoveNext</c>),
/// <c>Deconstruct</c> behind <c>var (x, y) = p</c>, and a static constructor, run before the first use
/// of its type's static members or the first instance. Code reached this way runs on the thread that
/// triggers it, so the call graph must follow these edges like written calls.
/// </summary>
internal static class ImplicitCalls
{
    /// <summary>The operation kinds that may call methods implicitly.</summary>
    public static readonly OperationKind[] Kinds =
    {
        OperationKind.Binary, OperationKind.Unary, OperationKind.Conversion, OperationKind.Increment, OperationKind.Decrement,
        OperationKind.CompoundAssignment, OperationKind.Using, OperationKind.UsingDeclaration, OperationKind.Loop,
        OperationKind.DeconstructionAssignment, OperationKind.FieldReference, OperationKind.Invocation, OperationKind.ObjectCreation,
        OperationKind.PropertyReference, OperationKind.MethodReference,
    };

    /// <summary>Adds to <paramref name="calls"/> the methods <paramref name="operation"/> calls implicitly, each with the object it is called on (null when unknown or static).</summary>
    public static void Collect(IOperation operation, List<(IMethodSymbol Method, IOperation? Instance)> calls)
    {
        switch (operation)
        {
            case IBinaryOperation { OperatorMethod: { } method }:
                calls.Add((method, null));
                break;
            case IUnaryOperation { OperatorMethod: { } method }:
                calls.Add((method, null));
                break;
            case IConversionOperation { OperatorMethod: { } method }:
                calls.Add((method, null));
                break;
            case IIncrementOrDecrementOperation { OperatorMethod: { } method }:
                calls.Add((method, null));
                break;
            case ICompoundAssignmentOperation { OperatorMethod: { } method }:
                calls.Add((method, null));
                break;
            case IUsingOperation { Resources: var resources } @using:
                AddDispose(ResourceType(resources), @using.IsAsynchronous, calls);
                break;
            case IUsingDeclarationOperation { DeclarationGroup: var group } declaration:
                AddDispose(ResourceType(group), declaration.IsAsynchronous, calls);
                break;
            case IForEachLoopOperation loop when loop.SemanticModel is { } model && loop.Syntax is CommonForEachStatementSyntax syntax:
                var info = model.GetForEachStatementInfo(syntax);
                if (info.GetEnumeratorMethod is { } getEnumerator) calls.Add((getEnumerator, null));
                if (info.MoveNextMethod is { } moveNext) calls.Add((moveNext, null));
                if (info.CurrentProperty?.GetMethod is { } current) calls.Add((current, null));
                if (info.DisposeMethod is { } dispose)
                {
                    // The enumerator's own Dispose when its type is known, else every implementation of the interface's.
                    var enumerator = info.GetEnumeratorMethod?.ReturnType;
                    calls.Add((enumerator is { TypeKind: not TypeKind.Interface } && enumerator.FindImplementationForInterfaceMember(dispose) is IMethodSymbol own ? own : dispose, null));
                }
                break;
            case IDeconstructionAssignmentOperation deconstruction when deconstruction.SemanticModel is { } model
                && deconstruction.Syntax is AssignmentExpressionSyntax assignment
                && model.GetDeconstructionInfo(assignment).Method is { } deconstruct:
                calls.Add((deconstruct, deconstruct.IsStatic ? null : deconstruction.Value));
                break;
        }
        AddStaticConstructor(operation, calls);
    }

    /// <summary>A static constructor of another type, run by the first use of a static member or of <c>new</c>.</summary>
    private static void AddStaticConstructor(IOperation operation, List<(IMethodSymbol, IOperation?)> calls)
    {
        INamedTypeSymbol? type = operation switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field } => field.ContainingType,
            IInvocationOperation { TargetMethod: { IsStatic: true, MethodKind: MethodKind.Ordinary } method } => method.ContainingType,
            IMethodReferenceOperation { Method: { IsStatic: true, MethodKind: MethodKind.Ordinary } method } => method.ContainingType,
            IPropertyReferenceOperation { Property.IsStatic: true } property => property.Property.ContainingType,
            IObjectCreationOperation { Constructor: { } constructor } => constructor.ContainingType,
            _ => null,
        };
        if (StaticConstructorOf(type) is { } staticConstructor) calls.Add((staticConstructor, null));
    }

    /// <summary>The static constructor written in <paramref name="type"/>, if any.</summary>
    public static IMethodSymbol? StaticConstructorOf(INamedTypeSymbol? type)
    {
        if (type is null || type.StaticConstructors.IsEmpty) return null;
        var staticConstructor = type.StaticConstructors[0];
        return staticConstructor.IsImplicitlyDeclared || staticConstructor.DeclaringSyntaxReferences.IsEmpty ? null : staticConstructor;
    }

    private static ITypeSymbol? ResourceType(IOperation resources)
    {
        if (resources is not IVariableDeclarationGroupOperation group) return OperationShapes.StripConversions(resources)?.Type;
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators) return declarator.Symbol.Type;
        }
        return null;
    }

    private static void AddDispose(ITypeSymbol? type, bool asynchronous, List<(IMethodSymbol, IOperation?)> calls)
    {
        if (type is null) return;
        var name = asynchronous ? "DisposeAsync" : "Dispose";
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IMethodSymbol { Parameters.IsEmpty: true, IsStatic: false } dispose)
                {
                    calls.Add((dispose, null));
                    return;
                }
            }
        }
        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(name))
            {
                if (member is IMethodSymbol interfaceMethod && type.FindImplementationForInterfaceMember(interfaceMethod) is IMethodSymbol implementation)
                {
                    calls.Add((implementation, null));
                    return;
                }
            }
        }
    }
}
