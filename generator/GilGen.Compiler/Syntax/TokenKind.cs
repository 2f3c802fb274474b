namespace GilGen.Compiler.Syntax;

/// <summary>The kinds of Python tokens (Lib/token.py, grouped: operators and keywords share <see cref="Op"/> and <see cref="Name"/>).</summary>
internal enum TokenKind
{
    /// <summary>An identifier or keyword; the text tells which.</summary>
    Name,
    /// <summary>An int, float or imaginary literal.</summary>
    Number,
    /// <summary>One string literal, with its prefix and quotes.</summary>
    String,
    /// <summary>An operator or delimiter.</summary>
    Op,
    /// <summary>End of a logical line.</summary>
    Newline,
    /// <summary>The indentation grew.</summary>
    Indent,
    /// <summary>The indentation shrank by one level.</summary>
    Dedent,
    /// <summary>End of input.</summary>
    EndMarker,
    /// <summary>Something the lexer could not read; it has already reported it.</summary>
    Error,
}
