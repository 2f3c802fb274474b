using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Syntax;

/// <summary>String literals: prefixes, escapes, implicit concatenation and f-strings.</summary>
internal sealed partial class Parser
{
    private ExprSyntax ParseStrings()
    {
        var first = Cur;
        var parts = new List<ExprSyntax>();
        var lit = new StringBuilder();
        bool anyF = false, anyBytes = false, anyStr = false;
        var tokens = new List<Token>();
        while (Cur.Kind == TokenKind.String) tokens.Add(Advance());
        var s = _text.Text;
        foreach (var t in tokens)
        {
            int q = 0;
            while (s[t.Start + q] != '\'' && s[t.Start + q] != '"') q++;
            string prefix = s.Substring(t.Start, q).ToLowerInvariant();
            bool raw = prefix.Contains("r"), bytes = prefix.Contains("b"), f = prefix.Contains("f");
            int quoteLen = t.Length - q >= 6 && s[t.Start + q + 1] == s[t.Start + q] && s[t.Start + q + 2] == s[t.Start + q] ? 3 : 1;
            int bodyStart = t.Start + q + quoteLen, bodyEnd = t.End - quoteLen;
            if (bytes) anyBytes = true; else anyStr = true;
            if (anyBytes && anyStr) throw Fail("cannot mix bytes and nonbytes literals", t);
            if (f)
            {
                anyF = true;
                ParseFString(bodyStart, bodyEnd, raw, 0, parts, lit, first);
            }
            else if (bytes)
            {
                for (int i = bodyStart; i < bodyEnd; i++)
                    if (s[i] >= 128) throw Fail("bytes can only contain ASCII literal characters.", t);
                DecodeInto(lit, bodyStart, bodyEnd, raw, bytes: true);
            }
            else DecodeInto(lit, bodyStart, bodyEnd, raw, bytes: false);
        }
        if (!anyF)
        {
            var value = anyBytes ? Constant.Bytes(lit.ToString()) : Constant.Str(lit.ToString());
            return Done(new ConstantExpr { Value = value }, first);
        }
        FlushLiteral(parts, lit, first);
        var joined = new JoinedStrExpr { Values = parts };
        Done(joined, first);
        foreach (var p in parts) if (p is ConstantExpr || p is FormattedValueExpr) p.CopySpan(joined);
        return joined;
    }

    private void FlushLiteral(List<ExprSyntax> parts, StringBuilder lit, Token first)
    {
        if (lit.Length == 0) return;
        parts.Add(Done(new ConstantExpr { Value = Constant.Str(lit.ToString()) }, first));
        lit.Clear();
    }

    /// <summary>Reads the literal parts and replacement fields of an f-string body; returns where it stopped (a format spec stops at its closing brace).</summary>
    private int ParseFString(int start, int end, bool raw, int depth, List<ExprSyntax> parts, StringBuilder lit, Token first)
    {
        var s = _text.Text;
        int i = start;
        while (i < end)
        {
            char c = s[i];
            if (c == '{')
            {
                if (depth == 0 && i + 1 < end && s[i + 1] == '{') { lit.Append('{'); i += 2; continue; }
                if (depth >= 2) throw FailAt("f-string: expressions nested too deeply", i, 1);
                i = ParseReplacementField(i + 1, end, raw, depth, parts, lit, first);
                continue;
            }
            if (c == '}')
            {
                if (depth > 0) return i;
                if (i + 1 < end && s[i + 1] == '}') { lit.Append('}'); i += 2; continue; }
                throw FailAt("f-string: single '}' is not allowed", i, 1);
            }
            if (c == '\\' && !raw)
            {
                int next = DecodeEscape(lit, i, end, bytes: false);
                i = next;
                continue;
            }
            lit.Append(c);
            i++;
        }
        if (depth > 0) throw FailAt("f-string: expecting '}'", end, 0);
        return i;
    }

    private int ParseReplacementField(int i, int end, bool raw, int depth, List<ExprSyntax> parts, StringBuilder lit, Token first)
    {
        var s = _text.Text;
        int exprStart = i;
        var nest = new Stack<char>();
        char quote = '\0';
        int j = i;
        for (; j < end; j++)
        {
            char c = s[j];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c == '\\') throw FailAt("f-string expression part cannot include a backslash", j, 1);
            if (c == '\'' || c == '"') { quote = c; continue; }
            if (c == '#') throw FailAt("f-string expression part cannot include '#'", j, 1);
            if (c == '(' || c == '[' || c == '{') { nest.Push(c); continue; }
            if ((c == ')' || c == ']' || c == '}') && nest.Count > 0) { nest.Pop(); continue; }
            if (nest.Count > 0) continue;
            if (c == '}' || c == ':') break;
            if (c == '!' && !(j + 1 < end && s[j + 1] == '=')) break;
            if (c == '=' && !(j + 1 < end && s[j + 1] == '=') && !(j > exprStart && "=!<>".IndexOf(s[j - 1]) >= 0)) break;
        }
        if (j >= end) throw FailAt(quote != '\0' ? "f-string: unterminated string" : "f-string: expecting '}'", exprStart - 1, 1);
        if (s.Substring(exprStart, j - exprStart).Trim().Length == 0) throw FailAt("f-string: empty expression not allowed", exprStart - 1, j - exprStart + 2);
        var tokens = new Lexer(_text, _diags, exprStart, j, fragment: true).Tokenize();
        var sub = new Parser(_text, _diags, tokens, _cancellationToken);
        sub._depth = _depth; // the replacement field nests inside the expression being parsed
        var value = sub.ParseFragment();
        var fv = new FormattedValueExpr { Value = value };
        if (s[j] == '=')
        {
            j++;
            while (j < end && char.IsWhiteSpace(s[j])) j++;
            lit.Append(s, exprStart, j - exprStart);
            if (j >= end) throw FailAt("f-string: expecting '}'", exprStart - 1, 1);
            if (s[j] != '!' && s[j] != ':') fv.Conversion = 'r';
        }
        if (s[j] == '!')
        {
            if (j + 1 >= end || "sra".IndexOf(s[j + 1]) < 0) throw FailAt("f-string: invalid conversion character: expected 's', 'r', or 'a'", j, 2 <= end - j ? 2 : 1);
            fv.Conversion = s[j + 1];
            j += 2;
        }
        FlushLiteral(parts, lit, first);
        if (j < end && s[j] == ':')
        {
            var specParts = new List<ExprSyntax>();
            var specLit = new StringBuilder();
            j = ParseFString(j + 1, end, raw, depth + 1, specParts, specLit, first);
            FlushLiteral(specParts, specLit, first);
            var spec = Done(new JoinedStrExpr { Values = specParts }, first);
            foreach (var p in specParts) if (p is ConstantExpr || p is FormattedValueExpr) p.CopySpan(spec);
            fv.FormatSpec = spec;
        }
        if (j >= end || s[j] != '}') throw FailAt("f-string: expecting '}'", j < end ? j : end, 0);
        parts.Add(Done(fv, first));
        return j + 1;
    }

    /// <summary>Parses the expression of an f-string replacement field.</summary>
    private ExprSyntax ParseFragment()
    {
        var e = ParseTestListStarExpr(allowYield: true);
        if (Cur.Kind != TokenKind.EndMarker) throw Fail(null, Cur);
        return e;
    }

    private System.Exception FailAt(string message, int start, int length)
    {
        _diags.Error(DiagnosticIds.SyntaxError, message, start, length);
        return new ParseAbort();
    }

    private void DecodeInto(StringBuilder sb, int start, int end, bool raw, bool bytes)
    {
        var s = _text.Text;
        if (raw) { sb.Append(s, start, end - start); return; }
        int i = start;
        while (i < end)
        {
            if (s[i] == '\\') i = DecodeEscape(sb, i, end, bytes);
            else sb.Append(s[i++]);
        }
    }

    /// <summary>Decodes the escape at <paramref name="i"/> (a backslash); returns the index after it.</summary>
    private int DecodeEscape(StringBuilder sb, int i, int end, bool bytes)
    {
        var s = _text.Text;
        if (i + 1 >= end) { sb.Append('\\'); return i + 1; }
        char c = s[i + 1];
        switch (c)
        {
            case '\n': return i + 2;
            case '\r': return i + 2 < end && s[i + 2] == '\n' ? i + 3 : i + 2;
            case '\\': sb.Append('\\'); return i + 2;
            case '\'': sb.Append('\''); return i + 2;
            case '"': sb.Append('"'); return i + 2;
            case 'a': sb.Append('\a'); return i + 2;
            case 'b': sb.Append('\b'); return i + 2;
            case 'f': sb.Append('\f'); return i + 2;
            case 'n': sb.Append('\n'); return i + 2;
            case 'r': sb.Append('\r'); return i + 2;
            case 't': sb.Append('\t'); return i + 2;
            case 'v': sb.Append('\v'); return i + 2;
        }
        if (c >= '0' && c <= '7')
        {
            int v = 0, j = i + 1;
            while (j < end && j < i + 4 && s[j] >= '0' && s[j] <= '7') v = v * 8 + (s[j++] - '0');
            if (bytes) v &= 0xff;
            sb.Append((char)v);
            return j;
        }
        if (c == 'x' || (!bytes && (c == 'u' || c == 'U')))
        {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            int v = 0, j = i + 2;
            for (int k = 0; k < digits; k++, j++)
            {
                if (j >= end || !IsHexDigit(s[j]))
                {
                    string what = c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    if (bytes) throw FailAt($"(value error) invalid \\x escape at position {i}", i, j - i);
                    throw FailAt($"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-{j - i - 1}: truncated {what} escape", i, j - i);
                }
                v = v * 16 + int.Parse(s[j].ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }
            if (v > 0x10FFFF || v < 0) throw FailAt("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", i, j - i);
            // A surrogate code point ('\ud800') is a str of its own in Python: kept as that lone UTF-16 unit.
            if (v >= 0xD800 && v <= 0xDFFF) sb.Append((char)v);
            else sb.Append(char.ConvertFromUtf32(v));
            return j;
        }
        if (c == 'N' && !bytes)
        {
            Unsupported("'\\N{...}' escapes", i, 2, plural: true);
            int close = s.IndexOf('}', i);
            return close > 0 && close < end ? close + 1 : i + 2;
        }
        // Unknown escapes stay as written (CPython warns, then keeps the backslash).
        sb.Append('\\');
        return i + 1;
    }

    private static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
