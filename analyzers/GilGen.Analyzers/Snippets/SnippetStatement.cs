using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>A statement of a snippet function that a diagnostic is on and the <c>with lock:</c> fix wraps (GIL1001's and GIL1002's).</summary>
internal interface ISnippetStatement
{
    /// <summary>The statement.</summary>
    StmtSyntax Statement { get; }

    /// <summary>The def it is written in.</summary>
    PythonScope Function { get; }

    /// <summary>The consecutive statements of one block the <c>with lock:</c> must span: the statement, or an <c>if</c> through the statement after it that changes what it tested.</summary>
    System.Collections.Generic.IReadOnlyList<StmtSyntax> Wrapped { get; }

    /// <summary>Where in the snippet the diagnostic is: the statement, or for an <c>if</c> its header (<c>if key not in cache</c>).</summary>
    (int Start, int Length) Reported { get; }
}
