using GilGen.Runtime;

namespace GilGen;

// sys.getswitchinterval / sys.setswitchinterval.
public sealed partial class GilInterpreter
{
    /// <summary>
    /// The switch interval in seconds (<c>sys.getswitchinterval()</c>; default 0.005). Setting it is
    /// <c>sys.setswitchinterval(x)</c>: a Python ValueError "switch interval must be strictly positive" for
    /// x &lt;= 0 (or NaN). Kept in whole microseconds, as CPython does.
    /// </summary>
    /// <exception cref="PyException">ValueError for a value that is not strictly positive.</exception>
    public double SwitchInterval
    {
        get => Scheduler.SwitchInterval;
        set
        {
            if (!(value > 0.0)) throw PyErr.ValueError("switch interval must be strictly positive");
            if (value * 1e6 > ulong.MaxValue) throw PyErr.OverflowError("switch interval is too large");
            Scheduler.SwitchInterval = value;
        }
    }
}
