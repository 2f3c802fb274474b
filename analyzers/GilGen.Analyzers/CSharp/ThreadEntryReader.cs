using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Turns a call, object creation or event subscription that starts threads into <see cref="ThreadEntry"/>
/// facts, one per delegate, reading from the surrounding code whether the start is repeated and what
/// runs alongside it. Delegates stored in variables first (<c>ThreadStart s = Work; new Thread(s)</c>)
/// are not followed: what they run is not evident at the start.
/// </summary>
internal static class ThreadEntryReader
{
    /// <summary>Adds the entries <paramref name="site"/> starts, if any; <paramref name="reachability"/> is its operation block's.</summary>
    public static void Read(IOperation site, ISymbol owningSymbol, List<ThreadEntry> entries, StatementReachability reachability)
    {
        if (AsyncCallTarget(site) is { } asyncCall)
        {
            ReadAsyncCall(site, owningSymbol, asyncCall.Continuation, asyncCall.Receiver, entries, reachability);
            return;
        }
        if (site is IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } factoryCall && StartReturnedBy(factoryCall) is { } returned)
        {
            // `Timer StartTicking() => new Timer(…)`: the timer starts in the local function, but what runs
            // alongside it is what its caller does with it (`using (var t = StartTicking()) { … }`).
            ReadStart(returned, factoryCall, owningSymbol, entries, reachability);
            return;
        }
        if (TimerFieldStart(site) is { } timerField)
        {
            ReadTimerFieldStart(site, timerField, owningSymbol, entries, reachability);
            return;
        }
        if (IsReturnedFromLocalFunction(site)) return; // read at each call of the local function instead
        if (ThreadEntryApis.TryGetApi(site, out _)) ReadStart(site, site, owningSymbol, entries, reachability);
    }

    /// <summary>
    /// Adds the entries the thread entry API call <paramref name="start"/> hands over, timed from
    /// <paramref name="site"/>: the start itself, or the call of a local function that returns it.
    /// </summary>
    private static void ReadStart(IOperation start, IOperation site, ISymbol owningSymbol, List<ThreadEntry> entries, StatementReachability reachability)
    {
        if (!ThreadEntryApis.TryGetApi(start, out var api)) return;
        if (!reachability.IsReachable(site) || !reachability.IsReachable(start)) return; // a start C# knows never runs starts nothing
        var delegates = new List<IOperation>();
        ThreadEntryApis.CollectDelegates(start, delegates);
        if (delegates.Count == 0) return;

        var starterScopes = StarterScopes(site, owningSymbol);
        var (region, startPosition, waitPosition) = ConcurrentRegion.Of(site, api.Start, StartedObject(site));
        var repeat = RepeatSpan(site);
        // A start that is waited for in the same iteration (await Task.Run(…) in a loop, Start then
        // Join) runs one thread at a time: the loop is no evidence that its threads overlap.
        if (repeat is { } loop && waitPosition is { } wait && loop.Start <= wait && wait <= loop.End) repeat = null;
        var antecedent = start is IInvocationOperation { TargetMethod.Name: "ContinueWith", Instance: { } continued } ? continued.Syntax.Span : (TextSpan?)null;
        var timing = new EntryTiming(site.Syntax.SpanStart, startPosition, waitPosition, repeat, region, antecedent);
        var state = site == start ? ThreadStateArgument.Of(site, StartedObject(site)) : null;
        var stateArgument = state is null ? Receiver.Unknown : Receiver.Of(state);
        foreach (var handed in delegates)
        {
            if (EntryTarget(handed) is not var (target, receiver)) continue;
            var stateParameter = stateArgument.Kind is ReceiverKind.None or ReceiverKind.Unknown ? null : ThreadStateArgument.ParameterOf(handed);
            entries.Add(new ThreadEntry(api, target, receiver, starterScopes, owningSymbol, timing, handed.Syntax.GetLocation(),
                stateArgument, stateParameter is null ? null : SymbolKey.From(stateParameter)));
        }
    }

    /// <summary>
    /// The thread entry API call a local function returns directly (<c>Timer Start() => new Timer(…)</c>,
    /// <c>return Task.Run(…);</c>) when that is its only return, for the APIs whose delegates start at once.
    /// </summary>
    private static IOperation? StartReturnedBy(IInvocationOperation call)
    {
        var root = (IOperation)call;
        while (root.Parent is not null) root = root.Parent;
        foreach (var operation in root.Descendants())
        {
            if (operation is ILocalFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, call.TargetMethod.OriginalDefinition))
                return SingleReturnedStart(function);
        }
        return null;
    }

    private static IOperation? SingleReturnedStart(ILocalFunctionOperation function)
    {
        var body = function.Body ?? function.IgnoredBody;
        if (body is null) return null;
        IOperation? returned = null;
        foreach (var operation in body.Descendants())
        {
            if (operation is not IReturnOperation { ReturnedValue: { } value } || ReturningFunction(operation) != function) continue;
            if (returned is not null) return null;
            returned = OperationShapes.StripConversions(value);
        }
        return returned is not null && ThreadEntryApis.TryGetApi(returned, out var api) && api.Start == EntryStart.Immediately ? returned : null;
    }

    /// <summary>Whether <paramref name="site"/> is what a local function returns: its entries are read where the function is called.</summary>
    private static bool IsReturnedFromLocalFunction(IOperation site)
    {
        var parent = site.Parent;
        while (parent is IConversionOperation) parent = parent.Parent;
        return parent is IReturnOperation && ReturningFunction(parent) is ILocalFunctionOperation function && SingleReturnedStart(function) == site;
    }

    private static IOperation? ReturningFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) return parent;
        }
        return null;
    }

    /// <summary>
    /// The System.Timers.Timer field whose <c>Start()</c> (or <c>Enabled = true</c>) <paramref name="site"/> is, when
    /// its <c>Elapsed</c> handlers are subscribed elsewhere (in a constructor, say): the timer starts here.
    /// </summary>
    private static IFieldSymbol? TimerFieldStart(IOperation site)
    {
        IOperation? receiver = null;
        if (site is IInvocationOperation { TargetMethod.Name: "Start", Arguments.Length: 0 } start && KnownType.Is(start.TargetMethod.ContainingType, "System.Timers", "Timer"))
            receiver = start.Instance;
        else if (site is IPropertyReferenceOperation { Property.Name: "Enabled" } enabled && KnownType.Is(enabled.Property.ContainingType, "System.Timers", "Timer")
            && enabled.Parent is ISimpleAssignmentOperation { Value.ConstantValue: { HasValue: true, Value: true } } assignment && assignment.Target == enabled)
            receiver = enabled.Instance;
        // Only this object's timer (or a static one): its handlers' `this` is the starter's.
        return OperationShapes.StripConversions(receiver) is IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field ? field.Field : null;
    }

    /// <summary>
    /// Entries for the <c>Elapsed</c> handlers of <paramref name="timerField"/> subscribed in its type (in this file), started
    /// at <paramref name="site"/>: what follows the start in this member runs alongside the handlers.
    /// </summary>
    private static void ReadTimerFieldStart(IOperation site, IFieldSymbol timerField, ISymbol owningSymbol, List<ThreadEntry> entries, StatementReachability reachability)
    {
        if (!reachability.IsReachable(site) || site.SemanticModel is not { } model) return;
        var delegates = new List<IOperation>();
        foreach (var reference in timerField.ContainingType.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != model.SyntaxTree) continue;
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                if (!node.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AddAssignmentExpression)) continue;
                if (model.GetOperation(node) is IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation { Event.Name: "Elapsed", Instance: { } instance } } subscription
                    && OperationShapes.StripConversions(instance) is IFieldReferenceOperation subscribed
                    && SymbolEqualityComparer.Default.Equals(subscribed.Field, timerField)
                    && ThreadEntryApis.TryGetApi(subscription, out _))
                    ThreadEntryApis.CollectDelegates(subscription, delegates);
            }
        }
        if (delegates.Count == 0) return;
        var api = new ThreadEntryApi("System.Timers.Timer.Start", true, EntryStart.Immediately);
        var (region, startPosition, waitPosition) = ConcurrentRegion.Of(site, EntryStart.Immediately, null);
        var timing = new EntryTiming(site.Syntax.SpanStart, startPosition, waitPosition, RepeatSpan(site), region);
        var starterScopes = StarterScopes(site, owningSymbol);
        foreach (var handed in delegates)
        {
            if (EntryTarget(handed) is var (target, receiver))
                entries.Add(new ThreadEntry(api, target, receiver, starterScopes, owningSymbol, timing, site.Syntax.GetLocation()));
        }
    }

    // The method a handed delegate runs and the object it runs on: a lambda on the starter's `this`, a method group
    // on its receiver (a local function, like a lambda, on `this`).
    private static (SymbolKey Target, Receiver Receiver)? EntryTarget(IOperation handed) => handed switch
    {
        IAnonymousFunctionOperation function => (SymbolKey.From(function.Symbol), Receiver.This),
        IMethodReferenceOperation reference => (SymbolKey.From(reference.Method),
            reference.Method.IsStatic ? Receiver.None
            : reference.Method.MethodKind == MethodKind.LocalFunction ? Receiver.This
            : Receiver.Of(reference.Instance)),
        _ => null,
    };

    /// <summary>
    /// A call of an async method, local function or stored async lambda that awaits something incomplete
    /// (<see cref="AsyncContinuation"/>), or such a method handed as a method group to a call that invokes it
    /// (<c>urls.Select(FetchAsync)</c>): its continuation runs on the thread pool alongside the caller
    /// until the caller awaits or waits for the task. Handed to a thread entry API it is that API's entry instead.
    /// </summary>
    private static (SymbolKey Continuation, Receiver Receiver)? AsyncCallTarget(IOperation site)
    {
        switch (site)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (method.IsAsync)
                    return AsyncContinuation.Of(method) is { } continuation
                        ? (continuation, method.IsStatic ? Receiver.None : method.MethodKind == MethodKind.LocalFunction ? Receiver.This : Receiver.Of(invocation.Instance))
                        : null;
                // `Func<Task> step = async () => { … }; step();`
                if (method.MethodKind == MethodKind.DelegateInvoke && invocation.Instance is { } stored
                    && ThreadEntryApis.StoredDelegateTarget(stored) is IAnonymousFunctionOperation { Symbol: { IsAsync: true } lambda }
                    && AsyncContinuation.Of(lambda) is { } lambdaContinuation)
                    return (lambdaContinuation, Receiver.This);
                return null;
            case IMethodReferenceOperation { Method.IsAsync: true } reference when HandedToRepeatingCall(reference):
                return AsyncContinuation.Of(reference.Method) is { } referenced
                    ? (referenced, reference.Method.IsStatic ? Receiver.None : reference.Method.MethodKind == MethodKind.LocalFunction ? Receiver.This : Receiver.Of(reference.Instance))
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Whether a method group is an argument of LINQ or ForEach (which call it for each element), not of a thread entry API.</summary>
    private static bool HandedToRepeatingCall(IMethodReferenceOperation reference)
    {
        var operation = reference.Parent;
        while (operation is IDelegateCreationOperation or IConversionOperation) operation = operation.Parent;
        if (operation is not IArgumentOperation { Parent: IInvocationOperation invocation } || ThreadEntryApis.StartsThreads(invocation)) return false;
        return KnownType.Is(invocation.TargetMethod.ContainingType, "System.Linq", "Enumerable") || invocation.TargetMethod.Name is "ForEach" or "ConvertAll";
    }

    private static void ReadAsyncCall(IOperation site, ISymbol owningSymbol, SymbolKey continuation, Receiver receiver, List<ThreadEntry> entries, StatementReachability reachability)
    {
        if (!reachability.IsReachable(site)) return;
        var api = ThreadEntryApi.AsyncCall;
        var (region, startPosition, waitPosition) = ConcurrentRegion.Of(site, EntryStart.Immediately, null, siteRunsStarterCode: true);
        // A method group handed to LINQ runs once per element: its calls overlap.
        var repeat = site is IMethodReferenceOperation ? site.Syntax.Span : RepeatSpan(site);
        if (repeat is { } loop && waitPosition is { } wait && loop.Start <= wait && wait <= loop.End) repeat = null;
        var timing = new EntryTiming(site.Syntax.SpanStart, startPosition, waitPosition, repeat, region);
        entries.Add(new ThreadEntry(api, continuation, receiver, StarterScopes(site, owningSymbol), owningSymbol, timing, site.Syntax.GetLocation()));
    }

    /// <summary>
    /// A finalizer is a thread entry of its own: the finalizer thread runs it whenever the collector
    /// finds the object dead, concurrently with the rest of the program. Its <c>this</c> is an object
    /// no other code holds any longer, so only the static state it reaches is evidence.
    /// </summary>
    public static ThreadEntry? Finalizer(IMethodSymbol finalizer)
    {
        if (finalizer.Locations.IsEmpty || finalizer.DeclaringSyntaxReferences.IsEmpty) return null;
        var position = finalizer.DeclaringSyntaxReferences[0].Span.Start;
        var timing = new EntryTiming(position, position, null, null, Array.Empty<TextSpan>());
        var key = SymbolKey.From(finalizer);
        // Concurrent with itself in effect: it runs for each dead object while the program goes on making more.
        return new ThreadEntry(new ThreadEntryApi("the finalizer thread", true, EntryStart.WhenCollected), key, Receiver.Unknown,
            new[] { key }, finalizer, timing, finalizer.Locations[0]);
    }

    /// <summary>The code unit containing <paramref name="site"/>, then each lambda or local function around it, then the member.</summary>
    private static IReadOnlyList<SymbolKey> StarterScopes(IOperation site, ISymbol owningSymbol)
    {
        var scopes = new List<SymbolKey>(2);
        // Started after an await: the continuation is the code unit, its locals are still the unit's.
        if (CodeUnit.Of(site, owningSymbol) is { IsContinuation: true } continuation) scopes.Add(continuation);
        for (var parent = site.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation function) scopes.Add(SymbolKey.From(function.Symbol));
            else if (parent is ILocalFunctionOperation localFunction) scopes.Add(SymbolKey.From(localFunction.Symbol));
        }
        scopes.Add(SymbolKey.From(owningSymbol));
        return scopes;
    }

    /// <summary>
    /// The loop around the start inside its code unit, or the lambda it is in when that lambda is given
    /// to LINQ or ForEach (<c>Enumerable.Range(0, n).Select(_ => Task.Run(Work))</c>), which runs it repeatedly.
    /// </summary>
    private static TextSpan? RepeatSpan(IOperation site)
    {
        for (var parent = site.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case ILoopOperation loop:
                    return loop.Syntax.Span;
                case IAnonymousFunctionOperation function:
                    return IsRepeatedlyInvoked(function) ? function.Syntax.Span : null;
                case ILocalFunctionOperation:
                    return null;
            }
        }
        return null;
    }

    private static bool IsRepeatedlyInvoked(IAnonymousFunctionOperation function)
    {
        var operation = function.Parent;
        if (operation is IDelegateCreationOperation) operation = operation.Parent;
        while (operation is IConversionOperation) operation = operation.Parent;
        if (operation is not IArgumentOperation { Parent: IInvocationOperation invocation }) return false;
        var method = invocation.TargetMethod;
        return KnownType.Is(method.ContainingType, "System.Linq", "Enumerable") || method.Name is "ForEach" or "ConvertAll";
    }

    /// <summary>The local the new thread, task or timer is kept in (<c>var t = new Thread(…)</c>, <c>timer.Elapsed += …</c>), if any.</summary>
    private static ILocalSymbol? StartedObject(IOperation site)
    {
        if (site is IEventAssignmentOperation { EventReference: IEventReferenceOperation subscription })
            return (OperationShapes.StripConversions(subscription.Instance) as ILocalReferenceOperation)?.Local;

        var parent = site.Parent;
        while (parent is IConversionOperation) parent = parent.Parent;
        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
            _ => null,
        };
    }
}
