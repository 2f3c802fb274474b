using GilGen.Runtime;

namespace GilGen;

// The ticker of the py27 profile: CPython 2.7's _Py_Ticker and _Py_CheckInterval (sys.getcheckinterval /
// sys.setcheckinterval). Every py27 site of generated code is a tick; only every CheckInterval-th tick is a
// check. Like 2.7's globals, one ticker serves all threads of the interpreter, and only the GIL holder
// touches it, so it needs no synchronisation.
public sealed partial class GilInterpreter
{
    /// <summary>CPython 2.7's default check interval, in ticks.</summary>
    public const int DefaultCheckInterval = 100;

    private int _checkInterval = DefaultCheckInterval;

    // 2.7 starts it at 0 "so that we hit a tick first thing".
    private int _ticker;
    private long _ticks;
    private long _checks;

    /// <summary>
    /// The number of ticks between two checks under <see cref="RuntimeProfile.Py27"/>
    /// (<c>sys.getcheckinterval()</c>, default 100). Setting it is <c>sys.setcheckinterval(n)</c>: any int, as
    /// in 2.7 (n &lt;= 0 checks at every tick), and the next tick checks at once.
    /// </summary>
    public int CheckInterval
    {
        get => _checkInterval;
        set
        {
            _checkInterval = value;
            _ticker = 0;
        }
    }

    /// <summary>True when this interpreter counts ticks (<see cref="RuntimeProfile.Py27"/>): its eval breaker bit stays set.</summary>
    public bool CountsTicks { get; }

    /// <summary>Ticks counted so far under <see cref="RuntimeProfile.Py27"/> (instructions that pass 2.7's loop top).</summary>
    public long Ticks => System.Threading.Volatile.Read(ref _ticks);

    /// <summary>Checks made so far under <see cref="RuntimeProfile.Py27"/> (2.7's <c>tick_counter</c>, summed over threads).</summary>
    public long Checks => System.Threading.Volatile.Read(ref _checks);

    /// <summary>
    /// Counts one tick (<c>--_Py_Ticker &lt; 0</c>); true when the ticker has run out, in which case it is
    /// wound up again and the caller makes the check.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]   // the tick path of every py27 site
    internal bool Tick()
    {
        _ticks++;
        if (--_ticker >= 0) return false;
        _ticker = _checkInterval;
        _checks++;
        return true;
    }

    /// <summary>Makes the next tick a check (2.7's Py_AddPendingCall sets <c>_Py_Ticker = 0</c>).</summary>
    private void CheckAtNextTick()
    {
        if (CountsTicks) _ticker = 0;
    }
}
