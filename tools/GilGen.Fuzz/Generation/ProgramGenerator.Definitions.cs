using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GilGen.Fuzz.Model;

namespace GilGen.Fuzz.Generation;

/// <summary>Top-level definitions with their uses: closures, generators, classes with dunder methods, threads, functions.</summary>
internal sealed partial class ProgramGenerator
{
    private static Stmt Line(string text, params Expr[] args) => Stmt.Simple(text, args);

    private static Stmt Pinned(string text) => Stmt.Simple(text) with { Pinned = true };

    private static Stmt Def(string header, params Stmt[] body) => Stmt.Block(header, body.ToImmutableArrayOf());

    /// <summary>Generates with the given names in scope (a function's parameters and the globals before it).</summary>
    /// <remarks>
    /// The parameters are named apart from every comprehension variable (x, y, k, v, s, i): where a
    /// comprehension's variable shadows a name another comprehension reads, CPython 3.12's inlining
    /// raises UnboundLocalError (a deliberate difference, docs/language-support.md).
    /// </remarks>
    private T InFunction<T>(IEnumerable<Var> locals, System.Func<T> make)
    {
        List<Var> saved = _vars;
        bool wasInFunction = _inFunction;
        _vars = saved.Select(v => v with { Assignable = false }).Concat(locals).ToList();
        _inFunction = true;
        try
        {
            return make();
        }
        finally
        {
            _vars = saved;
            _inFunction = wasInFunction;
        }
    }

    private Stmt ClosureDefinition()
    {
        string mk = Fresh("make");
        string f = Fresh("f");
        var defs = new List<Stmt>();
        switch (_rng.Below(3))
        {
            case 0:
            {
                Expr body = InFunction(new[] { new Var("xc", PyType.Int, false), new Var("kc", PyType.Int, false) }, () => Gen(PyType.Int));
                defs.Add(Def("def " + mk + "(kc):", Def("def inner(xc):", Line("return $0", body)), Line("return inner")));
                defs.Add(Line(f + " = " + mk + "($0)", Gen(PyType.Int)));
                defs.Add(Line("print(" + f + "($0), " + f + "($1))", Gen(PyType.Int), Gen(PyType.Int)));
                break;
            }
            case 1:
                defs.Add(Def("def " + mk + "(start):",
                    Line("total = start"),
                    Def("def step(d):", Line("nonlocal total"), Line("total += d"), Line("return total")),
                    Line("return step")));
                defs.Add(Line(f + " = " + mk + "($0)", Gen(PyType.Int)));
                defs.Add(Line("print(" + f + "(1), " + f + "($0), " + f + "(-3))", Gen(PyType.Int)));
                break;
            default:
            {
                string fs = Fresh("fs");
                defs.Add(Line(fs + " = [lambda y, i=i: y * i + $0 for i in range(" + _rng.Between(1, 5) + ")]", Gen(PyType.Int)));
                defs.Add(Line("print([g($0) for g in " + fs + "])", Gen(PyType.Int)));
                defs.Add(Line(fs + " = [lambda: i for i in range(" + _rng.Between(1, 4) + ")]"));
                defs.Add(Line("print([g() for g in " + fs + "])"));
                break;
            }
        }
        return Sequence(defs);
    }

    /// <summary>
    /// A definition and its uses as one top-level statement: rendered as consecutive clauses, so
    /// the shrinker drops the whole group or, inside it, a use.
    /// </summary>
    private static Stmt Sequence(List<Stmt> statements) => new(statements.SelectMany(s => s.Clauses).ToImmutableArrayOf());

    private Stmt GeneratorDefinition()
    {
        string g = Fresh("gen");
        var defs = new List<Stmt>();
        if (_rng.Chance(30))
        {
            defs.Add(Def("def " + g + "():",
                Line("total = 0"),
                Def("while True:",
                    Pinned("x = yield total"),
                    Def("if x is None:", Pinned("break")),
                    Line("total += x")),
                Line("yield -1")));
            string a = Fresh("acc");
            defs.Add(Line(a + " = " + g + "()"));
            defs.Add(Line("print(next(" + a + "), " + a + ".send($0), " + a + ".send($1))", Gen(PyType.Int), Gen(PyType.Int)));
            defs.Add(Line("print(" + a + ".send(None), next(" + a + ", 'end'))"));
            return Sequence(defs);
        }
        Expr yielded = InFunction(new[] { new Var("gx", PyType.Int, false), new Var("gk", PyType.Int, false) }, () => Gen(PyType.Int));
        var branch = new Stmt(ImmutableArray.Create(
            new Clause("if gx % 2 == 0:", ImmutableArray<Expr>.Empty, ImmutableArray.Create(Line("yield $0", yielded))),
            new Clause("else:", ImmutableArray<Expr>.Empty, ImmutableArray.Create(Line("yield -gx")))));
        defs.Add(Def("def " + g + "(data, gk):",
            Stmt.Block("for gx in data:", ImmutableArray.Create(branch)),
            Line("yield from range(gk % 3)")));
        switch (_rng.Below(3))
        {
            case 0:
                defs.Add(Line("print(list(" + g + "($0, $1)))", Gen(PyType.IntList), Gen(PyType.Int)));
                break;
            case 1:
            {
                string it = Fresh("it");
                defs.Add(Line(it + " = " + g + "($0, $1)", Gen(PyType.IntList), Gen(PyType.Int)));
                defs.Add(Line("print(next(" + it + ", None), next(" + it + ", None), sum(" + it + "))"));
                break;
            }
            default:
                defs.Add(Line("print(sorted(" + g + "($0, $1), key=" + _rng.Pick(IntKeys) + "))", Gen(PyType.IntList), Gen(PyType.Int)));
                defs.Add(Line("print(max(" + g + "($0, 2), default=None), sum(x for x in " + g + "($0, 1) if x > 0))", Gen(PyType.IntList)));
                break;
        }
        return Sequence(defs);
    }

    private Stmt ClassDefinition()
    {
        string c = Fresh("P");
        bool add = _rng.Chance(70), eq = _rng.Chance(70), lt = _rng.Chance(70), len = _rng.Chance(50), iter = _rng.Chance(50);
        bool getitem = _rng.Chance(50), boolean = _rng.Chance(40), contains = _rng.Chance(40), str = _rng.Chance(50), hash = eq && _rng.Chance(60);
        bool mul = _rng.Chance(40), prop = _rng.Chance(50);
        var methods = new List<Stmt>
        {
            Def("def __init__(self, a, b):", Line("self.a = a"), Line("self.b = b")),
            Def("def __repr__(self):", Line("return f'" + c + "({self.a!r}, {self.b!r})'")),
        };
        if (add) methods.Add(Def("def __add__(self, other):", Line("return " + c + "(self.a + other.a, self.b + other.b)")));
        if (mul)
        {
            methods.Add(Def("def __mul__(self, k):", Line("return " + c + "(self.a * k, self.b * k)")));
            methods.Add(Line("__rmul__ = __mul__"));
        }
        if (eq) methods.Add(Def("def __eq__(self, other):", Line("return (self.a, self.b) == (other.a, other.b)")));
        if (hash) methods.Add(Def("def __hash__(self):", Line("return hash((self.a, self.b))")));
        if (lt) methods.Add(Def("def __lt__(self, other):", Line("return (self.a, self.b) < (other.a, other.b)")));
        if (len) methods.Add(Def("def __len__(self):", Line("return abs(self.a - self.b) % 7")));
        if (iter) methods.Add(Def("def __iter__(self):", Line("yield self.a"), Line("yield self.b")));
        if (getitem) methods.Add(Def("def __getitem__(self, i):", Line("return (self.a, self.b)[i]")));
        if (boolean) methods.Add(Def("def __bool__(self):", Line("return self.a != 0")));
        if (contains) methods.Add(Def("def __contains__(self, x):", Line("return x in (self.a, self.b)")));
        if (str) methods.Add(Def("def __str__(self):", Line("return f'<{self.a}|{self.b}>'")));
        if (prop) methods.Add(Def("@property\ndef total(self):".Replace("\n", "\n" + new string(' ', 4)), Line("return self.a + self.b")));
        var defs = new List<Stmt> { Stmt.Block("class " + c + ":", methods.ToImmutableArrayOf()) };
        string sub = "";
        if (_rng.Chance(30))
        {
            sub = Fresh("Q");
            defs.Add(Def("class " + sub + "(" + c + "):",
                Def("def __repr__(self):", Line("return 'Q' + super().__repr__()"))));
        }
        string objs = Fresh("objs");
        int count = _rng.Between(2, 4);
        var makers = new List<Expr>();
        var holes = new List<string>();
        for (int i = 0; i < count; i++)
        {
            holes.Add((sub != "" && i == 0 ? sub : c) + "($" + (2 * i) + ", $" + (2 * i + 1) + ")");
            makers.Add(Gen(PyType.Int));
            makers.Add(Gen(PyType.Int));
        }
        defs.Add(Line(objs + " = [" + string.Join(", ", holes) + "]", makers.ToArray()));
        defs.Add(Line("print(" + objs + ")"));
        var uses = new List<string>();
        if (add) uses.Add("print(" + objs + "[0] + " + objs + "[1])");
        if (mul) uses.Add("print(" + objs + "[1] * 3, 2 * " + objs + "[0])");
        if (eq) uses.Add("print(" + objs + "[0] == " + objs + "[1], " + objs + "[0] != " + objs + "[0])");
        if (hash) uses.Add("print(len(set(" + objs + ")), " + objs + "[0] in {" + objs + "[0]: 1})");
        if (lt) uses.Add("print(sorted(" + objs + "), min(" + objs + "), " + objs + "[0] > " + objs + "[1])");
        if (len) uses.Add("print([len(p) for p in " + objs + "])");
        if (iter) uses.Add("print([list(p) for p in " + objs + "], sum(" + objs + "[0]))");
        if (getitem) uses.Add("print(" + objs + "[0][1], " + objs + "[1][-2])");
        if (boolean) uses.Add("print([bool(p) for p in " + objs + "], [p for p in " + objs + " if p])");
        if (contains) uses.Add("print(3 in " + objs + "[0], " + objs + "[1].a in " + objs + "[1])");
        if (str) uses.Add("print(str(" + objs + "[0]), f'{" + objs + "[1]}', '%s' % (" + objs + "[0],))");
        if (prop) uses.Add("print(max(" + objs + ", key=lambda p: p.total), [p.total for p in " + objs + "])");
        uses.Add("print(sorted(" + objs + ", key=lambda p: (p.b, p.a)))");
        foreach (string u in uses)
            defs.Add(Line(u));
        if (_rng.Chance(40))
            defs.Add(TryLine("print(f'{" + objs + "[0]:>5}')"));
        if (_rng.Chance(40) && !lt)
            defs.Add(TryLine("print(" + objs + "[0] < " + objs + "[1])"));
        if (_rng.Chance(30) && !add)
            defs.Add(TryLine("print(" + objs + "[0] + 1)"));
        return Sequence(defs);
    }

    private Stmt TryLine(string line)
    {
        string e = Fresh("e");
        return new Stmt(ImmutableArray.Create(
            new Clause("try:", ImmutableArray<Expr>.Empty, ImmutableArray.Create(Line(line))),
            new Clause("except Exception as " + e + ":", ImmutableArray<Expr>.Empty, ImmutableArray.Create(Line("print(type(" + e + ").__name__, " + e + ")")))));
    }

    private Stmt ThreadsBlock()
    {
        string work = Fresh("work");
        string outs = Fresh("out");
        string ths = Fresh("ths");
        int n = _rng.Between(2, 4);
        Expr step = InFunction(new[] { new Var("acc", PyType.Int, false), new Var("tx", PyType.Int, false), new Var("ti", PyType.Int, false) }, () => Gen(PyType.Int));
        var defs = new List<Stmt>
        {
            Def("def " + work + "(ti, data, out):",
                Line("acc = 0"),
                Stmt.Block("for tx in data:", ImmutableArray.Create(Line("acc = $0", step))),
                Line("out[ti] = (ti, acc, sorted(data, key=lambda v: (v % 3, v)))")),
            Line(outs + " = [None] * " + n),
            Line(ths + " = [threading.Thread(target=" + work + ", args=(i, [x + i for x in $0], " + outs + ")) for i in range(" + n + ")]", Gen(PyType.IntList)),
            Stmt.Block("for t in " + ths + ":", ImmutableArray.Create(Line("t.start()"))),
            Stmt.Block("for t in " + ths + ":", ImmutableArray.Create(Pinned("t.join()"))),
            Line("print(" + outs + ")"),
        };
        return Sequence(defs);
    }

    private Stmt FunctionDefinition()
    {
        string fn = Fresh("fn");
        var locals = new[]
        {
            new Var("a", PyType.Int, true), new Var("b", PyType.Int, true), new Var("rest", PyType.IntTuple, false),
            new Var("scale", PyType.Int, true), new Var("kw", PyType.StrIntDict, false),
        };
        (ImmutableArray<Stmt> body, Expr result) = InFunction(locals, () =>
        {
            bool wasRisky = _risky;
            _risky = false;
            var b = Body(1, 3);
            Expr r = Gen(PyType.Int);
            _risky = wasRisky;
            return (b, r);
        });
        var defs = new List<Stmt>
        {
            Stmt.Block("def " + fn + "(a, b=" + _rng.Between(-3, 9) + ", *rest, scale=2, **kw):", body.Add(Line("return ($0, len(rest), sorted(kw))", result))),
            Line("print(" + fn + "($0))", Gen(PyType.Int)),
            Line("print(" + fn + "($0, $1, 5, 6, scale=3))", Gen(PyType.Int), Gen(PyType.Int)),
            Line("print(" + fn + "(*[1, 2, 3], **{'scale': $0, 'z': 1}))", Gen(PyType.Int)),
        };
        return Sequence(defs);
    }
}
