using System;
using System.Collections.Generic;
using System.Linq;
using GilGen.Fuzz.Model;

namespace GilGen.Fuzz.Generation;

/// <summary>Expressions: for each type, the literals and operations that produce a value of it.</summary>
internal sealed partial class ProgramGenerator
{
    private const int MaxExprDepth = 2;

    private static readonly string[] Words = { "apple", "Bob", "cat", "dog", "emu", "a,b,c", "x y z", "Hello World", "", "42", "3.5", "zz", "AbC", "é", "naïve", "a", "ba", "-7", "  pad  ", "0x1f" };
    private static readonly string[] FloatLiterals = { "0.5", "1.25", "-3.75", "2.0", "0.1", "1e10", "-0.0", "3.14159", "1e-05", "123.456", "7.0", "1e300", "-2.5", "0.3", "1e16", "255.5" };
    private static readonly string[] BytesLiterals = { "b'abc'", "b'\\x00\\xff'", "b''", "b'Hello'", "b'a,b'", "b'xyz\\n'", "b'\\x80a'", "b'AbC'" };
    private static readonly string[] IntKeys = { "abs", "lambda x: x % 7", "lambda x: (-x, x)", "lambda x: str(x)", "lambda x: x * x", "lambda x: (x % 3, -x)" };
    private static readonly string[] StrKeys = { "len", "lambda s: (len(s), s)", "str.lower", "lambda s: s[::-1]", "lambda s: -len(s)" };
    private static readonly string[] PairKeys = { "lambda kv: kv[1]", "lambda kv: (-kv[1], kv[0])", "lambda kv: kv[0]", "lambda kv: (kv[1] % 3, kv[0])" };
    private static readonly string[] IntSpecs = { "d", "5d", "+d", ",", "_", "x", "o", "b", "#x", "08d", "^7", "<5", ">+6", ".2f", "e", "#b", "X" };
    private static readonly string[] FloatSpecs = { ".2f", ".3e", "g", ".1%", "10.3f", "+.2f", ",.2f", ".0f", "e", "", ">12.4g", "08.2f", ".5g", "^10.1f" };
    private static readonly string[] StrSpecs = { ">8", "<6", "^9", "*^9", ".2", "", "-<7", ">3" };

    private int _exprDepth;

    /// <summary>True inside a try body: operations that may raise are allowed there.</summary>
    private bool _risky;

    private Expr Gen(PyType type)
    {
        if (_exprDepth >= MaxExprDepth || _rng.Chance(22))
            return Atom(type);
        _exprDepth++;
        try
        {
            for (int attempt = 0; attempt < 20; attempt++)
            {
                Expr? e = Compound(type);
                if (e is not null)
                    return e;
            }
            return Atom(type);
        }
        finally
        {
            _exprDepth--;
        }
    }

    /// <summary>A variable of the type, or a literal.</summary>
    private Expr Atom(PyType type)
    {
        if (_rng.Chance(65) && VarOf(type) is { } v)
            return Expr.Leaf(v.Name, type);
        return Literal(type);
    }

    private Var? VarOf(PyType type)
    {
        int n = 0;
        foreach (Var v in _vars)
            if (v.Type == type)
                n++;
        if (n == 0)
            return null;
        int pick = _rng.Below(n);
        foreach (Var v in _vars)
            if (v.Type == type && pick-- == 0)
                return v;
        return null;
    }

    private string IntLiteralText()
    {
        int r = _rng.Below(100);
        if (r < 60)
            return _rng.Between(-9, 20).ToString();
        if (r < 80)
            return _rng.Between(-1000, 100000).ToString();
        int digits = _rng.Between(19, 40);
        var chars = new char[digits];
        chars[0] = (char)('1' + _rng.Below(9));
        for (int i = 1; i < digits; i++)
            chars[i] = (char)('0' + _rng.Below(10));
        return (_rng.Chance(30) ? "-" : "") + new string(chars);
    }

    private string NonZeroSmall() => _rng.Pick(new[] { "1", "2", "3", "5", "7", "-3", "10", "-1", "16" });

    private string StrLiteralText() => "'" + _rng.Pick(Words) + "'";

    private Expr Literal(PyType type)
    {
        switch (type)
        {
            case PyType.Int: return Expr.Leaf(IntLiteralText(), type);
            case PyType.Float: return Expr.Leaf(_rng.Pick(FloatLiterals), type);
            case PyType.Str: return Expr.Leaf(StrLiteralText(), type);
            case PyType.Bytes: return Expr.Leaf(_rng.Pick(BytesLiterals), type);
            case PyType.Bool: return Expr.Leaf(_rng.Chance(50) ? "True" : "False", type);
            case PyType.IntList: return Expr.Leaf("[" + string.Join(", ", Enumerable.Range(0, _rng.Between(0, 6)).Select(_ => _rng.Between(-9, 30).ToString())) + "]", type);
            case PyType.StrList: return Expr.Leaf("[" + string.Join(", ", Enumerable.Range(0, _rng.Between(0, 5)).Select(_ => StrLiteralText())) + "]", type);
            case PyType.IntTuple:
            {
                int n = _rng.Between(0, 4);
                var items = Enumerable.Range(0, n).Select(_ => _rng.Between(-9, 30).ToString()).ToList();
                return Expr.Leaf(n == 1 ? "(" + items[0] + ",)" : "(" + string.Join(", ", items) + ")", type);
            }
            case PyType.StrIntDict:
            {
                var keys = Enumerable.Range(0, _rng.Between(0, 4)).Select(_ => _rng.Pick(Words)).Distinct().ToList();
                return Expr.Leaf("{" + string.Join(", ", keys.Select(k => "'" + k + "': " + _rng.Between(-9, 30))) + "}", type);
            }
            case PyType.IntSet:
            {
                int n = _rng.Between(0, 5);
                return Expr.Leaf(n == 0 ? "set()" : "{" + string.Join(", ", Enumerable.Range(0, n).Select(_ => _rng.Between(-9, 40).ToString())) + "}", type);
            }
            case PyType.Pair: return Expr.Leaf("(" + StrLiteralText() + ", " + _rng.Between(-9, 30) + ")", type);
            case PyType.PairList: return Expr.Leaf("[" + string.Join(", ", Enumerable.Range(0, _rng.Between(0, 4)).Select(_ => "(" + StrLiteralText() + ", " + _rng.Between(-9, 30) + ")")) + "]", type);
            default: throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    private Expr E(string template, PyType type, params PyType[] args) =>
        new(template, args.Select(Gen).ToImmutableArrayOf(), type);

    /// <summary>
    /// An expression safe to put in an f-string's braces on CPython 3.9 as on 3.12: no backslash and
    /// no double quote (the f-string's own quote) in its text.
    /// </summary>
    private Expr FStringSafe(PyType type)
    {
        for (int i = 0; i < 5; i++)
        {
            Expr e = Gen(type);
            string text = e.Render();
            if (!text.Contains('\\') && !text.Contains('"'))
                return e;
        }
        return Expr.Simplest(type);
    }

    private static readonly PyType[] Sized = { PyType.Str, PyType.Bytes, PyType.IntList, PyType.StrList, PyType.IntTuple, PyType.StrIntDict, PyType.IntSet, PyType.PairList };
    private static readonly PyType[] Printable = { PyType.Int, PyType.Float, PyType.Str, PyType.Bytes, PyType.Bool, PyType.IntList, PyType.StrList, PyType.IntTuple, PyType.StrIntDict, PyType.Pair, PyType.PairList };

    private Expr? Compound(PyType type) => type switch
    {
        PyType.Int => IntExpr(),
        PyType.Float => FloatExpr(),
        PyType.Str => StrExpr(),
        PyType.Bytes => BytesExpr(),
        PyType.Bool => BoolExpr(),
        PyType.IntList => IntListExpr(),
        PyType.StrList => StrListExpr(),
        PyType.IntTuple => IntTupleExpr(),
        PyType.StrIntDict => DictExpr(),
        PyType.IntSet => IntSetExpr(),
        PyType.Pair => PairExpr(),
        PyType.PairList => PairListExpr(),
        _ => null,
    };

    private Expr? IntExpr()
    {
        const PyType I = PyType.Int;
        switch (_rng.Below(36))
        {
            case 0: return E("($0 + $1)", I, I, I);
            case 1: return E("($0 - $1)", I, I, I);
            case 2: return E("($0 * $1)", I, I, I);
            case 3: return E("(-$0)", I, I);
            case 4: return E("abs($0)", I, I);
            case 5: return E("len($0)", I, _rng.Pick(Sized));
            case 6: return _risky ? E("($0 // $1)", I, I, I) : E("($0 // " + NonZeroSmall() + ")", I, I);
            case 7: return _risky ? E("($0 % $1)", I, I, I) : E("($0 % " + NonZeroSmall() + ")", I, I);
            case 8: return Expr.Of("($0 ** " + _rng.Between(0, 4) + ")", I, Atom(I));
            case 9: return E("($0 << " + _rng.Between(0, 70) + ")", I, I);
            case 10: return E("($0 >> " + _rng.Between(0, 40) + ")", I, I);
            case 11: return E(_rng.Pick(new[] { "($0 & $1)", "($0 | $1)", "($0 ^ $1)" }), I, I, I);
            case 12: return E("(~$0)", I, I);
            case 13: return _rng.Chance(50) ? E("sum($0)", I, PyType.IntList) : E("sum($0, $1)", I, PyType.IntList, I);
            case 14: return E(_rng.Pick(new[] { "min", "max" }) + "($0, key=" + _rng.Pick(IntKeys) + ", default=$1)", I, PyType.IntList, I);
            case 15: return E(_rng.Pick(new[] { "min($0, $1)", "max($0, $1)" }), I, I, I);
            case 16: return E("$0." + _rng.Pick(new[] { "count", "find", "rfind" }) + "($1)", I, PyType.Str, PyType.Str);
            case 17: return _risky ? E("$0.index($1)", I, PyType.Str, PyType.Str) : null;
            case 18: return _risky ? E("$0[$1]", I, PyType.IntList, I) : null;
            case 19: return _risky ? E(_rng.Pick(new[] { "int($0)", "round($0)", "math.floor($0)" }), I, PyType.Float) : E("len(repr($0))", I, PyType.Float);
            case 20: return _risky ? E("int($0)", I, PyType.Str) : Expr.Leaf("int('" + _rng.Between(-500, 500) + "')", I);
            case 21: return E("len(str($0))", I, I);
            case 22: return E("($0 if $1 else $2)", I, I, PyType.Bool, I);
            case 23: return _risky ? E("divmod($0, $1)[" + _rng.Below(2) + "]", I, I, I) : E("pow($0, abs($1) % 40, " + NonZeroSmall() + "7)", I, I, I);
            case 24: return E("($0).bit_length()", I, I);
            case 25: return E("sum(x * $1 for x in $0 if x % 2)", I, PyType.IntList, I);
            case 26: return E("len([x for x in $0 if x > $1])", I, PyType.IntList, I);
            case 27: return E("$0.get($1, $2)", I, PyType.StrIntDict, PyType.Str, I);
            case 28: return _risky ? E("$0[$1]", I, PyType.StrIntDict, PyType.Str) : null;
            case 29: return E("$0[1]", I, PyType.Pair);
            case 30: return _risky ? E("sorted($0)[0]", I, PyType.IntSet) : E("sorted($0 | {0})[0]", I, PyType.IntSet);
            case 31: return _risky ? E("$0.index($1)", I, PyType.IntList, I) : E("$0.count($1)", I, PyType.IntList, I);
            case 32: return _risky ? E("$0[$1]", I, PyType.Bytes, I) : E("sum($0)", I, PyType.Bytes);
            case 33: return E("int($0)", I, PyType.Bool);
            case 34: return E("len($0.split(','))", I, PyType.Str);
            case 35: return _risky ? E("$0[$1]", I, PyType.IntTuple, I) : E("sum($0[1:])", I, PyType.IntTuple);
            default: return null;
        }
    }

    private Expr? FloatExpr()
    {
        const PyType F = PyType.Float;
        switch (_rng.Below(17))
        {
            case 0: return E("($0 + $1)", F, F, F);
            case 1: return E("($0 - $1)", F, F, F);
            case 2: return E("($0 * $1)", F, F, F);
            case 3: return _risky ? E("($0 / $1)", F, F, F) : E("($0 / " + _rng.Pick(new[] { "2", "3.0", "-0.5", "7", "1e3" }) + ")", F, F);
            case 4: return E(_rng.Pick(new[] { "abs($0)", "(-$0)" }), F, F);
            case 5: return _risky ? E("float($0)", F, PyType.Int) : Expr.Leaf("float(" + _rng.Between(-99999, 99999) + ")", F);
            case 6: return Expr.Of("($0 + " + _rng.Between(-5, 9) + ")", F, Gen(F));
            case 7: return E("round($0, " + _rng.Between(0, 3) + ")", F, F);
            case 8: return _risky ? E("($0 ** 2)", F, F) : E("math.sqrt(abs($0))", F, F);
            case 9: return E("sum([$0, $1, $2])", F, F, F, F);
            case 10: return E(_rng.Pick(new[] { "min($0, $1)", "max($0, $1)" }), F, F, F);
            case 11: return _risky ? E("float($0)", F, PyType.Str) : Expr.Leaf("float('" + _rng.Pick(new[] { "1.5", "-2e3", "inf", " 7 ", "1_000.5", "-0", "nan" }) + "')", F);
            case 12: return _risky ? E(_rng.Pick(new[] { "($0 // $1)", "($0 % $1)" }), F, F, F) : E("($0 % 2.5)", F, F);
            case 13: return _risky ? E("($0 / $1)", F, PyType.Int, PyType.Int) : E("($0 / " + NonZeroSmall() + ")", F, PyType.Int);
            case 14: return E("($0 if $1 else $2)", F, F, PyType.Bool, F);
            case 15: return _risky ? E("math.fsum($0)", F, PyType.IntList) : E("float(len($0))", F, PyType.IntList);
            case 16: return _risky ? E("math.log($0)", F, F) : E("math.hypot($0, $1)", F, F, F);
            default: return null;
        }
    }

    private Expr? StrExpr()
    {
        const PyType S = PyType.Str;
        switch (_rng.Below(30))
        {
            case 0: return E("($0 + $1)", S, S, S);
            case 1: return E("($0 * " + _rng.Between(0, 3) + ")", S, S);
            case 2: return E("$0." + _rng.Pick(new[] { "upper()", "lower()", "strip()", "title()", "capitalize()", "swapcase()", "lstrip('ab')", "rstrip(' z')", "strip('-')" }), S, S);
            case 3: return E("$0[$1:$2]", S, S, PyType.Int, PyType.Int);
            case 4: return E("$0[::" + _rng.Pick(new[] { "-1", "2", "-2", "3" }) + "]", S, S);
            case 5: return _risky ? E("$0[$1]", S, S, PyType.Int) : E("$0[:3]", S, S);
            case 6: return E("$0.replace($1, $2)", S, S, S, S);
            case 7: return E("$1.join($0)", S, PyType.StrList, S);
            case 8: return E("str($0)", S, _rng.Pick(Printable));
            case 9: return E("repr($0)", S, _rng.Pick(Printable));
            case 10: return FString();
            case 11: return PercentFormat();
            case 12: return BraceFormat();
            case 13: return FormatBuiltin();
            case 14: return E("$0." + _rng.Pick(new[] { "center", "ljust", "rjust" }) + "(" + _rng.Between(0, 12) + ", '*')", S, S);
            case 15: return E("$0.zfill(" + _rng.Between(0, 10) + ")", S, S);
            case 16: return E("chr(65 + $0 % 26)", S, PyType.Int);
            case 17: return _risky ? E("$0.decode()", S, PyType.Bytes) : E("$0.decode('latin-1')", S, PyType.Bytes);
            case 18: return E(_rng.Pick(new[] { "hex($0)", "bin($0)", "oct($0)" }), S, PyType.Int);
            case 19: return E("($0 if $1 else $2)", S, S, PyType.Bool, S);
            case 20: return E(_rng.Pick(new[] { "min", "max" }) + "($0, key=" + _rng.Pick(StrKeys) + ", default='')", S, PyType.StrList);
            case 21: return E("$0[0]", S, PyType.Pair);
            case 22: return E("' '.join(map(str, $0))", S, PyType.IntList);
            case 23: return E("$0.split(" + _rng.Pick(new[] { "','", "' '", "'a'" }) + ")[0]", S, S);
            case 24: return E("type($0).__name__", S, _rng.Pick(Printable));
            case 25: return E("'-'.join(sorted($0))", S, PyType.StrList);
            case 26: return E("$0.hex()", S, PyType.Bytes);
            case 27: return E("'{}'.format($0)", S, PyType.Float);
            case 28: return E("$0.partition(',')[" + _rng.Below(3) + "]", S, S);
            case 29: return E("str($0).rjust(8, '0')", S, PyType.Int);
            default: return null;
        }
    }

    private Expr FString()
    {
        int n = _rng.Between(1, 3);
        var parts = new List<Expr>();
        var text = new System.Text.StringBuilder("f\"");
        for (int i = 0; i < n; i++)
        {
            text.Append(_rng.Pick(new[] { "", "x=", " | ", "[", "v: " }));
            PyType t = _rng.Pick(new[] { PyType.Int, PyType.Float, PyType.Str, PyType.IntList, PyType.Bool });
            parts.Add(FStringSafe(t));
            string spec = t switch
            {
                PyType.Int => _rng.Chance(50) ? ":" + _rng.Pick(IntSpecs) : "",
                PyType.Float => _rng.Chance(60) ? ":" + _rng.Pick(FloatSpecs) : "",
                PyType.Str => _rng.Chance(50) ? ":" + _rng.Pick(StrSpecs) : _rng.Chance(30) ? "!r" : "",
                _ => _rng.Chance(30) ? "!r" : "",
            };
            text.Append("{($").Append(i).Append(')').Append(spec).Append('}');
        }
        text.Append(_rng.Pick(new[] { "", "!", " end", "{{}}" })).Append('"');
        return new Expr(text.ToString(), parts.ToImmutableArrayOf(), PyType.Str);
    }

    private Expr PercentFormat()
    {
        var (fmt, types) = _rng.Below(6) switch
        {
            0 => ("'%s-%d'", new[] { PyType.Str, PyType.Int }),
            1 => ("'%5.2f|%x'", new[] { PyType.Float, PyType.Int }),
            2 => ("'%r and %s'", new[] { PyType.Str, PyType.IntList }),
            3 => ("'%-6s|%05d'", new[] { PyType.Str, PyType.Int }),
            4 => ("'%+.3e %%'", new[] { PyType.Float }),
            _ => ("'%o %X %g'", new[] { PyType.Int, PyType.Int, PyType.Float }),
        };
        var args = types.Select(Gen).ToArray();
        string holes = string.Join(", ", Enumerable.Range(0, args.Length).Select(i => "$" + i));
        return Expr.Of("(" + fmt + " % (" + holes + (args.Length == 1 ? ",))" : "))"), PyType.Str, args);
    }

    private Expr BraceFormat()
    {
        var (fmt, types) = _rng.Below(4) switch
        {
            0 => ("'{}:{:>6}'", new[] { PyType.Int, PyType.Str }),
            1 => ("'{0}/{0}/{1:.2f}'", new[] { PyType.Str, PyType.Float }),
            2 => ("'{:,} {!r}'", new[] { PyType.Int, PyType.Str }),
            _ => ("'{a}-{b:^8}'", new[] { PyType.Int, PyType.Str }),
        };
        var args = types.Select(Gen).ToArray();
        string call = fmt.Contains("{a}")
            ? fmt + ".format(a=$0, b=$1)"
            : fmt + ".format(" + string.Join(", ", Enumerable.Range(0, args.Length).Select(i => "$" + i)) + ")";
        return Expr.Of(call, PyType.Str, args);
    }

    private Expr FormatBuiltin() => _rng.Below(3) switch
    {
        0 => E("format($0, '" + _rng.Pick(IntSpecs) + "')", PyType.Str, PyType.Int),
        1 => E("format($0, '" + _rng.Pick(FloatSpecs) + "')", PyType.Str, PyType.Float),
        _ => E("format($0, '" + _rng.Pick(StrSpecs) + "')", PyType.Str, PyType.Str),
    };

    private Expr? BytesExpr()
    {
        const PyType B = PyType.Bytes;
        switch (_rng.Below(10))
        {
            case 0: return E("($0 + $1)", B, B, B);
            case 1: return E("($0 * " + _rng.Between(0, 3) + ")", B, B);
            case 2: return E("$0[$1:$2]", B, B, PyType.Int, PyType.Int);
            case 3: return E("$0." + _rng.Pick(new[] { "upper()", "lower()", "strip()", "replace(b'a', b'xy')", "rstrip(b'c')" }), B, B);
            case 4: return E("$0.encode()", B, PyType.Str);
            case 5: return E("bytes([x % 256 for x in $0])", B, PyType.IntList);
            case 6: return E("bytes(abs($0) % 6)", B, PyType.Int);
            case 7: return E("$0[::-1]", B, B);
            case 8: return _risky ? E("bytes($0)", B, PyType.IntList) : E("$0.encode('utf-8')", B, PyType.Str);
            case 9: return E("b'-'.join([$0, $1])", B, B, B);
            default: return null;
        }
    }

    private Expr? BoolExpr()
    {
        const PyType Bo = PyType.Bool;
        switch (_rng.Below(16))
        {
            case 0:
            {
                PyType t = _rng.Pick(new[] { PyType.Int, PyType.Float, PyType.Str, PyType.IntList, PyType.IntTuple, PyType.Bytes });
                return E("($0 " + _rng.Pick(new[] { "<", "<=", ">", ">=", "==", "!=" }) + " $1)", Bo, t, t);
            }
            case 1: return E("($0 < $1 <= $2)", Bo, PyType.Int, PyType.Int, PyType.Int);
            case 2: return E("($0 in $1)", Bo, PyType.Int, _rng.Pick(new[] { PyType.IntList, PyType.IntSet, PyType.IntTuple }));
            case 3: return E("($0 in $1)", Bo, PyType.Str, _rng.Pick(new[] { PyType.Str, PyType.StrList, PyType.StrIntDict }));
            case 4: return E("(not $0)", Bo, Bo);
            case 5: return E(_rng.Pick(new[] { "($0 and $1)", "($0 or $1)" }), Bo, Bo, Bo);
            case 6: return E("$0." + _rng.Pick(new[] { "startswith", "endswith" }) + "($1)", Bo, PyType.Str, PyType.Str);
            case 7: return E("$0." + _rng.Pick(new[] { "isdigit()", "isalpha()", "isupper()", "islower()", "isspace()", "isalnum()" }), Bo, PyType.Str);
            case 8: return E("isinstance($0, " + _rng.Pick(new[] { "int", "str", "(list, tuple)", "float" }) + ")", Bo, _rng.Pick(Printable));
            case 9: return E(_rng.Pick(new[] { "any(x > $1 for x in $0)", "all(x > $1 for x in $0)" }), Bo, PyType.IntList, PyType.Int);
            case 10: return E("bool($0)", Bo, _rng.Pick(Printable));
            case 11: return E(_rng.Pick(new[] { "$0.isdisjoint($1)", "($0 <= $1)", "($0 == $1)" }), Bo, PyType.IntSet, PyType.IntSet);
            case 12: return E("($0 == $1)", Bo, PyType.StrIntDict, PyType.StrIntDict);
            case 13: return E("($0 is None)", Bo, PyType.Int);
            case 14: return E("math.isclose($0, $1)", Bo, PyType.Float, PyType.Float);
            case 15: return E("(" + _rng.Between(0, 9) + " in range($0 % 50))", Bo, PyType.Int);
            default: return null;
        }
    }

    private Expr? IntListExpr()
    {
        const PyType L = PyType.IntList;
        switch (_rng.Below(24))
        {
            case 0: return E("[x * $1 for x in $0]", L, L, PyType.Int);
            case 1: return E("[x for x in $0 if x % " + _rng.Between(2, 4) + " == " + _rng.Between(0, 1) + "]", L, L);
            case 2: return E("sorted($0)", L, L);
            case 3: return E("sorted($0, key=" + _rng.Pick(IntKeys) + ")", L, L);
            case 4: return E("sorted($0, reverse=True)", L, L);
            case 5: return Expr.Of("($0 + $1)", L, Atom(L), Atom(L));
            case 6: return E("$0[$1:$2]", L, L, PyType.Int, PyType.Int);
            case 7: return E("$0[::" + _rng.Pick(new[] { "-1", "2", "-2", "3" }) + "]", L, L);
            case 8: return E("list(reversed($0))", L, L);
            case 9: return E("[len(s) for s in $0]", L, PyType.StrList);
            case 10: return E("list(map(abs, $0))", L, L);
            case 11: return Expr.Leaf("list(range(" + _rng.Between(-5, 5) + ", " + _rng.Between(-5, 12) + ", " + NonZeroSmall() + "))", L);
            case 12: return E("list($0.values())", L, PyType.StrIntDict);
            case 13: return E("sorted($0)", L, PyType.IntSet);
            case 14: return E("list($0)", L, _rng.Pick(new[] { PyType.IntTuple, PyType.Bytes }));
            case 15: return E("[$0, $1, $2]", L, PyType.Int, PyType.Int, PyType.Int);
            case 16: return Expr.Of("($0 * " + _rng.Between(0, 2) + ")", L, Atom(L));
            case 17: return Expr.Of("[x + y for x in $0 for y in $1]", L, Atom(L), Atom(L));
            case 18: return E("list(filter(lambda x: x > $1, $0))", L, L, PyType.Int);
            case 19: return E("[i * x for i, x in enumerate($0)]", L, L);
            case 20: return E("[v for k, v in sorted($0.items())]", L, PyType.StrIntDict);
            case 21: return E("[*$0, *$1]", L, L, PyType.IntTuple);
            case 22: return E("[v for k, v in $0]", L, PyType.PairList);
            case 23: return E("[x // 2 if x > 0 else -x for x in $0]", L, L);
            default: return null;
        }
    }

    private Expr? StrListExpr()
    {
        const PyType L = PyType.StrList;
        switch (_rng.Below(13))
        {
            case 0: return E("$0.split()", L, PyType.Str);
            case 1: return E("$0.split(',')", L, PyType.Str);
            case 2: return E("sorted($0)", L, L);
            case 3: return E("sorted($0, key=" + _rng.Pick(StrKeys) + ")", L, L);
            case 4: return E("sorted($0, key=" + _rng.Pick(StrKeys) + ", reverse=True)", L, L);
            case 5: return E("[s.upper() for s in $0]", L, L);
            case 6: return E("list($0)", L, PyType.Str);
            case 7: return E("sorted($0)", L, PyType.StrIntDict);
            case 8: return E("list($0.keys())", L, PyType.StrIntDict);
            case 9: return E("[str(x) for x in $0]", L, PyType.IntList);
            case 10: return E("$0[$1:$2]", L, L, PyType.Int, PyType.Int);
            case 11: return Expr.Of("($0 + $1)", L, Atom(L), Atom(L));
            case 12: return E("[k for k, v in $0]", L, PyType.PairList);
            default: return null;
        }
    }

    private Expr? IntTupleExpr()
    {
        const PyType T = PyType.IntTuple;
        switch (_rng.Below(8))
        {
            case 0: return E("tuple($0)", T, PyType.IntList);
            case 1: return E("($0, $1)", T, PyType.Int, PyType.Int);
            case 2: return E("($0,)", T, PyType.Int);
            case 3: return E("$0[$1:$2]", T, T, PyType.Int, PyType.Int);
            case 4: return E("($0 + $1)", T, T, T);
            case 5: return E("divmod($0, " + NonZeroSmall() + ")", T, PyType.Int);
            case 6: return E("tuple(sorted($0))", T, PyType.IntSet);
            case 7: return E("tuple(x % 5 for x in $0)", T, PyType.IntList);
            default: return null;
        }
    }

    private Expr? DictExpr()
    {
        const PyType D = PyType.StrIntDict;
        switch (_rng.Below(9))
        {
            case 0: return E("{s: len(s) for s in $0}", D, PyType.StrList);
            case 1: return E("dict(zip($0, $1))", D, PyType.StrList, PyType.IntList);
            case 2: return E("{**$0, **$1}", D, D, D);
            case 3: return E("dict(sorted($0.items()))", D, D);
            case 4: return E("{k: v * $1 for k, v in $0.items()}", D, D, PyType.Int);
            case 5: return E("dict($0)", D, PyType.PairList);
            case 6: return E("($0 | $1)", D, D, D);
            case 7: return E("{k: v for k, v in $0.items() if v % 2}", D, D);
            case 8: return E("dict.fromkeys($0, $1)", D, PyType.StrList, PyType.Int);
            default: return null;
        }
    }

    private Expr? IntSetExpr()
    {
        const PyType S = PyType.IntSet;
        switch (_rng.Below(5))
        {
            case 0: return E("set($0)", S, PyType.IntList);
            case 1: return E("($0 " + _rng.Pick(new[] { "|", "&", "-", "^" }) + " $1)", S, S, S);
            case 2: return E("{x % " + _rng.Between(2, 9) + " for x in $0}", S, PyType.IntList);
            case 3: return E("set($0.values())", S, PyType.StrIntDict);
            case 4: return E("set(range($0 % 7))", S, PyType.Int);
            default: return null;
        }
    }

    private Expr? PairExpr()
    {
        const PyType P = PyType.Pair;
        switch (_rng.Below(5))
        {
            case 0: return E(_rng.Pick(new[] { "max", "min" }) + "($0.items(), key=" + _rng.Pick(PairKeys) + ", default=('', 0))", P, PyType.StrIntDict);
            case 1: return E("($0, $1)", P, PyType.Str, PyType.Int);
            case 2: return _risky ? E("$0[$1]", P, PyType.PairList, PyType.Int) : E("max($0, default=('', 0))", P, PyType.PairList);
            case 3: return E(_rng.Pick(new[] { "max", "min" }) + "($0, key=" + _rng.Pick(PairKeys) + ", default=('none', -1))", P, PyType.PairList);
            case 4: return _risky ? E("max($0.items(), key=" + _rng.Pick(PairKeys) + ")", P, PyType.StrIntDict) : null;
            default: return null;
        }
    }

    private Expr? PairListExpr()
    {
        const PyType P = PyType.PairList;
        switch (_rng.Below(6))
        {
            case 0: return E("sorted($0.items(), key=" + _rng.Pick(PairKeys) + ")", P, PyType.StrIntDict);
            case 1: return E("list($0.items())", P, PyType.StrIntDict);
            case 2: return E("list(zip($0, $1))", P, PyType.StrList, PyType.IntList);
            case 3: return E("sorted($0, key=" + _rng.Pick(PairKeys) + ")", P, P);
            case 4: return E("[(k, v) for k, v in $0.items() if v > $1]", P, PyType.StrIntDict, PyType.Int);
            case 5: return E("sorted($0.items(), reverse=True)", P, PyType.StrIntDict);
            default: return null;
        }
    }
}
