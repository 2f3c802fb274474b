using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace GilGen.Cli.Tests;

/// <summary><c>gilgen run --timeline FILE.svg --stats</c>: the picture of who held the GIL, read back from the file.</summary>
public sealed class TimelineCommandTests : IClassFixture<TemporaryCache>
{
    private const string TwoThreads =
        "import threading, time\n" +
        "def count(n):\n" +
        "    while n > 0:\n" +
        "        n -= 1\n" +
        "    time.sleep(0.01)\n" +
        "threads = [threading.Thread(target=count, args=(300000,)) for _ in range(2)]\n" +
        "for t in threads:\n" +
        "    t.start()\n" +
        "for t in threads:\n" +
        "    t.join()\n" +
        "print('done')\n";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public TimelineCommandTests(TemporaryCache cache) => _cache = cache;

    /// <summary>
    /// The SVG parses as XML, has one row per thread of the program, and under a GIL profile whose threads record
    /// every take, no two threads' "held" bars overlap; --stats prints a line per thread.
    /// </summary>
    [Theory]
    [InlineData("py39")]
    [InlineData("modern")]
    public void The_timeline_has_a_row_per_thread_and_never_two_holders(string profile)
    {
        var held = RunTimeline(profile);
        for (int i = 1; i < held.Length; i++)
            Assert.True(held[i].Start >= held[i - 1].End, $"held by {held[i - 1].Thread} until {held[i - 1].End} us and by {held[i].Thread} from {held[i].Start} us");
    }

    /// <summary>
    /// The old GIL's picture: the same rows, bars and stats. Its hold bars are not checked for overlap on a live
    /// run: a thread that wins the GIL at an old-GIL check does not record its take (that would be a record per
    /// check on the interpreter's hot path), so the picture dates the take from the other threads' records, whose
    /// timestamps race with one another. That inference is checked on recorded runs, deterministically, by
    /// GilTimelineTests (GilGen.Runtime.Tests).
    /// </summary>
    [Fact]
    public void The_old_gil_timeline_has_a_row_per_thread_and_hold_bars_for_both_workers() => RunTimeline("py27");

    // Runs the two-thread program with --timeline and --stats, checks what every profile's picture shows, and returns its held bars in start order.
    private (int Thread, double Start, double End)[] RunTimeline(string profile)
    {
        string script = _cache.WriteScript("timeline_" + profile + ".py", TwoThreads);
        string svg = Path.Combine(_cache.Directory, "timeline_" + profile + ".svg");
        CliResult result = _cache.Run("run", "--profile", profile, "--timeline", svg, "--stats", script);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("done\n", result.Stdout);

        XDocument doc = XDocument.Load(svg);
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Contains("profile " + profile, doc.Root.Element(Svg + "title")!.Value);
        string[] rows = doc.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "thread").Select(t => t.Value).ToArray();
        Assert.Equal(new[] { "MainThread", "Thread-1 (count)", "Thread-2 (count)" }, rows);

        var held = doc.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "held")
            .Select(r => (Thread: (int)r.Attribute("data-thread")!, Start: Micros(r, "data-start-us"), End: Micros(r, "data-end-us")))
            .OrderBy(h => h.Start).ToArray();
        Assert.Contains(held, h => h.Thread == 1);
        Assert.Contains(held, h => h.Thread == 2);
        // Both workers sleep with the GIL released.
        Assert.Contains(doc.Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "blocked" && (int)r.Attribute("data-thread")! > 0);

        Assert.StartsWith("thread ", result.Stderr);
        Assert.Contains("\nMainThread ", result.Stderr);
        Assert.Contains("\nThread-1 (count) ", result.Stderr);
        Assert.Contains("\nThread-2 (count) ", result.Stderr);
        return held;
    }

    private static double Micros(XElement rect, string attribute) =>
        double.Parse((string)rect.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
