using System.Reflection;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// The GIL regimes on compiled Python: py27's ticks and checks (CPython 2.7's ceval.c counts) and the old
/// GIL's hand-offs, and modern's call sites in CPython 3.12's specialized forms. Every assertion is on
/// counts the runtime records, never on timing.
/// </summary>
public sealed class GilRegimeRunTests
{
    private const string Countdown =
        "import sys\n" +
        "sys.setcheckinterval(10)\n" +
        "def count(n):\n" +
        "    while n > 0:\n" +
        "        n -= 1\n" +
        "count(int(sys.argv[1]))\n";

    private const string TwoThreads =
        "import sys\n" +
        "from threading import Thread\n" +
        "def count(n):\n" +
        "    while n > 0:\n" +
        "        n -= 1\n" +
        "threads = [Thread(target=count, args=[200000]) for _ in range(2)]\n" +
        "for t in threads:\n" +
        "    t.start()\n" +
        "for t in threads:\n" +
        "    t.join()\n" +
        "print('done', sys.getcheckinterval())\n";

    private static (GilInterpreter Interp, string Stdout, string Stderr) Run(string name, string source, RuntimeProfile profile, params string[] argv)
    {
        var result = GilGen.Compiler.PythonCompiler.Compile(source, name + ".py");
        Assert.True(result.Success);
        var definition = ExampleRunTests.Load(name, source, result.Module!);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interp = new GilInterpreter(new GilOptions { Profile = profile, Stdout = stdout, Stderr = stderr, Argv = new[] { name + ".py" }.Concat(argv).ToArray() });
        interp.Run(definition);
        return (interp, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// <c>while n &gt; 0: n -= 1</c> is two ticks a turn in 2.7 (before STORE_FAST, after INPLACE_SUBTRACT's
    /// <c>continue</c>, and before LOAD_FAST, after JUMP_ABSOLUTE's; COMPARE_OP predicts the jump, which on a
    /// bool and the loads and stores go to fast_next_opcode); the ticker, wound up to the interval, checks when
    /// it falls below zero: once every interval + 1 ticks.
    /// </summary>
    [Fact]
    public void Py27_ticks_twice_a_turn_and_checks_every_interval_plus_one_ticks()
    {
        var (small, _, smallErr) = Run("ticks_small", Countdown, RuntimeProfile.Py27, "1000");
        var (large, _, largeErr) = Run("ticks_large", Countdown, RuntimeProfile.Py27, "3000");
        Assert.Equal("", smallErr);
        Assert.Equal("", largeErr);

        Assert.Equal(4000, large.Ticks - small.Ticks);
        long checks = large.Checks - small.Checks;
        Assert.InRange(checks, 4000 / 11, 4000 / 11 + 1);
        // Each check is one release and re-take of the old GIL, and nothing else takes it with one thread.
        var old = Assert.IsType<OldGil>(large.Scheduler);
        Assert.Equal(large.Checks, old.OldCounters.Checks);
        Assert.Equal(0, old.OldCounters.HandOffs);
        Assert.Equal(0, old.OldCounters.Waits);
    }

    /// <summary>
    /// Two threads under the old GIL: a check at every 101 ticks of whichever thread runs, each a release and
    /// an immediate re-take; the GIL changes hands (both threads finish) with no drop request, no forced switch.
    /// </summary>
    [Fact]
    public void Py27_two_threads_share_the_old_gil_through_checks_alone()
    {
        var (interp, stdout, stderr) = Run("two_threads", TwoThreads, RuntimeProfile.Py27);
        Assert.Equal("", stderr);
        Assert.Equal("done 100\n", stdout);

        var old = Assert.IsType<OldGil>(interp.Scheduler).OldCounters;
        // 800,000 ticks of counting alone, one check per 101.
        Assert.True(interp.Ticks >= 800000, $"ticks {interp.Ticks}");
        Assert.True(interp.Checks >= 800000 / 101, $"checks {interp.Checks}");
        Assert.Equal(interp.Checks, old.Checks);
        Assert.True(old.Takes >= old.Checks + 3, $"{old}");   // every check re-takes; each thread's first take
        Assert.True(old.Switches >= 3, $"{old}");             // main -> a worker -> ... -> main again for the joins
        Assert.True(old.HandOffs <= old.Checks, $"{old}");
        GilCounters counters = interp.GilCounters;
        Assert.Equal(0, counters.DropRequests);
        Assert.Equal(0, counters.ForcedSwitchWaits);
        Assert.Equal(0, counters.CheckpointDrops);
    }

    /// <summary>sys.getcheckinterval/setcheckinterval exist under py27 only; CPython 3.9+ has neither.</summary>
    [Fact]
    public void Checkinterval_functions_exist_under_py27_only()
    {
        const string source =
            "import sys\n" +
            "print(hasattr(sys, 'getcheckinterval'), hasattr(sys, 'setcheckinterval'))\n" +
            "if hasattr(sys, 'setcheckinterval'):\n" +
            "    print(sys.getcheckinterval())\n" +
            "    sys.setcheckinterval(7)\n" +
            "    print(sys.getcheckinterval())\n" +
            "    sys.setcheckinterval(-1)\n" +
            "    print(sys.getcheckinterval())\n" +
            "    try:\n" +
            "        sys.setcheckinterval(1.5)\n" +
            "    except TypeError as e:\n" +
            "        print('TypeError:', e)\n" +
            "else:\n" +
            "    try:\n" +
            "        sys.getcheckinterval()\n" +
            "    except AttributeError as e:\n" +
            "        print('AttributeError:', e)\n";
        var (_, py27, py27Err) = Run("checkinterval27", source, RuntimeProfile.Py27);
        Assert.Equal("", py27Err);
        Assert.Equal("True True\n100\n7\n-1\nTypeError: 'float' object cannot be interpreted as an integer\n", py27);
        foreach (var profile in new[] { RuntimeProfile.Py39, RuntimeProfile.Modern })
        {
            var (_, output, err) = Run("checkinterval" + profile, source, profile);
            Assert.Equal("", err);
            Assert.Equal("False False\nAttributeError: module 'sys' has no attribute 'getcheckinterval'\n", output);
        }
    }

    /// <summary>
    /// After their second run, call sites take CPython 3.12's forms: len, isinstance, type(x), list.append
    /// with its result dropped and Python functions with plain positional parameters finish without checking
    /// the eval breaker; other builtins, methods, classes and calls with keywords check.
    /// </summary>
    [Fact]
    public void Modern_call_sites_take_the_forms_of_3_12()
    {
        const string source =
            "class C:\n" +
            "    def m(self, a):\n" +
            "        return a\n" +
            "def f(a, b=2):\n" +
            "    return a + b\n" +
            "def g(*args):\n" +
            "    return args\n" +
            "def run(items):\n" +
            "    c = C()\n" +
            "    len(items)\n" +
            "    isinstance(items, list)\n" +
            "    type(items)\n" +
            "    items.append(1)\n" +
            "    x = items.append(2)\n" +
            "    f(1, 2)\n" +
            "    f(1)\n" +
            "    f(1, b=3)\n" +
            "    g(1)\n" +
            "    c.m(1)\n" +
            "    abs(-1)\n" +
            "    items.pop()\n" +
            "    str(1)\n" +
            "    C()\n" +
            "run([])\n" +
            "run([])\n";
        var result = GilGen.Compiler.PythonCompiler.Compile(source, "forms.py");
        Assert.True(result.Success);
        Type emitted = ExampleRunTests.EmitType("forms", source, result.Module!);
        var definition = (ModuleDefinition)emitted.GetProperty("ModuleDefinition")!.GetValue(null)!;
        new GilInterpreter(new GilOptions { Stdout = new StringWriter() }).Run(definition);

        // The sites that ran twice are run()'s (the module's own calls each run once and stay generic), in offset order.
        string[] forms = emitted.GetFields(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(CallSite))
            .Select(f => (Field: f.Name, Site: (CallSite)f.GetValue(null)!))
            .Where(s => s.Site.Specialization != "CALL")
            .OrderBy(s => int.Parse(s.Field[(s.Field.LastIndexOf('_') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            .Select(s => s.Site.Specialization)
            .ToArray();
        Assert.Equal(new[]
        {
            "CALL (checks)",                // c = C()  (a Python class)
            "CALL_NO_KW_LEN",
            "CALL_NO_KW_ISINSTANCE",
            "CALL_NO_KW_TYPE_1",
            "CALL_NO_KW_LIST_APPEND",       // items.append(1): POP_TOP follows
            "CALL (checks)",                // x = items.append(2): the result is kept
            "CALL_PY_EXACT_ARGS",           // f(1, 2)
            "CALL_PY_WITH_DEFAULTS",        // f(1); f(1, b=3) is CALL_FUNCTION_KW, which always checks (no site)
            "CALL (checks)",                // g(1): *args
            "CALL_PY_EXACT_ARGS",           // c.m(1): function and self from LOAD_METHOD
            "CALL (checks)",                // abs(-1)
            "CALL (checks)",                // items.pop()
            "CALL (checks)",                // str(1)
            "CALL (checks)",                // C()
        }, forms);
    }
}
