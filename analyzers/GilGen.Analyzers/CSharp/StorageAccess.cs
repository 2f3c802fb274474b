using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.CSharp;

/// <summary>What an access does to its variable.</summary>
internal enum AccessKind
{
    /// <summary>Reads it (kept only where it is evidence: in the code after a thread's start).</summary>
    Read,

    /// <summary>Writes it without reading it first (<c>x = 0</c>, <c>x ??= y</c>).</summary>
    Write,

    /// <summary>Reads, modifies and writes it back (<see cref="ReadModifyWrite"/>).</summary>
    ReadModifyWrite,

    /// <summary>Changes the contents of the collection it holds (<c>list.Add(x)</c>, <see cref="CollectionMutation"/>); GIL2006's.</summary>
    Mutation,

    /// <summary>Tests it (or its contents) in an <c>if</c> whose branch changes it (<see cref="CheckThenAct"/>); GIL2005's.</summary>
    CheckThenAct,
}

/// <summary>
/// One read, write or read-modify-write of a field, or of a local or parameter that a lambda or
/// local function captures, as GIL2001 and GIL2004 need it at the end of the compilation.
/// </summary>
internal sealed class StorageAccess
{
    /// <summary>Creates the fact.</summary>
    public StorageAccess(ISymbol variable, Receiver receiver, AccessKind kind, SymbolKey unit, HeldLocks held,
        bool isConstruction, bool assignsInterlockedResult, SyntaxNode syntax, CheckThenActShape? shape = null, string? collectionType = null,
        bool onElement = false)
    {
        OnElement = onElement;
        Shape = shape;
        CollectionType = collectionType;
        Variable = variable;
        VariableKey = SymbolKey.From(variable);
        Receiver = receiver;
        Kind = kind;
        Unit = unit;
        Locks = held.Locks;
        LockUnit = held.Unit;
        IsConstruction = isConstruction;
        AssignsInterlockedResult = assignsInterlockedResult;
        Syntax = syntax;
    }

    /// <summary>The field, local or parameter.</summary>
    public ISymbol Variable { get; }

    /// <summary>Its identity.</summary>
    public SymbolKey VariableKey { get; }

    /// <summary>The object a field is read from; for a local or parameter, the variable itself (<see cref="Receiver.OfVariable"/>).</summary>
    public Receiver Receiver { get; }

    /// <summary>Read, write or read-modify-write.</summary>
    public AccessKind Kind { get; }

    /// <summary>The innermost code unit containing it (what reachability reaches).</summary>
    public SymbolKey Unit { get; }

    /// <summary>The locks held around it in its own code.</summary>
    public IReadOnlyList<LockId> Locks { get; }

    /// <summary>The unit whose callers' locks also cover it (<see cref="HeldLocks.Unit"/>).</summary>
    public SymbolKey LockUnit { get; }

    /// <summary>Whether it is construction code for the variable (<see cref="ConstructionCode"/>).</summary>
    public bool IsConstruction { get; }

    /// <summary>Whether it is <c>x = Interlocked.…(ref x, …)</c>: odd, but atomic where it matters.</summary>
    public bool AssignsInterlockedResult { get; }

    /// <summary>The whole expression: <c>counter++</c>, <c>x += k</c>, <c>x = x + 1</c>, <c>count = 0</c>.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>Where <see cref="Syntax"/> is, for a diagnostic (made only when one is reported).</summary>
    public Location Location => Syntax.GetLocation();

    /// <summary>The file it is in.</summary>
    public SyntaxTree Tree => Syntax.SyntaxTree;

    /// <summary>Whether it is a field (not a captured local or parameter).</summary>
    public bool IsField => Variable is IFieldSymbol;

    /// <summary>Whether it writes the variable itself.</summary>
    public bool Writes => Kind is AccessKind.Write or AccessKind.ReadModifyWrite;

    /// <summary>Whether it changes the variable or the contents of the collection in it.</summary>
    public bool Changes => Writes || Kind == AccessKind.Mutation;

    /// <summary>Whether it is about the contents of the collection in the variable, not the variable: a mutation, or a check-then-act on the contents.</summary>
    public bool OnContents => Kind == AccessKind.Mutation || OnElement || Shape is { OnContents: true };

    /// <summary>Whether it writes an element of the array in the variable (<c>a[i]++</c>, <c>a[i].Count += n</c>), not the variable.</summary>
    public bool OnElement { get; }

    /// <summary>For <see cref="AccessKind.CheckThenAct"/>: the check and the changes.</summary>
    public CheckThenActShape? Shape { get; }

    /// <summary>For <see cref="AccessKind.Mutation"/>: the collection type as the message names it (<c>List&lt;int&gt;</c>).</summary>
    public string? CollectionType { get; }

    /// <summary>Where it is.</summary>
    public TextSpan Span => Syntax.Span;
}

/// <summary>A call (or a lambda written, or a method group taken) from one code unit to another.</summary>
/// <param name="Caller">The unit it is written in.</param>
/// <param name="Callee">The unit it may run.</param>
/// <param name="Receiver">The object it is called on: the callee's <c>this</c>.</param>
/// <param name="Dispatches">Whether it is a virtual or interface call, so overrides and implementations run too.</param>
/// <param name="Site">Where it is written.</param>
internal readonly record struct CallEdge(SymbolKey Caller, SymbolKey Callee, Receiver Receiver, bool Dispatches, SyntaxNode Site);
