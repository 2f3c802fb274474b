using System.Text;

namespace GilGen.Compiler.Emit;

/// <summary>A tiny indenting text writer for the generated C#.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public void Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
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

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public override string ToString() => _text.ToString();
}
