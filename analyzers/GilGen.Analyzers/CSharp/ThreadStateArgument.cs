using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The object a thread entry API hands to its delegate as the delegate's first parameter:
/// <c>ThreadPool.QueueUserWorkItem(Count, tally)</c>, <c>Task.Factory.StartNew(s =&gt; …, box)</c>,
/// <c>new Timer(Tick, state, …)</c>, or the argument of <c>thread.Start(stats)</c> for a thread made
/// with a <c>ParameterizedThreadStart</c>. Inside the delegate that parameter is the same object as
/// the starter's argument, so its fields are the starter's too.
/// </summary>
internal static class ThreadStateArgument
{
    /// <summary>The state argument <paramref name="site"/> passes, or null when it passes none that is known.</summary>
    /// <param name="site">The thread entry call or creation.</param>
    /// <param name="startedObject">The local holding a new thread, whose <c>Start(state)</c> call passes the state.</param>
    public static IOperation? Of(IOperation site, ILocalSymbol? startedObject)
    {
        switch (site)
        {
            case IInvocationOperation invocation:
                return Named(invocation.Arguments);
            case IObjectCreationOperation creation:
                if (Named(creation.Arguments) is { } state) return state;
                return startedObject is not null && KnownType.Is(creation.Type, "System.Threading", "Thread") ? StartArgument(site, startedObject) : null;
            default:
                return null;
        }
    }

    /// <summary>The first parameter of the delegate the state goes to: what the state is called inside it.</summary>
    public static IParameterSymbol? ParameterOf(IOperation handed) => handed switch
    {
        IAnonymousFunctionOperation { Symbol.Parameters.Length: > 0 } function => function.Symbol.Parameters[0],
        IMethodReferenceOperation { Method.Parameters.Length: > 0 } reference => reference.Method.Parameters[0],
        _ => null,
    };

    private static IOperation? Named(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Name: "state" }) return argument.Value;
        }
        return null;
    }

    /// <summary>The argument of the first <c>thread.Start(state)</c> on <paramref name="thread"/> in the code unit of <paramref name="site"/>.</summary>
    private static IOperation? StartArgument(IOperation site, ILocalSymbol thread)
    {
        var body = site;
        while (body.Parent is not null && body.Parent is not (IAnonymousFunctionOperation or ILocalFunctionOperation)) body = body.Parent;
        foreach (var operation in body.Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "Start", Arguments.Length: 1 } start
                && OperationShapes.StripConversions(start.Instance) is ILocalReferenceOperation local
                && SymbolEqualityComparer.Default.Equals(local.Local, thread)
                && KnownType.Is(start.TargetMethod.ContainingType, "System.Threading", "Thread"))
                return start.Arguments[0].Value;
        }
        return null;
    }
}
