using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>A check-then-act on shared state that several threads may run with no lock spanning the test and the change: one GIL1002.</summary>
/// <param name="Shape">The <c>if</c>, what it tests and what it changes.</param>
/// <param name="Function">The def it is written in.</param>
/// <param name="Header">The <c>if</c> and its test on one line (<c>if key not in cache</c>), the message's first argument.</param>
/// <param name="Checked">What it tests, on one line.</param>
/// <param name="Window">What the message says of the window between the test and the change: whether a call in it lets CPython 3.10+ switch threads too.</param>
/// <param name="Wrapped">The statements the lock must span: the <c>if</c>, and when the change comes after it, the statements through the change.</param>
internal sealed record RacyCheckThenAct(CheckThenAct Shape, PythonScope Function, string Header, string Checked, string Window, IReadOnlyList<StmtSyntax> Wrapped) : ISnippetStatement
{
    /// <summary>The <c>if</c> statement.</summary>
    public StmtSyntax Statement => Shape.Statement;

    /// <summary>The header, <c>if</c> through the end of the test: the whole statement would be several lines.</summary>
    public (int Start, int Length) Reported => (Shape.Statement.Start, Shape.Statement.Test.End - Shape.Statement.Start);
}
