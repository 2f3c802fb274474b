using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;

namespace GilGen.Runtime;

/// <summary>
/// Draws a <see cref="GilTimeline"/> as an SVG picture: one row per thread, time across, the GIL held,
/// waiting for it and blocked in a call in distinct colours, drop requests and forced switches as ticks,
/// with a legend, a time axis and a title (what <c>gilgen run --timeline FILE.svg</c> writes).
/// </summary>
/// <remarks>
/// Each bar carries its exact interval (<c>data-thread</c>, <c>data-start-us</c>, <c>data-end-us</c>, in
/// microseconds from the start of recording) so that tools and tests read the file without measuring
/// pixels. Waiting and blocked stretches narrower than a quarter of a pixel are left out of the drawing.
/// </remarks>
public static class GilTimelineSvg
{
    private const int Width = 1200;
    private const int LabelWidth = 180;
    private const int RightMargin = 30;
    private const int Top = 70;
    private const int RowHeight = 28;
    private const int BarHeight = 18;

    private static readonly (GilIntervalKind Kind, string Class, string Colour, string Label)[] s_kinds =
    {
        (GilIntervalKind.Held, "held", "#2e9e44", "holds the GIL"),
        (GilIntervalKind.Waiting, "waiting", "#f0a030", "waits for the GIL"),
        (GilIntervalKind.Blocked, "blocked", "#7d9bc9", "blocked in a call (GIL released)"),
    };

    /// <summary>Writes the picture of <paramref name="timeline"/> to <paramref name="output"/>.</summary>
    /// <param name="timeline">The recording.</param>
    /// <param name="output">Where the SVG text goes.</param>
    /// <param name="title">The title, e.g. "GIL timeline: profile py39, switch interval 5 ms".</param>
    /// <param name="threadName">Names a thread; default: its <c>threading.Thread</c>'s name ("MainThread", "Thread-1 (work)").</param>
    public static void Write(GilTimeline timeline, TextWriter output, string title, Func<ThreadState, string>? threadName = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(output);
        threadName ??= ScheduledThread.Name;
        GilEvent[] events = timeline.Snapshot();
        List<GilInterval> intervals = timeline.Intervals(events);
        IReadOnlyList<ThreadState> threads = timeline.Threads;
        double first = events.Length > 0 ? timeline.Seconds(events[0].Timestamp) : 0;
        double last = events.Length > 0 ? timeline.Seconds(events[^1].Timestamp) : 1e-3;
        double span = Math.Max(last - first, 1e-6);
        double plot = Width - LabelWidth - RightMargin;
        double X(double seconds) => LabelWidth + (seconds - first) / span * plot;
        int height = Top + threads.Count * RowHeight + 50;

        output.Write(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        output.Write(F($"<title>{Escape(title)}</title>\n"));
        output.Write(F($"<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>\n"));
        output.Write(F($"<text class=\"title\" x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">{Escape(title)}</text>\n"));

        // Legend.
        double lx = 10;
        foreach (var (_, cls, colour, label) in s_kinds)
        {
            output.Write(F($"<rect class=\"legend-{cls}\" x=\"{lx:0.#}\" y=\"36\" width=\"14\" height=\"12\" fill=\"{colour}\"/>"));
            output.Write(F($"<text x=\"{lx + 18:0.#}\" y=\"46\">{Escape(label)}</text>\n"));
            lx += 40 + label.Length * 6.5;
        }
        output.Write(F($"<line x1=\"{lx:0.#}\" y1=\"34\" x2=\"{lx:0.#}\" y2=\"50\" stroke=\"#d62728\" stroke-width=\"2\"/><text x=\"{lx + 6:0.#}\" y=\"46\">drop request</text>\n"));
        lx += 110;
        output.Write(F($"<line x1=\"{lx:0.#}\" y1=\"34\" x2=\"{lx:0.#}\" y2=\"50\" stroke=\"#6a3d9a\" stroke-width=\"2\"/><text x=\"{lx + 6:0.#}\" y=\"46\">forced switch</text>\n"));

        // Rows: a label and a faint band per thread.
        for (int i = 0; i < threads.Count; i++)
        {
            double y = Top + i * RowHeight;
            output.Write(F($"<rect class=\"row\" x=\"{LabelWidth}\" y=\"{y:0.#}\" width=\"{plot:0.#}\" height=\"{BarHeight}\" fill=\"#f2f2f2\"/>"));
            output.Write(F($"<text class=\"thread\" data-thread=\"{i}\" x=\"10\" y=\"{y + 13:0.#}\">{Escape(threadName(threads[i]))}</text>\n"));
        }

        // Bars: waiting and blocked first, held on top.
        foreach (var interval in intervals.OrderBy(v => v.Kind == GilIntervalKind.Held ? 1 : 0))
        {
            double x = X(interval.Start), w = X(interval.End) - x;
            if (interval.Kind != GilIntervalKind.Held && w < 0.25) continue;
            var (_, cls, colour, _) = s_kinds.First(k => k.Kind == interval.Kind);
            double y = Top + interval.Thread * RowHeight;
            output.Write(F($"<rect class=\"{cls}\" data-thread=\"{interval.Thread}\" data-start-us=\"{interval.Start * 1e6:0.###}\" data-end-us=\"{interval.End * 1e6:0.###}\" x=\"{x:0.##}\" y=\"{y:0.#}\" width=\"{Math.Max(w, 0.5):0.##}\" height=\"{BarHeight}\" fill=\"{colour}\"/>\n"));
        }

        // Ticks: drop requests and forced switches on the row of the thread that made them.
        foreach (var e in events)
        {
            string? cls = e.Kind switch { GilEventKind.DropRequest => "drop-request", GilEventKind.ForcedSwitch => "forced-switch", _ => null };
            if (cls == null || e.Thread >= threads.Count) continue;
            double x = X(timeline.Seconds(e.Timestamp)), y = Top + e.Thread * RowHeight;
            string colour = e.Kind == GilEventKind.DropRequest ? "#d62728" : "#6a3d9a";
            output.Write(F($"<line class=\"{cls}\" data-thread=\"{e.Thread}\" x1=\"{x:0.##}\" y1=\"{y - 3:0.#}\" x2=\"{x:0.##}\" y2=\"{y + BarHeight + 3:0.#}\" stroke=\"{colour}\" stroke-width=\"1\"/>\n"));
        }

        // Time axis, in milliseconds from the first event.
        double axisY = Top + threads.Count * RowHeight + 8;
        output.Write(F($"<line class=\"axis\" x1=\"{LabelWidth}\" y1=\"{axisY:0.#}\" x2=\"{LabelWidth + plot:0.#}\" y2=\"{axisY:0.#}\" stroke=\"black\"/>\n"));
        double step = NiceStep(span * 1e3 / 10);
        for (double ms = 0; ms <= span * 1e3 + 1e-9; ms += step)
        {
            double x = X(first + ms / 1e3);
            output.Write(F($"<line x1=\"{x:0.##}\" y1=\"{axisY:0.#}\" x2=\"{x:0.##}\" y2=\"{axisY + 5:0.#}\" stroke=\"black\"/><text x=\"{x:0.##}\" y=\"{axisY + 18:0.#}\" text-anchor=\"middle\">{ms:0.###}</text>\n"));
        }
        output.Write(F($"<text x=\"{LabelWidth + plot:0.#}\" y=\"{axisY + 34:0.#}\" text-anchor=\"end\">time (ms)</text>\n"));
        output.Write("</svg>\n");
    }

    // 1, 2 or 5 times a power of ten, at least `raw`.
    private static double NiceStep(double raw)
    {
        if (!(raw > 0)) return 1;
        double power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (double m in new[] { 1.0, 2.0, 5.0, 10.0 })
            if (m * power >= raw) return m * power;
        return 10 * power;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
