namespace GilGen.Cli;

/// <summary>What <c>gilgen --help</c> prints.</summary>
public static class HelpText
{
    /// <summary>The full help, ending in a newline.</summary>
    public const string Full =
        "usage: gilgen run [--profile modern|py39|py27|free-threaded] [--switch-interval SECONDS] [--checked-refcounts]\n" +
        "                  [--timeline FILE.svg] [--stats] [--exports ASSEMBLY.dll]... [--io-priority]\n" +
        "                  FILE.py [ARGS...]\n" +
        "       gilgen dis FILE.py\n" +
        "       gilgen explore [--profile modern|py39|py27] [--strategy pct|random|dfs] [--schedules N] [--seed S]\n" +
        "                      [--depth D] [--preemptions B] [--max-steps N] [--expect TEXT] [--no-shrink]\n" +
        "                      [--time-limit SECONDS] FILE.py\n" +
        "       gilgen replay [--profile modern|py39|py27] [--max-steps N] [--expect TEXT] TOKEN FILE.py\n" +
        "       gilgen --help\n" +
        "\n" +
        "Runs Python programs on GilGen: compiled to C# with the same compiler and emitter as the\n" +
        "[GilFunction]/[GilModule] source generator, on a runtime with CPython's GIL.\n" +
        "\n" +
        "commands:\n" +
        "  run FILE.py [ARGS...]   compile (or load from the cache) and run FILE.py as __main__;\n" +
        "                          ARGS become sys.argv[1:]; the exit status is python's\n" +
        "  dis FILE.py             print the CPython 3.9 bytecode of the module and of every function,\n" +
        "                          as `python3.9 -m dis FILE.py` does\n" +
        "  explore FILE.py         run FILE.py under many deterministic schedules (one thread at a time,\n" +
        "                          the scheduler picks who runs at every switch point, virtual time) and\n" +
        "                          report the first that fails: an uncaught exception or failed assert in\n" +
        "                          any thread, output other than --expect (default: the output of a run\n" +
        "                          without preemptions), a deadlock, or more than --max-steps switch\n" +
        "                          points; exit status 1 when one fails, 0 otherwise. The report ends\n" +
        "                          with the replay command. --strategy pct (default; --depth D, default 3)\n" +
        "                          or random, or dfs: every schedule with at most --preemptions B\n" +
        "                          (default 2) preemptions, saying when that space is exhausted;\n" +
        "                          --schedules N (default 1000) from --seed S (default 1), stopping\n" +
        "                          after --time-limit SECONDS; a progress line on stderr;\n" +
        "                          the failing schedule is shrunk to fewer switches unless --no-shrink\n" +
        "  replay TOKEN FILE.py    run FILE.py under the schedule TOKEN (from explore's report) again,\n" +
        "                          exactly; exit status 1 when it fails\n" +
        "\n" +
        "run options (before FILE.py, as python takes its own):\n" +
        "  --profile modern        CPython 3.12's switch points: function entry, backward jumps, calls\n" +
        "                          whose specialized form checks: not len, isinstance, type, list.append,\n" +
        "                          Python functions (the default; `n += 1` in a loop never loses an update)\n" +
        "  --profile py39          CPython 3.9's switch points: after almost every instruction\n" +
        "                          (`n += 1` from several threads loses updates)\n" +
        "  --profile py27          CPython 2.7's old GIL: a check every sys.setcheckinterval ticks\n" +
        "                          (default 100) where the holder releases the GIL and takes it straight\n" +
        "                          back; no switch interval (two CPU-bound threads fight over the GIL)\n" +
        "  --profile free-threaded CPython 3.13t: no GIL, threads run in parallel on every core; lists,\n" +
        "                          dicts and sets lock per object, but `n += 1` loses updates\n" +
        "                          (not for explore/replay: their schedules need a GIL)\n" +
        "  --switch-interval S     seconds a waiting thread lets pass before it asks for the GIL\n" +
        "                          (sys.setswitchinterval; default 0.005)\n" +
        "  --io-priority           a thread back from a blocking call (sleep, I/O, a lock wait) asks for\n" +
        "                          the GIL at once and is served before the other waiters: the fix\n" +
        "                          proposed for CPython's convoy effect, never shipped (modern, py39)\n" +
        "  --timeline FILE.svg     record every GIL event (take, drop, drop request, forced switch,\n" +
        "                          blocking call, wait, thread start/exit) and draw who held the GIL:\n" +
        "                          one row per thread, time across\n" +
        "  --stats                 print, per thread, seconds holding, waiting and blocked, and the\n" +
        "                          number of switches, drop requests and forced switches (to stderr);\n" +
        "                          free-threaded (no GIL): seconds running and blocked\n" +
        "  --exports ASSEMBLY.dll  make the [GilExtensionModule] classes of a built .NET assembly\n" +
        "                          importable (C# functions that Python calls; repeatable)\n" +
        "  --checked-refcounts     check reference counts as CPython's debug build does: a use of a\n" +
        "                          released object is reported as a GilGen bug (internal error, exit 70);\n" +
        "                          also on with GILGEN_CHECKED_REFCOUNTS=1\n" +
        "\n" +
        "GILGEN_PROCESS_COSTS=1 in the environment: at exit, one line on stderr with the process's CPU time,\n" +
        "the .NET JIT's compile time, the GC's pauses and the bytes allocated (where a slow run's time went).\n" +
        "\n" +
        "Compiled scripts are cached under $XDG_CACHE_HOME/gilgen (or ~/.cache/gilgen), keyed by the\n" +
        "source text and gilgen's own build, so a second run of an unchanged script starts fast.\n";

    /// <summary>The one-line hint printed after a usage error.</summary>
    public const string Hint = "usage: gilgen run [--profile modern|py39|py27|free-threaded] [--switch-interval SECONDS] [--checked-refcounts] FILE.py [ARGS...]\n" +
                               "Try `gilgen --help' for more information.\n";
}
