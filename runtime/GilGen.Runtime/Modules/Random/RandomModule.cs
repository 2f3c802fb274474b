using System;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// The random module: the methods of <c>random.Random</c> and, as in random.py, module functions that are
/// the bound methods of one hidden instance seeded from the OS.
/// </summary>
public static class RandomModule
{
    private static readonly string[] ModuleFunctions =
    {
        "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle", "choices",
        "normalvariate", "lognormvariate", "expovariate", "paretovariate", "weibullvariate", "gauss",
        "getstate", "setstate", "getrandbits", "gammavariate", "betavariate", "vonmisesvariate", "binomialvariate",
        "randbytes",
    };

    /// <summary>Makes random.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("random");
        m.SetGlobal("Random", PyValue.From(PyRandom.RandomType));
        m.SetGlobal("SystemRandom", PyValue.From(PyRandom.SystemRandomType));
        var inst = new PyRandom();
        inst.Seed(ts, PyValue.None, PyValue.Unbound);
        var instValue = PyValue.From(inst);
        m.SetGlobal("_inst", instValue);
        foreach (var name in ModuleFunctions)
        {
            var bound = Ops.GetAttr(ts, instValue, name);
            m.SetGlobal(name, bound);
            bound.DecRef();
        }
        instValue.DecRef();
        return m;
    }

    internal static PyRandom Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyRandom r ? r : throw PyErr.TypeError("descriptor requires a 'random.Random' object");

    internal static double Real(PyValue v, double dflt)
    {
        if (v.IsUnbound) return dflt;
        if (Numbers.TryDouble(v, out double d)) return d;
        throw PyErr.TypeError($"must be real number, not {v.Type.Name}");
    }

    internal static void AddMethods(PyType t)
    {
        t.AddMethod("seed", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("seed", a, kw, new[] { "a", "version" }, 0, skip: 1);
            Self(a).Seed(ts, p[0], p[1]);
            return PyValue.None;
        });
        t.AddMethod("random", (ts, a, kw) =>
        {
            CallArguments.Bind("random", a, kw, Array.Empty<string>(), 0, skip: 1);
            return PyValue.Float(Self(a).CoreRandom());
        });
        t.AddMethod("getrandbits", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("getrandbits", a, kw, new[] { "k" }, 1, skip: 1);
            if (!Numbers.TryInt(p[0], out var k)) throw PyErr.TypeError($"'{p[0].Type.Name}' object cannot be interpreted as an integer");
            if (k < 0) throw PyErr.ValueError("number of bits must be non-negative");
            if (k > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
            return PyValue.Int(Self(a).CoreRandBits((long)k));
        });
        t.AddMethod("randbytes", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("randbytes", a, kw, new[] { "n" }, 1, skip: 1);
            if (!Numbers.TryInt(p[0], out var n)) throw PyErr.TypeError($"'{p[0].Type.Name}' object cannot be interpreted as an integer");
            return PyValue.From(new PyBytes(Self(a).RandBytes(n)));
        });
        t.AddMethod("randrange", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("randrange", a, kw, new[] { "start", "stop", "step" }, 1, skip: 1);
            return Self(a).RandRange(ts, p[0], p[1], p[2]);
        });
        t.AddMethod("randint", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("randint", a, kw, new[] { "a", "b" }, 2, skip: 1);
            var one = PyValue.Int(1);
            var stop = Ops.Add(ts, p[1], one);
            try { return Self(a).RandRange(ts, p[0], stop, PyValue.Unbound); }
            finally { stop.DecRef(); }
        });
        t.AddMethod("choice", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("choice", a, kw, new[] { "seq" }, 1, skip: 1);
            long n = Ops.Length(ts, p[0]);
            if (n == 0) throw PyErr.IndexError("Cannot choose from an empty sequence");
            var i = Self(a).Below(n);
            return Ops.GetItem(ts, p[0], i);
        });
        t.AddMethod("shuffle", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("shuffle", a, kw, new[] { "x" }, 1, skip: 1);
            Self(a).Shuffle(ts, p[0]);
            return PyValue.None;
        });
        t.AddMethod("sample", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("sample", a, kw, new[] { "population", "k", "counts" }, 2, skip: 1);
            return Self(a).Sample(ts, p[0], p[1], p[2]);
        });
        t.AddMethod("choices", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("choices", a, kw, new[] { "population", "weights", "cum_weights", "k" }, 1, skip: 1);
            return Self(a).Choices(ts, p[0], p[1], p[2], p[3]);
        });
        t.AddMethod("uniform", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("uniform", a, kw, new[] { "a", "b" }, 2, skip: 1);
            var r = PyValue.Float(Self(a).Random());
            var width = Ops.Sub(ts, p[1], p[0]);
            try
            {
                var scaled = Ops.Mul(ts, width, r);
                try { return Ops.Add(ts, p[0], scaled); }
                finally { scaled.DecRef(); }
            }
            finally { width.DecRef(); r.DecRef(); }
        });
        t.AddMethod("triangular", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("triangular", a, kw, new[] { "low", "high", "mode" }, 0, skip: 1);
            double low = Real(p[0], 0.0), high = Real(p[1], 1.0);
            double u = Self(a).Random();
            double c;
            if (p[2].IsUnbound || p[2].IsNone) c = 0.5;
            else
            {
                if (high - low == 0) return p[0].IsUnbound ? PyValue.Float(0.0) : p[0].NewRef();
                c = (Real(p[2], 0) - low) / (high - low);
            }
            if (u > c) { u = 1.0 - u; c = 1.0 - c; (low, high) = (high, low); }
            return PyValue.Float(low + (high - low) * Math.Sqrt(u * c));
        });
        t.AddMethod("gauss", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("gauss", a, kw, new[] { "mu", "sigma" }, 0, skip: 1);
            return PyValue.Float(Self(a).Gauss(Real(p[0], 0.0), Real(p[1], 1.0)));
        });
        t.AddMethod("normalvariate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("normalvariate", a, kw, new[] { "mu", "sigma" }, 0, skip: 1);
            return PyValue.Float(Self(a).NormalVariate(Real(p[0], 0.0), Real(p[1], 1.0)));
        });
        t.AddMethod("lognormvariate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("lognormvariate", a, kw, new[] { "mu", "sigma" }, 2, skip: 1);
            return PyValue.Float(Math.Exp(Self(a).NormalVariate(Real(p[0], 0.0), Real(p[1], 1.0))));
        });
        t.AddMethod("expovariate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("expovariate", a, kw, new[] { "lambd" }, 0, skip: 1);
            double lambd = Real(p[0], 1.0);
            double r = -Math.Log(1.0 - Self(a).Random());
            if (lambd == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return PyValue.Float(r / lambd);
        });
        t.AddMethod("paretovariate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("paretovariate", a, kw, new[] { "alpha" }, 1, skip: 1);
            double alpha = Real(p[0], 0);
            double u = 1.0 - Self(a).Random();
            if (alpha == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return PyValue.Float(Math.Pow(u, -1.0 / alpha));
        });
        t.AddMethod("weibullvariate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("weibullvariate", a, kw, new[] { "alpha", "beta" }, 2, skip: 1);
            double alpha = Real(p[0], 0), beta = Real(p[1], 0);
            double u = 1.0 - Self(a).Random();
            if (beta == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return PyValue.Float(alpha * Math.Pow(-Math.Log(u), 1.0 / beta));
        });
        t.AddMethod("gammavariate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("gammavariate", a, kw, new[] { "alpha", "beta" }, 2, skip: 1);
            return PyValue.Float(Self(a).GammaVariate(Real(p[0], 0), Real(p[1], 0)));
        });
        t.AddMethod("betavariate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("betavariate", a, kw, new[] { "alpha", "beta" }, 2, skip: 1);
            return PyValue.Float(Self(a).BetaVariate(Real(p[0], 0), Real(p[1], 0)));
        });
        t.AddMethod("vonmisesvariate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("vonmisesvariate", a, kw, new[] { "mu", "kappa" }, 2, skip: 1);
            return PyValue.Float(Self(a).VonMisesVariate(Real(p[0], 0), Real(p[1], 0)));
        });
        t.AddMethod("binomialvariate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("binomialvariate", a, kw, new[] { "n", "p" }, 0, skip: 1);
            var self = Self(a);
            long n = 1;
            if (!p[0].IsUnbound && !Numbers.TryLong(p[0], out n))
                throw PyErr.TypeError($"'{p[0].Type.Name}' object cannot be interpreted as an integer");
            double prob = Real(p[1], 0.5);
            if (n < 0) throw PyErr.ValueError("n must be non-negative");
            if (prob <= 0.0 || prob >= 1.0)
            {
                if (prob == 0.0) return PyValue.Int(0);
                // random.py returns n itself here.
                if (prob == 1.0) return p[0].IsUnbound ? PyValue.Int(1) : p[0].NewRef();
                throw PyErr.ValueError("p must be in the range 0.0 <= p <= 1.0");
            }
            return PyValue.Int(self.BinomialVariate(n, prob));
        });
        t.AddMethod("getstate", (ts, a, kw) =>
        {
            CallArguments.Bind("getstate", a, kw, Array.Empty<string>(), 0, skip: 1);
            return Self(a).GetState();
        });
        t.AddMethod("setstate", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("setstate", a, kw, new[] { "state" }, 1, skip: 1);
            Self(a).SetState(p[0]);
            return PyValue.None;
        });
    }

    /// <summary>
    /// SystemRandom's own methods over Random's: seed does nothing and there is no state to get or set;
    /// random, getrandbits and randbytes are Random's, which read the OS's entropy for a SystemRandom instance.
    /// </summary>
    internal static void AddSystemMethods(PyType t)
    {
        t.AddMethod("seed", (ts, a, kw) =>
        {
            Self(a);
            return PyValue.None;
        });
        t.AddMethod("getstate", (ts, a, kw) =>
        {
            Self(a);
            throw PyErr.NotImplementedError("System entropy source does not have state.");
        });
        t.AddMethod("setstate", (ts, a, kw) =>
        {
            Self(a);
            throw PyErr.NotImplementedError("System entropy source does not have state.");
        });
    }
}
