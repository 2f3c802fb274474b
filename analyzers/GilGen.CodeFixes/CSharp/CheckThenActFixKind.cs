namespace GilGen.CodeFixes.CSharp;

/// <summary>The fixes of GIL2005, each with its equivalence key (<see cref="CheckThenActCodeFixProvider"/>).</summary>
internal enum CheckThenActFixKind
{
    /// <summary><c>if (!d.ContainsKey(k)) d[k] = v;</c> on a ConcurrentDictionary → <c>d.TryAdd(k, v);</c> or <c>d.GetOrAdd(k, _ =&gt; v);</c> (<see cref="ConcurrentDictionaryRewrite"/>).</summary>
    UseConcurrentDictionary,

    /// <summary>Lazy or double-checked initialization of a static field → a <c>Lazy&lt;T&gt;</c> (<see cref="LazyRewrite"/>).</summary>
    UseLazy,

    /// <summary>A <c>lock</c> around the check and the change (double-checked: only the inner lock).</summary>
    WrapInLock,
}
