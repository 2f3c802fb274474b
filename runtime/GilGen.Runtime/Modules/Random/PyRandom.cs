using System;
using System.Collections.Generic;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// <c>random.Random</c>: CPython's Mersenne Twister (<see cref="MersenneTwister"/>) with the methods random.py
/// builds on it, each drawing exactly the numbers CPython 3.12 draws, so seeded sequences match bit for bit.
/// Every method runs atomically under the GIL, as CPython's C generator does. A Python subclass's instances are
/// <see cref="SubclassedRandom"/>s: what the methods draw then goes through the subclass's own random() or
/// getrandbits() when it wrote one, as random.py's methods call self.random() and self._randbelow.
/// </summary>
public class PyRandom : PyObject
{
    /// <summary>The class <c>random.Random</c>.</summary>
    public static readonly PyType RandomType = CreateType();

    private static readonly double NvMagicConst = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
    private static readonly double TwoPi = 2.0 * Math.PI;

    /// <summary>
    /// The class <c>random.SystemRandom</c>: a Random whose random() and getrandbits() read the OS's entropy, so
    /// every method built on them (the distributions, choice, shuffle...) draws from it; it has no state to seed or save.
    /// </summary>
    public static readonly PyType SystemRandomType = CreateSystemType();

    private static readonly double Log4 = Math.Log(4.0);
    private static readonly double SgMagicConst = 1.0 + Math.Log(4.5);

    private readonly MersenneTwister _mt = new();
    private readonly bool _system;
    private PyValue _gaussNext = PyValue.None;
    // A subclass's own random() and getrandbits() (Python functions of its class), or Unbound; see RandomOverrides.
    private protected PyValue OwnRandom = PyValue.Unbound, OwnGetRandBits = PyValue.Unbound;
    // A subclass whose _randbelow is random.py's _randbelow_without_getrandbits (see SubclassedRandom).
    private protected bool BelowUsesRandom;

    /// <summary>Creates a Mersenne Twister generator, or with <paramref name="system"/> a SystemRandom.</summary>
    public PyRandom(bool system = false) => _system = system;

    /// <inheritdoc/>
    public override PyType Type => _system ? SystemRandomType : RandomType;

    /// <summary>True for a SystemRandom.</summary>
    public bool IsSystem => _system;

    private static PyType CreateType()
    {
        var type = new PyType("Random", PyType.Object, (ts, t, a, kw) =>
        {
            if (t.IsHeapType) return BuiltinSubclassing.InitializeNew(ts, new SubclassedRandom(t), t, a, kw);
            var p = CallArguments.Bind("Random", a, kw, new[] { "x" }, 0);
            var r = new PyRandom();
            bool seeded = false;
            try { r.Seed(ts, p[0], PyValue.Unbound); seeded = true; }
            finally { if (!seeded) PyValue.From(r).DecRef(); }
            return PyValue.From(r);
        }) { Module = "random" };
        RandomModule.AddMethods(type);
        // Random.__init__(self, x=None): self.seed(x), a subclass's own seed() included; a subclass's __init__ reaches it
        // through super().
        type.AddMethod("__init__", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("Random", a, kw, new[] { "x" }, 0, skip: 1);
            var seed = Ops.GetAttr(ts, a[0], "seed");
            try { Ops.Call(ts, seed, new[] { p[0].IsUnbound ? PyValue.None : p[0] }, null).DecRef(); }
            finally { seed.DecRef(); }
            return PyValue.None;
        });
        return type;
    }

    private static PyType CreateSystemType()
    {
        var type = new PyType("SystemRandom", RandomType, (ts, t, a, kw) =>
        {
            if (t.IsHeapType) return BuiltinSubclassing.InitializeNew(ts, new SubclassedRandom(t), t, a, kw);
            // Random.__init__(x) calls self.seed(x), which SystemRandom ignores: x is accepted and unused.
            CallArguments.Bind("SystemRandom", a, kw, new[] { "x" }, 0);
            return PyValue.From(new PyRandom(system: true));
        }) { Module = "random" };
        RandomModule.AddSystemMethods(type);
        return type;
    }

    /// <summary>The generator.</summary>
    public MersenneTwister Generator => _mt;

    /// <inheritdoc/>
    public override void Dealloc() { var g = _gaussNext; _gaussNext = PyValue.None; g.DecRefFromDealloc(); }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<random.{Type.Name} object at 0x{ObjectId.Of(this):x}>";

    /// <summary>seed(a, version=2) as random.py and _randommodule.c do it.</summary>
    public void Seed(ThreadState ts, PyValue a, PyValue version)
    {
        long v = 2;
        if (!version.IsUnbound && !Numbers.TryLong(version, out v)) v = 2;
        if (a.IsUnbound || a.IsNone)
        {
            Span<byte> bytes = stackalloc byte[N32 * 4];
            // Under the deterministic scheduler "from the OS" means from the run's seeded entropy.
            if (DeterministicScheduler.Of(ts) is DeterministicScheduler scheduler) scheduler.Entropy.NextBytes(bytes);
            else RandomNumberGenerator.Fill(bytes);
            _mt.Seed(new BigInteger(bytes, isUnsigned: true));
        }
        else if (Numbers.TryInt(a, out var n)) _mt.Seed(BigInteger.Abs(n));
        else if (a.Obj is PyStr s)
        {
            if (v == 1) throw PyErr.NotImplementedError("GilGen does not support random.seed(str, version=1) yet");
            var utf8 = Encoding.UTF8.GetBytes(s.Value);
            var digest = SHA512.HashData(utf8);
            var all = new byte[utf8.Length + digest.Length];
            utf8.CopyTo(all, 0);
            digest.CopyTo(all, utf8.Length);
            _mt.Seed(new BigInteger(all, isUnsigned: true, isBigEndian: true));
        }
        else if (a.Obj is PyFloat)
            _mt.Seed(new BigInteger(unchecked((ulong)Ops.HashOf(ts, a)))); // CPython: (size_t)hash(a)
        else
            throw PyErr.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        SetGaussNext(PyValue.None);
    }

    private const int N32 = MersenneTwister.N;

    private void SetGaussNext(PyValue v) { var old = _gaussNext; v.IncRef(); _gaussNext = v; old.DecRef(); }

    /// <summary>self.random(), as the distributions call it: a subclass's own random() when it wrote one.</summary>
    public double Random() => OwnRandom.IsUnbound ? CoreRandom() : CallOwnRandom();

    private double CallOwnRandom()
    {
        var r = CallOwn(OwnRandom, ReadOnlySpan<PyValue>.Empty);
        try { return Numbers.TryDouble(r, out double d) ? d : throw PyErr.TypeError($"must be real number, not {r.Type.Name}"); }
        finally { r.DecRef(); }
    }

    // method(self, *args) for a subclass's own method, under the running thread's state. New reference.
    private PyValue CallOwn(PyValue method, ReadOnlySpan<PyValue> args) =>
        Ops.CallWithSelf(ThreadState.Running ?? throw new InvalidOperationException("random called outside the interpreter"), method, PyValue.From(this), args, null);

    /// <summary>Random.random itself (the C method): for SystemRandom, (int.from_bytes(urandom(7)) &gt;&gt; 3) * 2**-53 as random.py computes it.</summary>
    public double CoreRandom()
    {
        if (!_system) return _mt.NextDouble();
        Span<byte> b = stackalloc byte[8];
        b.Clear();
        RandomNumberGenerator.Fill(b[..7]);
        ulong x = 0;
        for (int i = 0; i < 7; i++) x = (x << 8) | b[i];
        return (x >> 3) * (1.0 / 9007199254740992.0);
    }

    /// <summary>self.getrandbits(k), as _randbelow and randbytes call it: a subclass's own getrandbits() when it wrote one.</summary>
    public BigInteger GetRandBits(long k)
    {
        if (OwnGetRandBits.IsUnbound) return CoreRandBits(k);
        var r = CallOwn(OwnGetRandBits, new[] { PyValue.Int(k) });
        try { return Numbers.TryInt(r, out var bits) ? bits : throw PyErr.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer"); }
        finally { r.DecRef(); }
    }

    /// <summary>Random.getrandbits itself (k &gt;= 0): SystemRandom reads (k+7)//8 bytes big-endian and drops the excess low bits.</summary>
    public BigInteger CoreRandBits(long k)
    {
        if (!_system) return _mt.NextBits(k);
        long numBytes = (k + 7) / 8;
        var bytes = new byte[numBytes];
        RandomNumberGenerator.Fill(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true) >> (int)(numBytes * 8 - k);
    }

    /// <summary>randbytes(n): getrandbits(n * 8).to_bytes(n, 'little'), or for SystemRandom os.urandom(n).</summary>
    public byte[] RandBytes(BigInteger n)
    {
        if (n < 0) throw PyErr.ValueError(_system ? "negative argument not allowed" : "number of bits must be non-negative");
        if (n * 8 > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        var result = new byte[(int)n];
        if (_system) { RandomNumberGenerator.Fill(result); return result; }
        // getrandbits(0) is 0, which BigInteger would still write as one byte.
        if (n == 0) return result;
        var bits = GetRandBits((long)n * 8);
        if (!bits.TryWriteBytes(result, out _, isUnsigned: true, isBigEndian: false)) throw new InvalidOperationException("randbytes overflow");
        return result;
    }

    /// <summary>_randbelow(n), n &gt; 0.</summary>
    public PyValue Below(BigInteger n) => n <= long.MaxValue ? PyValue.Int(BelowLong((long)n)) : PyValue.Int(BelowBig(n));

    /// <summary>_randbelow_with_getrandbits: getrandbits(n.bit_length()) until below n.</summary>
    private long BelowLong(long n)
    {
        if (!_system && OwnGetRandBits.IsUnbound && !BelowUsesRandom) return _mt.BelowLong(n);
        return (long)BelowBig(n);
    }

    private BigInteger BelowBig(BigInteger n)
    {
        if (!_system && OwnGetRandBits.IsUnbound && !BelowUsesRandom) return _mt.Below(n);
        if (BelowUsesRandom) return BelowWithoutGetRandBits(n);
        long k = (long)n.GetBitLength();
        var r = GetRandBits(k);
        while (r >= n) r = GetRandBits(k);
        return r;
    }

    // random.py's _randbelow_without_getrandbits(n): random() drawn until below the largest multiple of n that fits in
    // 53 bits, scaled; past 2**53 a warning and floor(random() * n).
    private BigInteger BelowWithoutGetRandBits(BigInteger n)
    {
        const double MaxSize = 9007199254740992.0;   // 1 << 53
        if (n >= new BigInteger(MaxSize))
        {
            WarnTooLarge();
            return new BigInteger(Math.Floor(Random() * (double)n));
        }
        long size = (long)MaxSize, m = (long)n;
        long rem = size % m;
        double limit = (size - rem) / MaxSize;
        double r = Random();
        while (r >= limit) r = Random();
        return new BigInteger(Math.Floor(r * MaxSize)) % n;
    }

    // random.py's _warn of a population too large for random() alone: warnings.warn(text), a UserWarning.
    private static void WarnTooLarge()
    {
        var ts = ThreadState.Running ?? throw new InvalidOperationException("random called outside the interpreter");
        var warn = ts.Interp.Modules.Import(ts, "warnings").GetGlobal("warn");
        var text = PyValue.Str("Underlying random() generator does not supply \nenough bits to choose from a population range this large.\nTo remove the range limitation, add a getrandbits() method.");
        try { Ops.Call(ts, warn, new[] { text }, null).DecRef(); }
        finally { text.DecRef(); warn.DecRef(); }
    }

    private static BigInteger Index(PyValue v)
    {
        if (Numbers.TryInt(v, out var n)) return n;
        throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>randrange(start, stop=None, step=1) of random.py 3.12.</summary>
    public PyValue RandRange(ThreadState ts, PyValue start, PyValue stop, PyValue step)
    {
        var istart = Index(start);
        bool stepGiven = !step.IsUnbound;
        if (stop.IsUnbound || stop.IsNone)
        {
            if (stepGiven) throw PyErr.TypeError("Missing a non-None stop argument");
            if (istart > 0) return Below(istart);
            throw PyErr.ValueError("empty range for randrange()");
        }
        var istop = Index(stop);
        var width = istop - istart;
        var istep = stepGiven ? Index(step) : BigInteger.One;
        if (istep.IsOne)
        {
            if (width > 0) return AddInt(istart, Below(width));
            throw PyErr.ValueError($"empty range in randrange({Ops.ReprOf(ts, start)}, {Ops.ReprOf(ts, stop)})");
        }
        BigInteger n;
        if (istep > 0) n = Numbers.FloorDivide(width + istep - 1, istep, out _);
        else if (istep < 0) n = Numbers.FloorDivide(width + istep + 1, istep, out _);
        else throw PyErr.ValueError("zero step for randrange()");
        if (n <= 0)
            throw PyErr.ValueError($"empty range in randrange({Ops.ReprOf(ts, start)}, {Ops.ReprOf(ts, stop)}, {Ops.ReprOf(ts, step)})");
        var r = Below(n);
        Numbers.TryInt(r, out var rb);
        return PyValue.Int(istart + istep * rb);
    }

    private static PyValue AddInt(BigInteger a, PyValue b)
    {
        Numbers.TryInt(b, out var bb);
        return PyValue.Int(a + bb);
    }

    /// <summary>shuffle(x): Fisher-Yates from the end, as random.py draws it.</summary>
    public void Shuffle(ThreadState ts, PyValue x)
    {
        if (x.Obj is PyList list)
        {
            var items = list.Items;
            for (int i = items.Count - 1; i >= 1; i--)
            {
                int j = (int)BelowLong(i + 1);
                if (j >= items.Count || i >= items.Count) throw PyErr.IndexError("list index out of range");
                (items[i], items[j]) = (items[j], items[i]);
            }
            return;
        }
        long n = Ops.Length(ts, x);
        for (long i = n - 1; i >= 1; i--)
        {
            var j = PyValue.Int(BelowLong(i + 1));
            var ii = PyValue.Int(i);
            var a = Ops.GetItem(ts, x, ii);
            var b = Ops.GetItem(ts, x, j);
            try { Ops.SetItem(ts, x, ii, b); Ops.SetItem(ts, x, j, a); }
            finally { a.DecRef(); b.DecRef(); }
        }
    }

    /// <summary>sample(population, k, *, counts=None) of random.py 3.12.</summary>
    public PyValue Sample(ThreadState ts, PyValue population, PyValue kValue, PyValue counts)
    {
        if (population.Obj is not (PyList or PyTuple or PyStr or PyRange))
            throw PyErr.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        long n = Ops.Length(ts, population);
        if (!counts.IsUnbound && !counts.IsNone)
            return SampleWithCounts(ts, population, n, kValue, counts);
        if (!Numbers.TryInt(kValue, out var kBig)) throw PyErr.TypeError($"'{kValue.Type.Name}' object cannot be interpreted as an integer");
        if (kBig < 0 || kBig > n) throw PyErr.ValueError("Sample larger than population or is negative");
        int k = (int)kBig;
        var result = new PyValueList(k);
        long setsize = 21;
        if (k > 5) setsize += (long)Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Math.Log(4)));
        bool done = false;
        try
        {
            if (n <= setsize)
            {
                var pool = Ops.ToList(ts, population);
                try
                {
                    for (int i = 0; i < k; i++)
                    {
                        int j = (int)BelowLong(n - i);
                        result.Add(pool[j].NewRef());
                        (pool[j], pool[(int)n - i - 1]) = (pool[(int)n - i - 1], pool[j]);
                    }
                }
                finally { foreach (var v in pool) v.DecRef(); }
            }
            else
            {
                var selected = new HashSet<long>();
                for (int i = 0; i < k; i++)
                {
                    long j = BelowLong(n);
                    while (selected.Contains(j)) j = BelowLong(n);
                    selected.Add(j);
                    result.Add(Ops.GetItem(ts, population, PyValue.Int(j)));
                }
            }
            done = true;
        }
        finally { if (!done) foreach (var v in result) v.DecRef(); }
        return PyValue.From(new PyList(result));
    }

    private PyValue SampleWithCounts(ThreadState ts, PyValue population, long n, PyValue k, PyValue counts)
    {
        var cum = Accumulate(ts, counts);
        try
        {
            if (cum.Count != n) throw PyErr.ValueError("The number of counts does not match the population");
            var total = cum[^1];
            if (!Numbers.TryInt(total, out var t)) throw PyErr.TypeError("Counts must be integers");
            if (t <= 0) throw PyErr.ValueError("Total of counts must be greater than zero");
            var range = PyValue.From(new PyRange(0, (long)t, 1));
            PyValue picks;
            try { picks = Sample(ts, range, k, PyValue.Unbound); }
            finally { range.DecRef(); }
            var list = (PyList)picks.Obj!;
            var result = new PyValueList(list.Items.Count);
            bool done = false;
            try
            {
                foreach (var s in list.Items)
                    result.Add(Ops.GetItem(ts, population, PyValue.Int(BisectRight(ts, cum, s, 0, cum.Count - 1))));
                done = true;
            }
            finally
            {
                if (!done) foreach (var v in result) v.DecRef();
                picks.DecRef();
            }
            return PyValue.From(new PyList(result));
        }
        finally { foreach (var v in cum) v.DecRef(); }
    }

    /// <summary>list(itertools.accumulate(values)): new references.</summary>
    private static PyValueList Accumulate(ThreadState ts, PyValue values)
    {
        var items = Ops.ToList(ts, values);
        for (int i = 1; i < items.Count; i++)
        {
            var sum = Ops.Add(ts, items[i - 1], items[i]);
            items[i].DecRef();
            items[i] = sum;
        }
        return items;
    }

    private static long BisectRight(ThreadState ts, PyValueList a, PyValue x, long lo, long hi)
    {
        while (lo < hi)
        {
            long mid = (lo + hi) / 2;
            if (Ops.OrderBool(ts, x, a[(int)mid], CompareOp.Lt)) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>choices(population, weights=None, *, cum_weights=None, k=1) of random.py 3.12.</summary>
    public PyValue Choices(ThreadState ts, PyValue population, PyValue weights, PyValue cumWeights, PyValue kValue)
    {
        long n = Ops.Length(ts, population);
        long k = 1;
        if (!kValue.IsUnbound && !Numbers.TryLong(kValue, out k))
            throw PyErr.TypeError($"'{kValue.Type.Name}' object cannot be interpreted as an integer");
        var result = new PyValueList();
        bool noCum = cumWeights.IsUnbound || cumWeights.IsNone;
        bool noWeights = weights.IsUnbound || weights.IsNone;
        bool done = false;
        try
        {
            if (noCum && noWeights)
            {
                double nf = n;
                for (long i = 0; i < k; i++)
                    result.Add(Ops.GetItem(ts, population, Numbers.FromDouble(Math.Floor(Random() * nf))));
                done = true;
                return PyValue.From(new PyList(result));
            }
            PyValueList cum;
            if (noCum)
            {
                if (weights.IsInt)
                    throw PyErr.TypeError($"The number of choices must be a keyword argument: k={weights.IntValue}");
                cum = Accumulate(ts, weights);
            }
            else if (!noWeights) throw PyErr.TypeError("Cannot specify both weights and cumulative weights");
            else cum = Ops.ToList(ts, cumWeights);
            try
            {
                if (cum.Count != n) throw PyErr.ValueError("The number of weights does not match the population");
                if (n == 0) throw PyErr.IndexError("list index out of range");
                var zero = PyValue.Float(0.0);
                var totalValue = Ops.Add(ts, cum[^1], zero);
                zero.DecRef();
                Numbers.TryDouble(totalValue, out double total);
                totalValue.DecRef();
                if (total <= 0.0) throw PyErr.ValueError("Total of weights must be greater than zero");
                if (!double.IsFinite(total)) throw PyErr.ValueError("Total of weights must be finite");
                long hi = n - 1;
                for (long i = 0; i < k; i++)
                {
                    var x = PyValue.Float(Random() * total);
                    long at;
                    try { at = BisectRight(ts, cum, x, 0, hi); }
                    finally { x.DecRef(); }
                    result.Add(Ops.GetItem(ts, population, PyValue.Int(at)));
                }
            }
            finally { foreach (var v in cum) v.DecRef(); }
            done = true;
        }
        finally { if (!done) foreach (var v in result) v.DecRef(); }
        return PyValue.From(new PyList(result));
    }

    /// <summary>gauss(mu, sigma): Box-Muller with the spare value kept, as random.py does.</summary>
    public double Gauss(double mu, double sigma)
    {
        double z;
        if (_gaussNext.Obj is PyFloat g)
        {
            z = g.Value;
            SetGaussNext(PyValue.None);
        }
        else
        {
            double x2pi = Random() * TwoPi;
            double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - Random()));
            z = Math.Cos(x2pi) * g2rad;
            var spare = PyValue.Float(Math.Sin(x2pi) * g2rad);
            SetGaussNext(spare);
            spare.DecRef();
        }
        return mu + z * sigma;
    }

    /// <summary>normalvariate(mu, sigma): Kinderman and Monahan, as random.py does.</summary>
    public double NormalVariate(double mu, double sigma)
    {
        double z;
        while (true)
        {
            double u1 = Random();
            double u2 = 1.0 - Random();
            z = NvMagicConst * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.Log(u2)) break;
        }
        return mu + z * sigma;
    }

    /// <summary>gammavariate(alpha, beta): random.py 3.12's three methods (Cheng, exponential, Kennedy &amp; Gentle's GS).</summary>
    public double GammaVariate(double alpha, double beta)
    {
        if (alpha <= 0.0 || beta <= 0.0) throw PyErr.ValueError("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0)
        {
            double ainv = Math.Sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - Log4;
            double ccc = alpha + ainv;
            while (true)
            {
                double u1 = Random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - Random();
                double v = Math.Log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.Exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SgMagicConst - 4.5 * z >= 0.0 || r >= LogChecked(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -LogChecked(1.0 - Random()) * beta;
        double xx;
        while (true)
        {
            double u = Random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            xx = p <= 1.0 ? Math.Pow(p, 1.0 / alpha) : -LogChecked((b - p) / alpha);
            double u1 = Random();
            if (p > 1.0)
            {
                if (u1 <= Math.Pow(xx, alpha - 1.0)) break;
            }
            else if (u1 <= Math.Exp(-xx)) break;
        }
        return xx * beta;
    }

    /// <summary>math.log's domain check: log(0) is a ValueError in Python, not -inf.</summary>
    private static double LogChecked(double x)
    {
        if (x <= 0.0) throw PyErr.ValueError("math domain error");
        return Math.Log(x);
    }

    /// <summary>betavariate(alpha, beta): two gamma draws, as random.py 3.12 does it.</summary>
    public double BetaVariate(double alpha, double beta)
    {
        double y = GammaVariate(alpha, 1.0);
        if (y != 0.0) return y / (y + GammaVariate(beta, 1.0));
        return 0.0;
    }

    /// <summary>vonmisesvariate(mu, kappa): Best and Fisher's method as random.py 3.12 writes it.</summary>
    public double VonMisesVariate(double mu, double kappa)
    {
        if (kappa <= 1e-6) return TwoPi * Random();
        double s = 0.5 / kappa;
        double r = s + Math.Sqrt(1.0 + s * s);
        double z;
        while (true)
        {
            double u1 = Random();
            z = Math.Cos(Math.PI * u1);
            double d = z / (r + z);
            double u2 = Random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.Exp(d)) break;
        }
        double q = 1.0 / r;
        double f = (q + z) / (1.0 + q * z);
        double u3 = Random();
        double theta;
        // Python's float % (the result takes the divisor's sign), not C#'s remainder.
        if (u3 > 0.5) Numbers.FloatDivMod(mu + Math.Acos(f), TwoPi, out theta);
        else Numbers.FloatDivMod(mu - Math.Acos(f), TwoPi, out theta);
        return theta;
    }

    /// <summary>
    /// binomialvariate(n, p) of random.py 3.12 for 0 &lt; p &lt; 1 and n &gt;= 0 (the caller handles the edge cases):
    /// Devroye's geometric method when n*p &lt; 10, else Hörmann's BTRS.
    /// </summary>
    public long BinomialVariate(long n, double p)
    {
        if (n == 1) return Random() < p ? 1 : 0;
        if (p > 0.5) return n - BinomialVariate(n, 1.0 - p);
        if (n * p < 10.0)
        {
            long x = 0, y = 0;
            double c = Math.Log2(1.0 - p);
            if (c == 0.0) return x;
            while (true)
            {
                y += FloorToLong(Log2Checked(Random()) / c) + 1;
                if (y > n) return x;
                x++;
            }
        }
        bool setupComplete = false;
        double spq = Math.Sqrt(n * p * (1.0 - p));
        double bb = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * bb + 0.01 * p;
        double cc = n * p + 0.5;
        double vr = 0.92 - 4.2 / bb;
        double alpha = 0, lpq = 0, h = 0;
        long m = 0;
        while (true)
        {
            double u = Random();
            u -= 0.5;
            double us = 0.5 - Math.Abs(u);
            if (us == 0.0) throw PyErr.ZeroDivisionError("float division by zero");
            double kf = Math.Floor((2.0 * a / us + bb) * u + cc);
            if (kf < 0 || kf > n) continue;
            long k = (long)kf;
            double v = Random();
            if (us >= 0.07 && v <= vr) return k;
            if (!setupComplete)
            {
                alpha = (2.83 + 5.1 / bb) * spq;
                lpq = Math.Log(p / (1.0 - p));
                m = FloorToLong((n + 1) * p);
                h = MathGamma.LGamma(m + 1).Item1 + MathGamma.LGamma(n - m + 1).Item1;
                setupComplete = true;
            }
            v *= alpha / (a / (us * us) + bb);
            if (LogChecked(v) <= h - MathGamma.LGamma(k + 1).Item1 - MathGamma.LGamma(n - k + 1).Item1 + (k - m) * lpq) return k;
        }
    }

    private static double Log2Checked(double x)
    {
        if (x <= 0.0) throw PyErr.ValueError("math domain error");
        return Math.Log2(x);
    }

    private static long FloorToLong(double x)
    {
        if (double.IsNaN(x)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(x)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        return (long)Math.Floor(x);
    }

    /// <summary>getstate(): (3, (625 ints), gauss_next).</summary>
    public PyValue GetState()
    {
        var words = new PyValue[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) words[i] = PyValue.Int(_mt.State[i]);
        words[MersenneTwister.N] = PyValue.Int(_mt.Index);
        _gaussNext.IncRef();
        return PyValue.From(new PyTuple(new[] { PyValue.Int(3), PyValue.From(new PyTuple(words)), _gaussNext }));
    }

    /// <summary>setstate(state) for a state getstate() returned.</summary>
    public void SetState(PyValue state)
    {
        if (state.Obj is not PyTuple t || t.Items.Length != 3) throw PyErr.TypeError("state vector must be a tuple");
        if (!t.Items[0].IsInt || t.Items[0].IntValue != 3)
            throw PyErr.ValueError($"state with version {Ops.ReprOf(null, t.Items[0])} passed to Random.setstate() of version 3");
        if (t.Items[1].Obj is not PyTuple words || words.Items.Length != MersenneTwister.N + 1) throw PyErr.ValueError("state vector is the wrong size");
        for (int i = 0; i < MersenneTwister.N; i++)
        {
            if (!Numbers.TryInt(words.Items[i], out var w) || w < 0 || w > uint.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C unsigned long");
            _mt.State[i] = (uint)w;
        }
        if (!Numbers.TryLong(words.Items[MersenneTwister.N], out long index) || index < 0 || index > MersenneTwister.N)
            throw PyErr.ValueError("invalid state");
        _mt.Index = (int)index;
        SetGaussNext(t.Items[2]);
    }
}
