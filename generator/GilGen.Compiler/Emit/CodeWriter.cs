using System.Text;

namespace GilGen.Compiler.Emit;

/// <summary>A tiny indenting text writer for the generated C#.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;
    private string? _note;

    public void Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        if (_note != null && line.Length > 0)
        {
            // Appended as a comment even after the line's own: the line may hold "//" inside a string literal.
            _text.Append("   // ").Append(_note);
            _note = null;
        }
        _text.Append('\n');
    }

    /// <summary>
    /// A comment for the next non-empty line written with <see cref="Line"/>, at its end: the generated code says
    /// what each instruction is without a line of its own per instruction (a line costs the compiler and the IDE).
    /// </summary>
    public void Note(string comment)
    {
        FlushNote();
        _note = comment;
    }

    /// <summary>Writes a pending <see cref="Note"/> on a line of its own (its instruction wrote no code).</summary>
    public void FlushNote()
    {
        if (_note == null) return;
        string note = _note;
        _note = null;
        Line("// " + note);
    }

    /// <summary>A line written at column 0 whatever the indentation: preprocessor directives and labels.</summary>
    public void Flush(string line) => _text.Append(line).Append('\n');

    public void Open(string head)
    {
        Line(head);
        Line("{");
        _indent++;
    }

    public void Close(string tail = "}")
    {
        _indent--;
        Line(tail);
    }

    /// <summary>The place of a line whose text is known only later (<see cref="InsertLine"/>), at the current indentation.</summary>
    public LineMark Mark() => new(_text.Length, _indent);

    /// <summary>Writes <paramref name="line"/> at <paramref name="mark"/>: what was written since moves down.</summary>
    public void InsertLine(LineMark mark, string line) => _text.Insert(mark.Position, new string(' ', mark.Indent * 4) + line + "\n");

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public override string ToString() => _text.ToString();
}

/// <summary>A place in a <see cref="CodeWriter"/>'s text, and the indentation there.</summary>
internal readonly record struct LineMark(int Position, int Indent);
