using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>A read-modify-write of shared state that several threads may run with no lock held: one GIL1001.</summary>
/// <param name="Write">The statement, its target and the read of the target.</param>
/// <param name="Function">The def it is written in.</param>
/// <param name="Text">The statement's text, on one line (the message's first argument).</param>
/// <param name="Between">What another thread can run between: the instructions, or a description of the read and the write.</param>
/// <param name="UnderLock">
/// True when the statement holds a lock already, one that some other write of the same state does not
/// hold (or one that cannot guard it): wrapping it in a lock again changes nothing, so the code fix
/// leaves it to the fix of the unlocked side.
/// </param>
internal sealed record RacyStatement(ReadModifyWrite Write, PythonScope Function, string Text, string Between, bool UnderLock = false) : ISnippetStatement
{
    /// <summary>The statement.</summary>
    public StmtSyntax Statement => Write.Statement;

    /// <inheritdoc/>
    public System.Collections.Generic.IReadOnlyList<StmtSyntax> Wrapped => new[] { Statement };

    /// <inheritdoc/>
    public (int Start, int Length) Reported => (Statement.Start, Statement.Length);
}
