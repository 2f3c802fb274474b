using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Recognizes a call or an indexer assignment that changes the contents of a collection of
/// System.Collections.Generic that is not thread-safe (<c>list.Add(x)</c>, <c>map[k] = v</c>,
/// <c>queue.Enqueue(x)</c>): two of them at once from two threads lose items, throw, or leave the
/// collection broken (a Dictionary whose buckets form a cycle loops forever). GIL2006 reports these;
/// GIL2005 also uses them as the "act" of a check-then-act on the contents, where a
/// <c>ConcurrentDictionary</c>'s indexer assignment counts too (each call is atomic, the pair is not).
/// </summary>
internal static class CollectionMutation
{
    private static readonly Dictionary<string, HashSet<string>> s_mutators = new()
    {
        ["List"] = Set("Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "Clear", "Sort", "Reverse"),
        ["Dictionary"] = Set("Add", "TryAdd", "Remove", "Clear"),
        ["SortedDictionary"] = Set("Add", "Remove", "Clear"),
        ["SortedList"] = Set("Add", "Remove", "RemoveAt", "Clear"),
        ["HashSet"] = Set("Add", "Remove", "Clear", "RemoveWhere", "UnionWith", "IntersectWith", "ExceptWith", "SymmetricExceptWith"),
        ["SortedSet"] = Set("Add", "Remove", "Clear", "RemoveWhere", "UnionWith", "IntersectWith", "ExceptWith", "SymmetricExceptWith"),
        ["Queue"] = Set("Enqueue", "Dequeue", "TryDequeue", "Clear"),
        ["Stack"] = Set("Push", "Pop", "TryPop", "Clear"),
        ["LinkedList"] = Set("AddFirst", "AddLast", "AddBefore", "AddAfter", "Remove", "RemoveFirst", "RemoveLast", "Clear"),
    };

    private static HashSet<string> Set(params string[] names) => new(names);

    /// <summary>
    /// Whether <paramref name="operation"/> changes a collection that is not thread-safe;
    /// <paramref name="collection"/> is the reference to it (the call's receiver), <paramref name="type"/> its type.
    /// </summary>
    public static bool TryGet(IOperation operation, out IOperation collection, out INamedTypeSymbol type)
    {
        collection = null!;
        type = null!;
        IOperation? instance;
        string name;
        switch (operation)
        {
            case IInvocationOperation { Instance: { } receiver } invocation:
                instance = receiver;
                name = invocation.TargetMethod.Name;
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } receiver } indexer when OperationShapes.IsWrittenTo(indexer):
                instance = receiver;
                name = "this[]";
                break;
            default:
                return false;
        }
        if (instance.Type is not INamedTypeSymbol collectionType || !IsUnsafe(collectionType)) return false;
        if (name != "this[]" && !s_mutators[collectionType.Name].Contains(name)) return false;
        if (name == "this[]" && collectionType.Name is not ("List" or "Dictionary" or "SortedDictionary" or "SortedList")) return false;
        collection = instance;
        type = collectionType;
        return true;
    }

    /// <summary>Whether <paramref name="operation"/> changes the contents of a collection, thread-safe or not, that a check-then-act tests: <see cref="TryGet"/> or a <c>ConcurrentDictionary</c> indexer assignment.</summary>
    public static bool TryGetAct(IOperation operation, out IOperation collection)
    {
        if (TryGet(operation, out collection, out _)) return true;
        if (operation is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } receiver } indexer
            && KnownType.Is(receiver.Type, "System.Collections.Concurrent", "ConcurrentDictionary") && OperationShapes.IsWrittenTo(indexer))
        {
            collection = receiver;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="operation"/> adds to a thread-safe collection (<c>ConcurrentQueue.Enqueue</c>,
    /// <c>ConcurrentStack.Push</c>, <c>ConcurrentBag.Add</c>, <c>ConcurrentDictionary.TryAdd</c>): atomic
    /// on its own, but after a test of the collection's <c>Count</c> against a bound the pair is not,
    /// and the bound is overrun. <paramref name="collection"/> is the receiver.
    /// </summary>
    public static bool TryGetConcurrentGrowth(IOperation operation, out IOperation collection)
    {
        collection = null!;
        if (operation is not IInvocationOperation { Instance: { } receiver } call) return false;
        var grows = call.TargetMethod.Name switch
        {
            "Enqueue" => KnownType.Is(receiver.Type, "System.Collections.Concurrent", "ConcurrentQueue"),
            "Push" or "PushRange" => KnownType.Is(receiver.Type, "System.Collections.Concurrent", "ConcurrentStack"),
            "Add" => KnownType.Is(receiver.Type, "System.Collections.Concurrent", "ConcurrentBag"),
            "TryAdd" or "GetOrAdd" or "AddOrUpdate" => KnownType.Is(receiver.Type, "System.Collections.Concurrent", "ConcurrentDictionary"),
            _ => false,
        };
        if (grows) collection = receiver;
        return grows;
    }

    /// <summary>Whether <paramref name="type"/> is one of the generic collections that one thread at a time may change.</summary>
    public static bool IsUnsafe(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && s_mutators.ContainsKey(named.Name) && KnownType.Is(named, "System.Collections.Generic", named.Name);

    /// <summary>Whether <paramref name="type"/> is a collection whose contents a check can test: an unsafe one or a concurrent one.</summary>
    public static bool IsCheckable(ITypeSymbol? type) =>
        IsUnsafe(type) || KnownType.Is(type, "System.Collections.Concurrent", "ConcurrentDictionary")
        || KnownType.Is(type, "System.Collections.Concurrent", "ConcurrentQueue") || KnownType.Is(type, "System.Collections.Concurrent", "ConcurrentStack")
        || KnownType.Is(type, "System.Collections.Concurrent", "ConcurrentBag");
}
