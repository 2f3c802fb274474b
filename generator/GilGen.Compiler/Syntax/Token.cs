namespace GilGen.Compiler.Syntax;

/// <summary>One token: its kind, text, and where it is.</summary>
internal sealed class Token
{
    /// <summary>Creates a token.</summary>
    public Token(TokenKind kind, string text, int start, int length, int line, int column)
    {
        Kind = kind; Text = text; Start = start; Length = length; Line = line; Column = column;
    }

    /// <summary>The kind.</summary>
    public TokenKind Kind { get; }
    /// <summary>The source text (empty for Indent/Dedent/EndMarker).</summary>
    public string Text { get; }
    /// <summary>Char offset of its first char.</summary>
    public int Start { get; }
    /// <summary>Length in chars.</summary>
    public int Length { get; }
    /// <summary>Offset just past it.</summary>
    public int End => Start + Length;
    /// <summary>1-based line.</summary>
    public int Line { get; }
    /// <summary>0-based column.</summary>
    public int Column { get; }

    /// <summary>True for this operator or keyword.</summary>
    public bool Is(string text) => (Kind == TokenKind.Op || Kind == TokenKind.Name) && Text == text;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} '{Text}' @{Line}:{Column}";
}
