using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Delegates kept in a place and invoked from there later (issue 12 §1, "stored delegates"): an event
/// (<c>bus.Published += listener.OnPublished</c>, then <c>Published?.Invoke(n)</c> on a thread), or a field
/// holding a delegate or a table of them (<c>Handlers["save"] = () => _saves++</c>, then <c>Handlers[cmd]()</c>).
/// Each place is a code unit of the call graph of its own (<see cref="KeyOf"/>): a store is an edge
/// from the place to the handler, an invocation an edge from the invoking code to the place, so what a
/// thread invokes reaches every handler stored there anywhere in the compilation.
/// </summary>
internal static class DelegateSlots
{
    /// <summary>
    /// The unit standing for the delegates stored in <paramref name="storage"/> (an event or field declared in
    /// source): keyed by an empty span at the end of its declaration, which no member, function or continuation has.
    /// </summary>
    public static SymbolKey? KeyOf(ISymbol storage)
    {
        var references = storage.OriginalDefinition.DeclaringSyntaxReferences;
        if (references.Length == 0) return null;
        return SymbolKey.AtPosition(storage.OriginalDefinition, references[0].SyntaxTree, new TextSpan(references[0].Span.End, 0));
    }

    /// <summary>
    /// Where the lambda or method group <paramref name="handler"/> is stored, if it is: the event it is
    /// added to, or the field it is assigned to, added to, or initializes (an element of a table included).
    /// </summary>
    public static ISymbol? StorageOf(IOperation handler)
    {
        for (var operation = handler; operation.Parent is { } parent; operation = parent)
        {
            switch (parent)
            {
                case IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation subscribed } subscription when subscription.HandlerValue == operation:
                    return subscribed.Event;
                case IFieldInitializerOperation initializer:
                    return initializer.InitializedFields.Length == 1 ? initializer.InitializedFields[0] : null;
                case ISimpleAssignmentOperation assignment when assignment.Value == operation:
                    if (FieldHolding(assignment.Target) is { } assigned) return assigned;
                    if (IsInitializerElement(assignment.Target)) continue; // `["save"] = …` in a collection's object initializer
                    return null;
                case IInvocationOperation add when add.TargetMethod.Name is "Add" or "TryAdd" or "Insert" or "Push" or "Enqueue" or "AddOrUpdate" or "GetOrAdd":
                    if (FieldHolding(add.Instance) is { } table) return table;
                    if (add.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }) continue; // `{ { "save", … } }`
                    return null;
                case IConversionOperation or IDelegateCreationOperation or IArgumentOperation or IObjectOrCollectionInitializerOperation
                    or IObjectCreationOperation or IArrayInitializerOperation or IArrayCreationOperation or IMemberInitializerOperation:
                    continue;
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Where the delegate an invocation runs comes from, when it is read straight from an event or a field
    /// (an element of a table in a field included), with the object that event or field is in.
    /// </summary>
    public static (ISymbol Storage, IOperation? Instance)? InvokedFrom(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke || invocation.Instance is not { } invoked) return null;
        if (invoked is IConditionalAccessInstanceOperation)
        {
            // `Published?.Invoke(n)`: the delegate is the conditional access's operand.
            IOperation? parent = invocation.Parent;
            while (parent is not null and not IConditionalAccessOperation) parent = parent.Parent;
            if (parent is not IConditionalAccessOperation access) return null;
            invoked = access.Operation;
        }
        invoked = OperationShapes.StripConversions(invoked) ?? invoked;
        switch (invoked)
        {
            case IEventReferenceOperation @event:
                return (@event.Event, @event.Instance);
            case IFieldReferenceOperation { Field.AssociatedSymbol: IEventSymbol backed } eventField:
                return (backed, eventField.Instance);
        }
        return HoldingField(invoked) is { } holding ? (holding.Field, holding.Instance) : null;
    }

    /// <summary>The field <paramref name="target"/> is, or holds the table element it is.</summary>
    private static IFieldSymbol? FieldHolding(IOperation? target) => HoldingField(target)?.Field;

    // The reference to the field that target is, or that holds the table (indexer or array) whose element it is.
    private static IFieldReferenceOperation? HoldingField(IOperation? target)
    {
        for (var holder = OperationShapes.StripConversions(target); holder is not null;)
        {
            switch (holder)
            {
                case IFieldReferenceOperation field:
                    return field;
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                    holder = OperationShapes.StripConversions(indexer.Instance);
                    break;
                case IArrayElementReferenceOperation element:
                    holder = OperationShapes.StripConversions(element.ArrayReference);
                    break;
                default:
                    return null;
            }
        }
        return null;
    }

    private static bool IsInitializerElement(IOperation target) =>
        target is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } };
}
