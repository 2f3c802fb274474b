using System.Collections.Generic;
using GilGen.Compiler.Diagnostics;

namespace GilGen.Compiler.Syntax;

/// <summary>
/// Python's tokenizer (Parser/tokenizer.c): INDENT/DEDENT from a stack of indentation columns,
/// no NEWLINE inside brackets, backslash continuation, comments, and string/number literals.
/// String contents are decoded later by the parser; the lexer only finds where a literal ends.
/// </summary>
internal sealed class Lexer
{
    private const int TabSize = 8;
    private readonly SourceText _text;
    private readonly string _s;
    private readonly DiagnosticBag _diags;
    private readonly int _end;
    private readonly bool _fragment;
    private int _pos;
    private readonly List<Token> _tokens = new();
    private readonly List<int> _indents = new() { 0 };
    private readonly List<int> _altIndents = new() { 0 };
    private readonly List<(char Open, int Pos)> _brackets = new();

    // Parser/tokenizer.c's MAXLEVEL and MAXINDENT: past them CPython stops with a SyntaxError
    // (IndentationError), and so does GilGen, which keeps every later pass's recursion bounded.
    private const int MaxBracketNesting = 200, MaxIndentLevels = 100;
    private bool _stopped;

    /// <param name="text">The whole source.</param>
    /// <param name="diags">Where errors go.</param>
    /// <param name="start">First char to read.</param>
    /// <param name="end">Char to stop before (-1: the end).</param>
    /// <param name="fragment">True for an f-string replacement field: read as if inside brackets, no indentation.</param>
    public Lexer(SourceText text, DiagnosticBag diags, int start = 0, int end = -1, bool fragment = false)
    {
        _text = text; _s = text.Text; _diags = diags; _pos = start; _end = end < 0 ? _s.Length : end; _fragment = fragment;
    }

    public List<Token> Tokenize()
    {
        bool atLineStart = !_fragment;
        while (true)
        {
            if (atLineStart && _brackets.Count == 0)
            {
                atLineStart = false;
                if (!ReadIndentation()) break;
            }
            SkipSpaces();
            if (_pos >= _end) break;
            char c = _s[_pos];
            if (c == '#') { while (_pos < _end && _s[_pos] != '\n' && _s[_pos] != '\r') _pos++; continue; }
            if (c == '\n' || c == '\r')
            {
                int st = _pos;
                _pos += c == '\r' && _pos + 1 < _end && _s[_pos + 1] == '\n' ? 2 : 1;
                if (_brackets.Count == 0 && !_fragment)
                {
                    Add(TokenKind.Newline, st, _pos - st);
                    atLineStart = true;
                }
                continue;
            }
            if (c == '\\')
            {
                int st = _pos++;
                if (_pos < _end && (_s[_pos] == '\n' || _s[_pos] == '\r'))
                {
                    _pos += _s[_pos] == '\r' && _pos + 1 < _end && _s[_pos + 1] == '\n' ? 2 : 1;
                    if (_pos >= _end) { Error("unexpected EOF while parsing", _pos, 0); AddError(st, 1); }
                    continue;
                }
                Error("unexpected character after line continuation character", st, 1);
                AddError(st, 1);
                // Skip the rest of the line: CPython gives up on it too.
                while (_pos < _end && _s[_pos] != '\n' && _s[_pos] != '\r') _pos++;
                continue;
            }
            if (IsIdentifierStart(c)) { ReadNameOrString(); continue; }
            if (IsDigit(c) || (c == '.' && _pos + 1 < _end && IsDigit(_s[_pos + 1]))) { ReadNumber(); continue; }
            if (c == '\'' || c == '"') { ReadString(_pos, _pos); continue; }
            ReadOperator();
        }
        Finish();
        return _tokens;
    }

    private bool ReadIndentation()
    {
        while (true)
        {
            int col = 0, alt = 0, st = _pos;
            while (_pos < _end)
            {
                char c = _s[_pos];
                if (c == ' ') { col++; alt++; }
                else if (c == '\t') { col = (col / TabSize + 1) * TabSize; alt++; }
                else if (c == '\f') { col = alt = 0; }
                else break;
                _pos++;
            }
            if (_pos >= _end) return false;
            char ch = _s[_pos];
            if (ch == '#' || ch == '\n' || ch == '\r')
            {
                // Blank or comment-only line: no NEWLINE, no INDENT/DEDENT.
                while (_pos < _end && _s[_pos] != '\n' && _s[_pos] != '\r') _pos++;
                if (_pos >= _end) return false;
                _pos += _s[_pos] == '\r' && _pos + 1 < _end && _s[_pos + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (ch == '\\' && _pos + 1 < _end && (_s[_pos + 1] == '\n' || _s[_pos + 1] == '\r'))
            {
                // A continuation at the start of a line: the line's indentation still counts.
            }
            int top = _indents[_indents.Count - 1];
            if (col == top)
            {
                if (alt != _altIndents[_altIndents.Count - 1]) TabError(st);
            }
            else if (col > top)
            {
                if (_indents.Count >= MaxIndentLevels)
                {
                    _diags.Error(DiagnosticIds.SyntaxError, "too many levels of indentation", _pos, 0);
                    AddError(_pos, 0);
                    Stop();
                    return false;
                }
                if (alt <= _altIndents[_altIndents.Count - 1]) TabError(st);
                _indents.Add(col); _altIndents.Add(alt);
                Add(TokenKind.Indent, _pos, 0);
            }
            else
            {
                while (_indents.Count > 1 && col < _indents[_indents.Count - 1])
                {
                    _indents.RemoveAt(_indents.Count - 1); _altIndents.RemoveAt(_altIndents.Count - 1);
                    Add(TokenKind.Dedent, _pos, 0);
                }
                if (col != _indents[_indents.Count - 1])
                {
                    _diags.Error(DiagnosticIds.SyntaxError, "unindent does not match any outer indentation level", _pos, 0);
                    AddError(_pos, 0);
                }
                else if (alt != _altIndents[_altIndents.Count - 1]) TabError(st);
            }
            return true;
        }
    }

    private void TabError(int st) => Error("inconsistent use of tabs and spaces in indentation", st, _pos - st);

    private void SkipSpaces()
    {
        while (_pos < _end && (_s[_pos] == ' ' || _s[_pos] == '\t' || _s[_pos] == '\f')) _pos++;
    }

    /// <summary>Reads no further: the rest of the source is not tokenized (CPython's tokenizer is done at such an error).</summary>
    private void Stop()
    {
        _stopped = true;
        _pos = _end;
    }

    private void Finish()
    {
        if (_brackets.Count > 0 && !_fragment && !_stopped)
        {
            Error("unexpected EOF while parsing", _end, 0);
            AddError(_end, 0);
        }
        if (!_fragment)
        {
            if (_tokens.Count > 0 && _tokens[_tokens.Count - 1].Kind != TokenKind.Newline && _tokens[_tokens.Count - 1].Kind != TokenKind.Dedent)
                Add(TokenKind.Newline, _end, 0);
            while (_indents.Count > 1) { _indents.RemoveAt(_indents.Count - 1); Add(TokenKind.Dedent, _end, 0); }
        }
        Add(TokenKind.EndMarker, _end, 0);
    }

    private void ReadNameOrString()
    {
        int st = _pos;
        while (_pos < _end && IsIdentifierChar(_s[_pos])) _pos++;
        if (_pos < _end && (_s[_pos] == '\'' || _s[_pos] == '"') && _pos - st <= 2 && IsStringPrefix(_s.Substring(st, _pos - st)))
        {
            ReadString(st, _pos);
            return;
        }
        Add(TokenKind.Name, st, _pos - st);
    }

    private static bool IsStringPrefix(string p)
    {
        switch (p.ToLowerInvariant())
        {
            case "r": case "u": case "b": case "f": case "br": case "rb": case "fr": case "rf": return true;
            default: return false;
        }
    }

    private void ReadString(int st, int quotePos)
    {
        char q = _s[quotePos];
        bool triple = quotePos + 2 < _end && _s[quotePos + 1] == q && _s[quotePos + 2] == q;
        _pos = quotePos + (triple ? 3 : 1);
        while (true)
        {
            if (_pos >= _end)
            {
                if (triple) Error("EOF while scanning triple-quoted string literal", _end, 0);
                else Error("EOL while scanning string literal", _end, 0);
                AddError(st, _pos - st);
                return;
            }
            char c = _s[_pos];
            if (c == '\\')
            {
                _pos += 2;
                // An escaped \r\n counts as one line break.
                if (_pos - 1 < _end && _s[_pos - 1] == '\r' && _pos < _end && _s[_pos] == '\n') _pos++;
                if (_pos > _end) _pos = _end;
                continue;
            }
            if (!triple && (c == '\n' || c == '\r'))
            {
                Error("EOL while scanning string literal", _pos, 0);
                AddError(st, _pos - st);
                return;
            }
            if (c == q)
            {
                if (!triple) { _pos++; break; }
                if (_pos + 2 < _end && _s[_pos + 1] == q && _s[_pos + 2] == q) { _pos += 3; break; }
            }
            _pos++;
        }
        Add(TokenKind.String, st, _pos - st);
    }

    private void ReadNumber()
    {
        int st = _pos;
        char c = _s[_pos];
        if (c == '0' && _pos + 1 < _end && "xXoObB".IndexOf(_s[_pos + 1]) >= 0)
        {
            char kind = char.ToLowerInvariant(_s[_pos + 1]);
            _pos += 2;
            string name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            bool any = false, bad = false;
            while (_pos < _end)
            {
                char d = _s[_pos];
                if (d == '_') { if (_pos + 1 >= _end || !IsBaseDigit(_s[_pos + 1], kind)) { bad = true; _pos++; break; } _pos++; continue; }
                if (IsBaseDigit(d, kind)) { any = true; _pos++; continue; }
                if (IsDigit(d)) { bad = true; _pos++; break; }
                break;
            }
            if (!any || bad)
            {
                Error($"invalid {name} literal", st, _pos - st);
                AddError(st, _pos - st);
                return;
            }
            Add(TokenKind.Number, st, _pos - st);
            return;
        }
        bool isFloat = false;
        if (!ReadDigits(st)) return;
        if (_pos < _end && _s[_pos] == '.')
        {
            isFloat = true;
            _pos++;
            if (_pos < _end && IsDigit(_s[_pos]) && !ReadDigits(st)) return;
        }
        if (_pos < _end && (_s[_pos] == 'e' || _s[_pos] == 'E'))
        {
            int save = _pos;
            _pos++;
            if (_pos < _end && (_s[_pos] == '+' || _s[_pos] == '-')) _pos++;
            if (_pos < _end && IsDigit(_s[_pos])) { isFloat = true; if (!ReadDigits(st)) return; }
            else _pos = save;
        }
        if (_pos < _end && (_s[_pos] == 'j' || _s[_pos] == 'J')) { _pos++; isFloat = true; }
        if (!isFloat)
        {
            // "0777" is an error, "000" is fine.
            string digits = _s.Substring(st, _pos - st).Replace("_", "");
            if (digits.Length > 1 && digits[0] == '0' && digits.TrimStart('0').Length > 0)
            {
                Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", st, _pos - st);
                AddError(st, _pos - st);
                return;
            }
        }
        Add(TokenKind.Number, st, _pos - st);
    }

    private bool ReadDigits(int st)
    {
        while (_pos < _end)
        {
            char d = _s[_pos];
            if (IsDigit(d)) { _pos++; continue; }
            if (d == '_')
            {
                if (_pos + 1 < _end && IsDigit(_s[_pos + 1])) { _pos++; continue; }
                _pos++;
                Error("invalid decimal literal", st, _pos - st);
                AddError(st, _pos - st);
                return false;
            }
            break;
        }
        return true;
    }

    private static bool IsBaseDigit(char c, char kind) => kind switch
    {
        'x' => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'),
        'o' => c >= '0' && c <= '7',
        _ => c == '0' || c == '1',
    };

    private static readonly string[] Operators =
    {
        "**=", "//=", ">>=", "<<=", "...",
        "!=", "**", "//", "<<", ">>", "<=", ">=", "==", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
    };

    private void ReadOperator()
    {
        foreach (var op in Operators)
        {
            if (_pos + op.Length <= _end && string.CompareOrdinal(_s, _pos, op, 0, op.Length) == 0)
            {
                int st = _pos;
                char c = op[0];
                if (op.Length == 1 && (c == '(' || c == '[' || c == '{'))
                {
                    if (_brackets.Count >= MaxBracketNesting)
                    {
                        Error("too many nested parentheses", st, 1);
                        AddError(st, 1);
                        Stop();
                        return;
                    }
                    _brackets.Add((c, st));
                }
                else if (op.Length == 1 && (c == ')' || c == ']' || c == '}'))
                {
                    if (_brackets.Count == 0)
                    {
                        if (!_fragment) { Error($"unmatched '{c}'", st, 1); _pos++; AddError(st, 1); return; }
                    }
                    else
                    {
                        var open = _brackets[_brackets.Count - 1];
                        char expected = open.Open == '(' ? ')' : open.Open == '[' ? ']' : '}';
                        if (c != expected)
                        {
                            Error($"closing parenthesis '{c}' does not match opening parenthesis '{open.Open}'", st, 1);
                            _pos++; AddError(st, 1);
                            return;
                        }
                        _brackets.RemoveAt(_brackets.Count - 1);
                    }
                }
                _pos += op.Length;
                Add(TokenKind.Op, st, op.Length);
                return;
            }
        }
        int at = _pos;
        char ch = _s[_pos];
        int len = char.IsHighSurrogate(ch) && _pos + 1 < _end ? 2 : 1;
        if (ch == '!' || ch == '$' || ch == '?' || ch == '`') Error("invalid syntax", at, len);
        else if (ch < 0x20 || ch == 0x7f) Error("invalid non-printable character U+" + ((int)ch).ToString("X4"), at, len);
        else
        {
            int cp = char.ConvertToUtf32(_s.Substring(at, len).PadRight(1), 0);
            Error($"invalid character '{_s.Substring(at, len)}' (U+{cp:X4})", at, len);
        }
        _pos += len;
        AddError(at, len);
    }

    private void Error(string message, int start, int length) => _diags.Error(DiagnosticIds.SyntaxError, message, start, length);

    private void AddError(int start, int length) => Add(TokenKind.Error, start, length);

    private void Add(TokenKind kind, int start, int length)
    {
        var (line, col) = _text.GetLineColumn(start);
        string text = kind is TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker ? "" : _s.Substring(start, length);
        _tokens.Add(new Token(kind, text, start, length, line, col));
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    internal static bool IsIdentifierStart(char c) => c == '_' || (c < 128 ? char.IsLetter(c) : char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.LetterNumber);

    internal static bool IsIdentifierChar(char c) => IsIdentifierStart(c) || char.IsDigit(c)
        || (c >= 128 && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation);
}
