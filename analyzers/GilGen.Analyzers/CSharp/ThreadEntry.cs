using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// One delegate handed to a thread entry API (<see cref="ThreadEntryApis"/>): the code that runs on
/// another thread, where it was started from, and what the starting code tells about how many
/// threads run it and what runs alongside it (<see cref="EntryTiming"/>).
/// </summary>
internal sealed class ThreadEntry
{
    private readonly IReadOnlyList<SymbolKey> _starterScopes;

    /// <summary>Creates the fact.</summary>
    /// <param name="api">The API.</param>
    /// <param name="target">What runs on the thread.</param>
    /// <param name="targetReceiver">What a method group is bound to.</param>
    /// <param name="starterScopes">The code unit that starts the thread, then each lambda or local function around it, then the member.</param>
    /// <param name="starterMember">The member that starts it.</param>
    /// <param name="timing">When it runs relative to the starter.</param>
    /// <param name="location">The delegate, where it is handed over.</param>
    /// <param name="stateArgument">The state object passed to the delegate, if any.</param>
    /// <param name="stateParameter">The delegate's parameter that receives it.</param>
    public ThreadEntry(ThreadEntryApi api, SymbolKey target, Receiver targetReceiver, IReadOnlyList<SymbolKey> starterScopes,
        ISymbol starterMember, EntryTiming timing, Location location, Receiver stateArgument = default, SymbolKey? stateParameter = null)
    {
        StateArgument = stateArgument;
        StateParameter = stateParameter;
        Api = api;
        Target = target;
        TargetReceiver = targetReceiver;
        _starterScopes = starterScopes;
        StarterMember = starterMember;
        StarterMemberKey = SymbolKey.From(starterMember);
        Timing = timing;
        Location = location;
    }

    /// <summary>The API.</summary>
    public ThreadEntryApi Api { get; }

    /// <summary>The state object the API passes to the delegate (<see cref="ThreadStateArgument"/>), as the starter names it.</summary>
    public Receiver StateArgument { get; }

    /// <summary>The delegate's parameter that receives <see cref="StateArgument"/>; null when no state is passed.</summary>
    public SymbolKey? StateParameter { get; }

    /// <summary>
    /// This entry as seen by the starter's own code between the start and the wait: the same thread,
    /// but a call the starter makes there to the delegate's method is not given the state object.
    /// </summary>
    public ThreadEntry WithoutState => StateParameter is null ? this
        : _withoutState ??= new ThreadEntry(Api, Target, TargetReceiver, _starterScopes, StarterMember, Timing, Location);

    private ThreadEntry? _withoutState;

    /// <summary>The lambda, anonymous method, local function or method run on the thread.</summary>
    public SymbolKey Target { get; }

    /// <summary>For a method group, the object it is bound to (<c>worker.Run</c>); <see cref="Receiver.This"/> for a lambda or local function, which captures <c>this</c>.</summary>
    public Receiver TargetReceiver { get; }

    /// <summary>The code unit that starts the thread.</summary>
    public SymbolKey StarterUnit => _starterScopes[0];

    /// <summary>The member that code unit is in, for messages.</summary>
    public ISymbol StarterMember { get; }

    /// <summary>Its identity.</summary>
    public SymbolKey StarterMemberKey { get; }

    /// <summary>When it runs relative to the starting code.</summary>
    public EntryTiming Timing { get; }

    /// <summary>The statements of the starting code that run while the thread does.</summary>
    public IReadOnlyList<TextSpan> ConcurrentRegion => Timing.ConcurrentRegion;

    /// <summary>The delegate, where it is handed over.</summary>
    public Location Location { get; }

    /// <summary>The <c>this</c> of the starting code (and of the lambda it hands over), if it has one.</summary>
    public ObjectRoot? StarterThis => !StarterMember.IsStatic && StarterMember.ContainingType is not null ? ObjectRoot.StarterThis : null;

    /// <summary>"started by new Thread in Program.Main".</summary>
    public string Description => "started by " + Api.Name + " in " + DiagnosticText.Member(StarterMember);

    /// <summary>
    /// Whether <paramref name="unit"/> is the starting code unit or a lambda, local function or member
    /// around it: its locals are the starter's (the thread's lambda captures them).
    /// </summary>
    public bool IsStarterScope(SymbolKey unit)
    {
        foreach (var scope in _starterScopes)
        {
            if (scope.Equals(unit)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether this one entry already runs code on several threads at once on the object <paramref name="root"/>:
    /// an API that runs its delegate concurrently with itself, or a start repeated in a loop on an object
    /// that is the same in every iteration (not a local declared inside the loop).
    /// </summary>
    public bool RunsConcurrentlyWithItselfOn(ObjectRoot root)
    {
        if (Api.RunsConcurrentlyWithItself) return true;
        if (Timing.RepeatSpan is not { } loop) return false;
        if (root.Kind != ObjectRootKind.StarterVariable) return true;
        var variable = root.Variable.Symbol;
        if (variable is not ILocalSymbol) return true;
        foreach (var reference in variable.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == Location.SourceTree && loop.Contains(reference.Span)) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether this entry's thread and <paramref name="other"/>'s (from the same starting member) can be
    /// alive at once. An async call made inside the code the other runs is not a second thread beside it.
    /// </summary>
    public bool MayOverlap(ThreadEntry other) =>
        !IsAsyncCallInside(other) && !other.IsAsyncCallInside(this)
        && (other.Location.SourceTree != Location.SourceTree || Timing.MayOverlap(other.Timing));

    /// <summary>
    /// Whether this is an async call made by the code <paramref name="other"/> runs
    /// (<c>Task.Factory.StartNew(() => LoopAsync())</c>): that thread makes the call and reaches the called
    /// method through it, so the call's continuation is that thread's own work. What runs beside the
    /// continuation inside that code is still this entry's concurrent region.
    /// </summary>
    private bool IsAsyncCallInside(ThreadEntry other)
    {
        if (!Api.IsAsyncCall) return false;
        foreach (var scope in _starterScopes)
        {
            if (scope.Equals(other.Target)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="node"/> is in the starter's code that runs alongside the thread.</summary>
    public bool IsInConcurrentRegion(SyntaxNode node)
    {
        if (ConcurrentRegion.Count == 0 || node.SyntaxTree != Location.SourceTree) return false;
        var nodeSpan = node.Span;
        foreach (var span in ConcurrentRegion)
        {
            if (span.Contains(nodeSpan)) return true;
        }
        return false;
    }
}
