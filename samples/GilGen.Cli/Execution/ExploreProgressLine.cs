using System;
using System.Globalization;
using System.IO;
using GilGen.Runtime;

namespace GilGen.Cli.Execution;

/// <summary>
/// The progress of <c>gilgen explore</c> on stderr: one line rewritten in place on a terminal (at most ten
/// times a second), a plain line every five seconds when stderr is redirected, nothing for a writer that
/// is not the console (tests).
/// </summary>
public sealed class ExploreProgressLine
{
    private readonly TextWriter _stderr;
    private readonly bool _terminal;
    private readonly bool _enabled;
    private TimeSpan _last = TimeSpan.FromDays(-1);
    private bool _written;

    /// <summary>A progress line on <paramref name="stderr"/>.</summary>
    public ExploreProgressLine(TextWriter stderr)
    {
        _stderr = stderr;
        _enabled = ReferenceEquals(stderr, Console.Error);
        _terminal = _enabled && !Console.IsErrorRedirected;
        // Redirected, the first line comes after five seconds: a short exploration writes none.
        if (!_terminal) _last = TimeSpan.Zero;
    }

    /// <summary>Shows <paramref name="p"/> if it is time to.</summary>
    public void Report(ExploreProgress p)
    {
        if (!_enabled) return;
        TimeSpan every = _terminal ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(5);
        if (p.Elapsed - _last < every) return;
        _last = p.Elapsed;
        string left = p.TimeLimit is TimeSpan limit ? string.Create(CultureInfo.InvariantCulture, $", {Math.Max(0, (limit - p.Elapsed).TotalSeconds):0}s left") : "";
        string line = string.Create(CultureInfo.InvariantCulture,
            $"explore: {p.SchedulesRun}/{p.Schedules} schedules, {p.Distinct} distinct, 0 failures, {p.SchedulesPerSecond:0.0}/s{left}");
        if (_terminal)
        {
            _stderr.Write("\r" + line + "\u001b[K");
            _written = true;
        }
        else
        {
            _stderr.Write(line + "\n");
        }
        _stderr.Flush();
    }

    /// <summary>Clears the terminal line before the result is printed.</summary>
    public void Finish()
    {
        if (!_written) return;
        _stderr.Write("\r\u001b[K");
        _stderr.Flush();
    }
}
