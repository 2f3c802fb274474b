using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>When the code handed to a thread entry API starts running, relative to the call.</summary>
internal enum EntryStart
{
    /// <summary>As soon as the call returns (Task.Run, ThreadPool, a System.Threading.Timer).</summary>
    Immediately,

    /// <summary>At <c>thread.Start()</c>.</summary>
    ThreadStart,

    /// <summary>At <c>task.Start()</c> (a task made with <c>new Task(…)</c>).</summary>
    TaskStart,

    /// <summary>At <c>timer.Start()</c> or <c>timer.Enabled = true</c> (System.Timers.Timer).</summary>
    TimerStart,

    /// <summary>Inside the call, which returns when all of it is done (Parallel.For/ForEach/Invoke, PLINQ).</summary>
    DuringTheCall,

    /// <summary>
    /// Whenever the collector finds an object dead (a finalizer): at any moment of the program, so
    /// alongside any code that changes the same static state, whoever started it.
    /// </summary>
    WhenCollected,
}

/// <summary>A recognized API that runs delegates on other threads.</summary>
/// <param name="Name">How a message names it: "new Thread", "Task.Run", "Parallel.For"…</param>
/// <param name="RunsConcurrentlyWithItself">
/// Whether one delegate handed to it may run on several threads at once: the body of Parallel.For/ForEach,
/// a PLINQ delegate, a timer callback (ticks overlap when a callback outlasts the period). A Thread,
/// a Task or a Parallel.Invoke action runs once.
/// </param>
/// <param name="Start">When the delegate starts running.</param>
internal readonly record struct ThreadEntryApi(string Name, bool RunsConcurrentlyWithItself, EntryStart Start)
{
    /// <summary>
    /// A call of an async method that does not wait for it: the rest of the method after its first
    /// incomplete await runs on the thread pool, beside the caller (<see cref="AsyncContinuation"/>).
    /// </summary>
    public static ThreadEntryApi AsyncCall { get; } = new("an async call", false, EntryStart.Immediately);

    /// <summary>Whether this is <see cref="AsyncCall"/>.</summary>
    public bool IsAsyncCall => this == AsyncCall;
}

/// <summary>
/// Recognizes the thread entries of GIL2001: <c>new Thread(…)</c>, <c>ThreadPool.(Unsafe)QueueUserWorkItem</c>,
/// <c>ThreadPool.RegisterWaitForSingleObject</c>, <c>Task.Run</c>, <c>Task.Factory.StartNew</c>, <c>new Task(…)</c>,
/// continuations (<c>task.ContinueWith</c>, <c>Task.Factory.ContinueWhenAll/Any</c>, <c>awaiter.OnCompleted</c>), <c>Parallel.For/ForEach/Invoke</c>
/// (and their async forms), every PLINQ operator (<c>ForAll</c>, <c>Select</c>… on a ParallelQuery),
/// <c>new System.Threading.Timer(callback, …)</c> and <c>timer.Elapsed += …</c> on a System.Timers.Timer;
/// and finds the delegates they are given.
/// </summary>
internal static class ThreadEntryApis
{
    private const string Threading = "System.Threading";
    private const string Tasks = "System.Threading.Tasks";

    /// <summary>
    /// Whether a <c>new Timer(callback, state, dueTime, period)</c> fires once: its period is the constant
    /// <c>Timeout.Infinite</c> (-1) or <c>Timeout.InfiniteTimeSpan</c>, so its callback never overlaps itself.
    /// </summary>
    private static bool FiresOnce(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name != "period") continue;
            var value = OperationShapes.StripConversions(argument.Value);
            if (value?.ConstantValue is { HasValue: true, Value: { } constant })
                return constant is -1 or -1L or uint.MaxValue;
            return value is IFieldReferenceOperation { Field.Name: "InfiniteTimeSpan" } field && KnownType.Is(field.Field.ContainingType, Threading, "Timeout");
        }
        return false;
    }

    /// <summary>Whether <paramref name="operation"/> (a call, an object creation or an event subscription) hands delegates to other threads.</summary>
    public static bool TryGetApi(IOperation operation, out ThreadEntryApi api)
    {
        api = default;
        switch (operation)
        {
            case IObjectCreationOperation creation:
                var created = creation.Constructor?.ContainingType;
                if (KnownType.Is(created, Threading, "Thread")) api = new("new Thread", false, EntryStart.ThreadStart);
                else if (KnownType.Is(created, Threading, "Timer")) api = new("new System.Threading.Timer", !FiresOnce(creation), EntryStart.Immediately);
                else if (KnownType.Is(created, Tasks, "Task")) api = new("new Task", false, EntryStart.TaskStart);
                else return false;
                return true;

            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                var type = method.ContainingType;
                if (type is null) return false;
                if (KnownType.Is(type, Threading, "ThreadPool"))
                {
                    if (method.Name is not ("QueueUserWorkItem" or "UnsafeQueueUserWorkItem" or "RegisterWaitForSingleObject" or "UnsafeRegisterWaitForSingleObject")) return false;
                    api = new("ThreadPool." + method.Name, false, EntryStart.Immediately);
                    return true;
                }
                if (KnownType.Is(type, Tasks, "Task"))
                {
                    // A continuation runs on the thread pool when its antecedent completes, alongside the code that attached it.
                    if (method.Name is not ("Run" or "ContinueWith")) return false;
                    api = new("Task." + method.Name, false, EntryStart.Immediately);
                    return true;
                }
                if (KnownType.Is(type, Tasks, "TaskFactory"))
                {
                    if (method.Name is not ("StartNew" or "ContinueWhenAll" or "ContinueWhenAny")) return false;
                    api = new("Task.Factory." + method.Name, false, EntryStart.Immediately);
                    return true;
                }
                if (method.Name is "OnCompleted" or "UnsafeOnCompleted"
                    && (KnownType.Is(type, "System.Runtime.CompilerServices", "TaskAwaiter") || KnownType.Is(type, "System.Runtime.CompilerServices", "ConfiguredTaskAwaitable")
                        || KnownType.Is(type, "System.Runtime.CompilerServices", "ValueTaskAwaiter")))
                {
                    api = new("awaiter." + method.Name, false, EntryStart.Immediately);
                    return true;
                }
                if (KnownType.Is(type, Tasks, "Parallel"))
                {
                    switch (method.Name)
                    {
                        case "For": case "ForEach": api = new("Parallel." + method.Name, true, EntryStart.DuringTheCall); return true;
                        case "ForAsync": case "ForEachAsync": api = new("Parallel." + method.Name, true, EntryStart.Immediately); return true;
                        case "Invoke": api = new("Parallel.Invoke", false, EntryStart.DuringTheCall); return true;
                        default: return false;
                    }
                }
                if (KnownType.Is(type, "System.Linq", "ParallelEnumerable"))
                {
                    api = new("PLINQ " + method.Name, true, EntryStart.DuringTheCall);
                    return true;
                }
                return false;

            case IEventAssignmentOperation { Adds: true } subscription:
                if (subscription.EventReference is IEventReferenceOperation { Event: { Name: "Elapsed" } elapsed }
                    && KnownType.Is(elapsed.ContainingType, "System.Timers", "Timer"))
                {
                    api = new("System.Timers.Timer.Elapsed", true, EntryStart.TimerStart);
                    return true;
                }
                return false;

            default:
                return false;
        }
    }

    /// <summary>Whether <paramref name="invocation"/> is a thread entry API.</summary>
    public static bool StartsThreads(IInvocationOperation invocation) => TryGetApi(invocation, out _);

    /// <summary>
    /// The delegates <paramref name="operation"/> hands to other threads: every delegate-typed argument
    /// (each element of a params array, for Parallel.Invoke), or the handler of an event subscription.
    /// Each is a lambda, anonymous method or method group as written, under its delegate creation.
    /// </summary>
    public static void CollectDelegates(IOperation operation, List<IOperation> delegates)
    {
        switch (operation)
        {
            case IEventAssignmentOperation subscription:
                AddIfDelegate(subscription.HandlerValue, delegates);
                break;
            case IInvocationOperation invocation:
                AddArguments(invocation.Arguments, delegates);
                break;
            case IObjectCreationOperation creation:
                AddArguments(creation.Arguments, delegates);
                break;
        }
    }

    private static void AddArguments(ImmutableArray<IArgumentOperation> arguments, List<IOperation> delegates)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues) AddIfDelegate(element, delegates);
            }
            else
            {
                AddIfDelegate(argument.Value, delegates);
            }
        }
    }

    private static void AddIfDelegate(IOperation value, List<IOperation> delegates, bool followStored = true)
    {
        var stripped = OperationShapes.StripConversions(value);
        if (stripped is IDelegateCreationOperation creation) stripped = creation.Target;
        if (stripped is IAnonymousFunctionOperation or IMethodReferenceOperation) delegates.Add(stripped);
        // A delegate stored first and started later (issue 12 §1): `ThreadStart entry = Tick; new Thread(entry)`,
        // `static readonly Action Job = Bump; Task.Run(Job)`: what it runs is what it was initialized with.
        else if (followStored && stripped is not null && StoredDelegate(stripped) is { } stored) AddIfDelegate(stored, delegates, followStored: false);
    }

    /// <summary>The lambda or method group a delegate-typed local or readonly field was initialized with, if known.</summary>
    public static IOperation? StoredDelegateTarget(IOperation reference)
    {
        var stored = StoredDelegate(OperationShapes.StripConversions(reference) ?? reference);
        var stripped = OperationShapes.StripConversions(stored);
        return stripped is IDelegateCreationOperation creation ? creation.Target : stripped;
    }

    /// <summary>
    /// The initializer of the local (in the same body) or readonly field (in the same file) that
    /// <paramref name="reference"/> reads, when it holds a delegate; null otherwise.
    /// </summary>
    private static IOperation? StoredDelegate(IOperation reference)
    {
        if (reference.Type?.TypeKind != TypeKind.Delegate) return null;
        switch (reference)
        {
            case ILocalReferenceOperation local:
                var body = reference;
                while (body.Parent is not null) body = body.Parent;
                foreach (var operation in body.Descendants())
                {
                    if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                        return declarator.Initializer?.Value;
                }
                return null;
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                if (reference.SemanticModel is not { } model) return null;
                foreach (var declaration in field.DeclaringSyntaxReferences)
                {
                    if (declaration.SyntaxTree != model.SyntaxTree) continue;
                    foreach (var child in declaration.GetSyntax().ChildNodes())
                    {
                        if (model.GetOperation(child) is IFieldInitializerOperation initializer) return initializer.Value;
                    }
                }
                return null;
            default:
                return null;
        }
    }
}
