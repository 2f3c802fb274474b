using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GilGen.Fuzz.Model;

namespace GilGen.Fuzz.Generation;

/// <summary>
/// Builds random, valid, deterministic Python programs (and functions, for the dis fuzzer) from a
/// seed. Every choice comes from one <see cref="SplitMix64"/> in a fixed order, so a seed names one
/// program byte for byte. Types are tracked so that every operation gets operands it accepts;
/// operations that may raise are generated only inside <c>try</c> bodies, whose handlers print the
/// exception's type and message.
/// </summary>
/// <remarks>
/// Kept out on purpose (nondeterministic under CPython, or a documented deviation in
/// docs/language-support.md): id/hash/addresses, printing a set of strings or anything ordered by
/// str hashing, timing, special-cased Unicode letters (<c>'ß'.upper()</c>), complex numbers.
/// Generated code also stays valid Python 3.9 (no <c>match</c>, no quotes reused inside f-strings)
/// so the dis fuzzer can compare with python3.9.
/// </remarks>
internal sealed partial class ProgramGenerator
{
    private readonly SplitMix64 _rng;
    private List<Var> _vars = new();
    private int _nextName;
    private int _blockDepth;
    private int _loopDepth;
    private bool _inFunction;

    private ProgramGenerator(ulong seed)
    {
        _rng = new SplitMix64(seed);
    }

    /// <summary>The program of a seed.</summary>
    public static FuzzProgram Program(ulong seed) => new ProgramGenerator(seed).MakeProgram();

    /// <summary>
    /// A module holding one function, for the dis fuzzer: its body is made of the same statements as
    /// the programs'. A different stream from <see cref="Program"/> of the same seed.
    /// </summary>
    public static FuzzProgram Function(ulong seed) => new ProgramGenerator(seed ^ 0x5DEECE66DUL).MakeFunctionModule();

    private string Fresh(string prefix) => prefix + (++_nextName);

    private FuzzProgram MakeProgram()
    {
        var body = new List<Stmt>
        {
            Stmt.Simple("import math"),
            Stmt.Simple("import threading"),
        };
        int count = _rng.Between(6, 11);
        for (int i = 0; i < count; i++)
            body.Add(TopLevelStatement());
        if (_rng.Chance(4))
            body.Add(EscapingRaise());
        return new FuzzProgram(body.ToImmutableArrayOf());
    }

    private FuzzProgram MakeFunctionModule()
    {
        _inFunction = true;
        _risky = true; // never run: anything that compiles is fine
        var parameters = new[] { new Var("a", PyType.Int, true), new Var("b", PyType.Float, true), new Var("s", PyType.Str, true), new Var("xs", PyType.IntList, true), new Var("d", PyType.StrIntDict, true) };
        _vars = parameters.ToList();
        var body = new List<Stmt>();
        int count = _rng.Between(2, 7);
        for (int i = 0; i < count; i++)
            body.Add(Statement());
        body.Add(Stmt.Simple("return $0", Gen(_rng.Pick(Printable))));
        string header = _rng.Below(3) switch
        {
            0 => "def fuzz_fn(a, b, s, xs, d):",
            1 => "def fuzz_fn(a, b=1.5, *, s='x', xs=(), d=None):",
            _ => "def fuzz_fn(a, /, b, s, *xs, **d):",
        };
        var module = new List<Stmt> { Stmt.Block(header, body.ToImmutableArrayOf()) };
        return new FuzzProgram(module.ToImmutableArrayOf());
    }

    private Stmt TopLevelStatement()
    {
        int r = _rng.Below(100);
        if (r < 7) return ClosureDefinition();
        if (r < 13) return GeneratorDefinition();
        if (r < 20) return ClassDefinition();
        if (r < 24) return ThreadsBlock();
        if (r < 29) return FunctionDefinition();
        return Statement();
    }

    private Stmt Statement()
    {
        int r = _rng.Below(100);
        bool canNest = _blockDepth < 2;
        if (r < 24) return NewVariable();
        if (r < 44) return Print();
        if (r < 52) return Reassign() ?? Print();
        if (r < 62) return Mutation() ?? Print();
        if (r < 70 && canNest) return If();
        if (r < 78 && canNest) return For();
        if (r < 81 && canNest) return While();
        if (r < 95 && canNest) return Try();
        return Print();
    }

    private ImmutableArray<Stmt> Body(int min, int max)
    {
        int saved = _vars.Count;
        _blockDepth++;
        var body = new List<Stmt>();
        int n = _rng.Between(min, max);
        for (int i = 0; i < n; i++)
            body.Add(Statement());
        _blockDepth--;
        // Names bound inside a block may be unbound after it (a branch not taken, a raise).
        _vars.RemoveRange(saved, _vars.Count - saved);
        return body.ToImmutableArrayOf();
    }

    private static readonly PyType[] Storable = { PyType.Int, PyType.Float, PyType.Str, PyType.Bytes, PyType.Bool, PyType.IntList, PyType.StrList, PyType.IntTuple, PyType.StrIntDict, PyType.IntSet, PyType.Pair, PyType.PairList };

    private Stmt NewVariable()
    {
        PyType t = _rng.Pick(Storable);
        Expr value = Gen(t);
        string name = Fresh("v");
        _vars.Add(new Var(name, t, true));
        return Stmt.Simple(name + " = $0", value);
    }

    /// <summary>The way to print a value of the type deterministically (sets through sorted()).</summary>
    private static string Printed(PyType type, int hole) => type == PyType.IntSet ? "sorted($" + hole + ")" : "$" + hole;

    private Stmt Print()
    {
        int r = _rng.Below(10);
        if (r < 6)
        {
            PyType t = _rng.Pick(Storable);
            return Stmt.Simple("print(" + Printed(t, 0) + ")", Gen(t));
        }
        if (r < 8)
        {
            PyType t1 = _rng.Pick(Storable), t2 = _rng.Pick(Storable);
            string tail = _rng.Pick(new[] { "", ", sep=' | '", ", sep=''", ", end=';\\n'" });
            return Stmt.Simple("print(" + Printed(t1, 0) + ", " + Printed(t2, 1) + tail + ")", Gen(t1), Gen(t2));
        }
        Var? v = _vars.Count == 0 ? null : _vars[_rng.Below(_vars.Count)];
        if (v is null)
            return Stmt.Simple("print($0)", Gen(PyType.Str));
        return Stmt.Simple("print('" + v.Name + "', " + Printed(v.Type, 0) + ")", Expr.Leaf(v.Name, v.Type));
    }

    private Var? AssignableVar(System.Func<Var, bool> filter)
    {
        var candidates = _vars.Where(v => v.Assignable && filter(v)).ToList();
        return candidates.Count == 0 ? null : candidates[_rng.Below(candidates.Count)];
    }

    private Stmt? Reassign()
    {
        if (_loopDepth > 0)
        {
            // In a loop only a step by an atom: anything else could grow a value geometrically.
            Var? n = AssignableVar(v => v.Type is PyType.Int or PyType.Float or PyType.Str);
            if (n is null)
                return null;
            string op = n.Type == PyType.Str ? "+=" : _rng.Pick(new[] { "+=", "-=", "*=" });
            Expr step = n.Type == PyType.Str || op == "*=" ? Literal(n.Type) : Atom(n.Type);
            if (op == "*=" && n.Type == PyType.Int)
                step = Expr.Leaf(_rng.Pick(new[] { "2", "-1", "3" }), PyType.Int);
            return Stmt.Simple(n.Name + " " + op + " $0", step);
        }
        Var? target = AssignableVar(_ => true);
        if (target is null)
            return null;
        if (target.Type is PyType.Int && _rng.Chance(50))
        {
            string op = _rng.Pick(new[] { "+=", "-=", "*=", "|=", "^=", "<<=", ">>=" });
            Expr rhs = op is "<<=" or ">>=" ? Expr.Leaf(_rng.Between(0, 9).ToString(), PyType.Int) : Gen(PyType.Int);
            return Stmt.Simple(target.Name + " " + op + " $0", rhs);
        }
        if (target.Type is PyType.Str or PyType.IntList or PyType.StrList or PyType.IntTuple && _rng.Chance(50))
            return Stmt.Simple(target.Name + " += $0", Literal(target.Type));
        return Stmt.Simple(target.Name + " = $0", Gen(target.Type));
    }

    private Stmt? Mutation()
    {
        // Mutating a container through a name needs no assignment, so globals are fine in functions.
        var candidates = _vars.Where(v => v.Type is PyType.IntList or PyType.StrList or PyType.StrIntDict or PyType.IntSet).ToList();
        if (candidates.Count == 0)
            return null;
        Var c = candidates[_rng.Below(candidates.Count)];
        string n = c.Name;
        switch (c.Type)
        {
            case PyType.IntList:
                return _rng.Below(9) switch
                {
                    0 => Stmt.Simple(n + ".append($0)", Gen(PyType.Int)),
                    1 => Stmt.Simple(n + ".extend($0)", Literal(PyType.IntList)),
                    2 => Stmt.Simple(n + ".insert($0, $1)", Gen(PyType.Int), Gen(PyType.Int)),
                    3 => _risky ? Stmt.Simple("print(" + n + ".pop())") : Stmt.Simple("print(" + n + ".pop() if " + n + " else None)"),
                    4 => Stmt.Simple(n + ".sort(key=" + _rng.Pick(IntKeys) + ")"),
                    5 => Stmt.Simple(n + ".reverse()"),
                    6 => _risky ? Stmt.Simple("del " + n + "[$0]", Gen(PyType.Int)) : Stmt.Simple("del " + n + "[:1]"),
                    7 => Stmt.Simple(n + "[$0:$1] = $2", Gen(PyType.Int), Gen(PyType.Int), Literal(PyType.IntList)),
                    _ => _risky ? Stmt.Simple(n + "[$0] = $1", Gen(PyType.Int), Gen(PyType.Int)) : Stmt.Simple(n + ".sort(reverse=True)"),
                };
            case PyType.StrList:
                return _rng.Below(4) switch
                {
                    0 => Stmt.Simple(n + ".append($0)", Gen(PyType.Str)),
                    1 => Stmt.Simple(n + ".sort(key=" + _rng.Pick(StrKeys) + ")"),
                    2 => _risky ? Stmt.Simple(n + ".remove($0)", Gen(PyType.Str)) : Stmt.Simple(n + ".sort()"),
                    _ => Stmt.Simple(n + ".extend(" + n + "[:" + _rng.Between(0, 2) + "])"),
                };
            case PyType.StrIntDict:
                return _rng.Below(6) switch
                {
                    0 => Stmt.Simple(n + "[$0] = $1", Gen(PyType.Str), Gen(PyType.Int)),
                    1 => Stmt.Simple("print(" + n + ".setdefault($0, $1))", Gen(PyType.Str), Gen(PyType.Int)),
                    2 => Stmt.Simple("print(" + n + ".pop($0, None))", Gen(PyType.Str)),
                    3 => Stmt.Simple(n + ".update($0)", Literal(PyType.StrIntDict)),
                    4 => _risky ? Stmt.Simple("del " + n + "[$0]", Gen(PyType.Str)) : Stmt.Simple(n + ".clear()"),
                    _ => _risky ? Stmt.Simple("print(" + n + ".popitem())") : Stmt.Simple(n + "[$0] = " + n + ".get($0, 0) + 1", Gen(PyType.Str)),
                };
            default:
                return _rng.Below(4) switch
                {
                    0 => Stmt.Simple(n + ".add($0)", Gen(PyType.Int)),
                    1 => Stmt.Simple(n + ".discard($0)", Gen(PyType.Int)),
                    2 => _risky ? Stmt.Simple(n + ".remove($0)", Gen(PyType.Int)) : Stmt.Simple(n + ".update($0)", Literal(PyType.IntSet)),
                    _ => _risky ? Stmt.Simple("print(" + n + ".pop())") : Stmt.Simple(n + ".difference_update($0)", Literal(PyType.IntSet)),
                };
        }
    }

    private Stmt If()
    {
        var clauses = new List<Clause> { new("if $0:", ImmutableArray.Create(Gen(PyType.Bool)), Body(1, 3)) };
        if (_rng.Chance(35))
            clauses.Add(new Clause("elif $0:", ImmutableArray.Create(Gen(PyType.Bool)), Body(1, 2)));
        if (_rng.Chance(50))
            clauses.Add(new Clause("else:", ImmutableArray<Expr>.Empty, Body(1, 2)));
        return new Stmt(clauses.ToImmutableArrayOf());
    }

    private Stmt For()
    {
        int saved = _vars.Count;
        string x = Fresh("x");
        string header;
        Expr[] args;
        switch (_rng.Below(5))
        {
            case 0:
                header = "for " + x + " in range(" + _rng.Between(0, 6) + "):";
                args = System.Array.Empty<Expr>();
                _vars.Add(new Var(x, PyType.Int, false));
                break;
            case 1:
            {
                string i = Fresh("i");
                header = "for " + i + ", " + x + " in enumerate(list($0)):";
                args = new[] { Atom(PyType.StrList) };
                _vars.Add(new Var(i, PyType.Int, false));
                _vars.Add(new Var(x, PyType.Str, false));
                break;
            }
            case 2:
            {
                string k = Fresh("k");
                header = "for " + k + ", " + x + " in list($0.items()):";
                args = new[] { Atom(PyType.StrIntDict) };
                _vars.Add(new Var(k, PyType.Str, false));
                _vars.Add(new Var(x, PyType.Int, false));
                break;
            }
            default:
                // A copy (list(...)): the body may append to the list it walks.
                header = "for " + x + " in list($0)[:8]:";
                args = new[] { Gen(PyType.IntList) };
                _vars.Add(new Var(x, PyType.Int, false));
                break;
        }
        _loopDepth++;
        ImmutableArray<Stmt> body = Body(1, 3);
        _loopDepth--;
        _vars.RemoveRange(saved, _vars.Count - saved);
        var clauses = new List<Clause> { new(header, args.ToImmutableArrayOf(), body) };
        if (_rng.Chance(15))
            clauses.Add(new Clause("else:", ImmutableArray<Expr>.Empty, ImmutableArray.Create(Stmt.Simple("print('loop done')"))));
        return new Stmt(clauses.ToImmutableArrayOf());
    }

    private Stmt While()
    {
        string w = Fresh("w");
        int limit = _rng.Between(1, 5);
        int saved = _vars.Count;
        _vars.Add(new Var(w, PyType.Int, false));
        _loopDepth++;
        ImmutableArray<Stmt> rest = Body(1, 2);
        _loopDepth--;
        _vars.RemoveRange(saved, _vars.Count - saved);
        var body = ImmutableArray.Create(new Stmt(ImmutableArray.Create(new Clause(w + " += 1", ImmutableArray<Expr>.Empty, null)), Pinned: true)).AddRange(rest);
        // The counter is set in the header line's statement so that no shrink step can drop it alone.
        var clauses = ImmutableArray.Create(
            new Clause(w + " = 0", ImmutableArray<Expr>.Empty, null),
            new Clause("while " + w + " < " + limit + ":", ImmutableArray<Expr>.Empty, body));
        return new Stmt(clauses);
    }

    private Stmt Try()
    {
        bool wasRisky = _risky;
        _risky = true;
        var tryBody = Body(1, 3).ToBuilder();
        if (_rng.Chance(30))
            tryBody.Add(Raise());
        _risky = wasRisky;
        var clauses = new List<Clause> { new("try:", ImmutableArray<Expr>.Empty, tryBody.ToImmutable()) };
        string e = Fresh("e");
        if (_rng.Chance(40))
            clauses.Add(new Clause("except " + _rng.Pick(new[] { "ZeroDivisionError", "(KeyError, IndexError)", "ValueError", "(TypeError, OverflowError)" }) + " as " + e + ":", ImmutableArray<Expr>.Empty,
                ImmutableArray.Create(Stmt.Simple("print('specific', type(" + e + ").__name__, " + e + ")"))));
        string f = Fresh("e");
        clauses.Add(new Clause("except Exception as " + f + ":", ImmutableArray<Expr>.Empty,
            ImmutableArray.Create(Stmt.Simple("print(type(" + f + ").__name__, " + f + ")"))));
        if (_rng.Chance(25))
            clauses.Add(new Clause("else:", ImmutableArray<Expr>.Empty, ImmutableArray.Create(Stmt.Simple("print('no error')"))));
        if (_rng.Chance(25))
            clauses.Add(new Clause("finally:", ImmutableArray<Expr>.Empty, ImmutableArray.Create(Stmt.Simple("print('finally')"))));
        return new Stmt(clauses.ToImmutableArrayOf());
    }

    private Stmt Raise() => _rng.Below(4) switch
    {
        0 => Stmt.Simple("raise ValueError($0)", Gen(PyType.Str)),
        1 => Stmt.Simple("raise KeyError($0)", Gen(PyType.Int)),
        2 => Stmt.Simple("raise RuntimeError('bad', $0)", Gen(PyType.Int)),
        _ => Stmt.Simple("raise IndexError"),
    };

    private Stmt EscapingRaise() => _rng.Below(3) switch
    {
        0 => Stmt.Simple("raise ValueError('escaped')"),
        1 => Stmt.Simple("print({}['missing'])"),
        _ => Stmt.Simple("print(1 // 0)"),
    };
}
