using System;

namespace GilGen.Runtime;

/// <summary>
/// The machine's local time zone as glibc's localtime and mktime see it: the offset, daylight flag and abbreviation
/// at an instant (<see cref="ZoneAt"/>), the instant of a local wall time, and CPython's timezone/altzone/daylight/
/// tzname. .NET's <see cref="TimeZoneInfo.Local"/> gives the rules; on Unix the zone's TZif file (<see cref="ZoneFile"/>)
/// gives what .NET does not keep: glibc's abbreviations ("CET" where .NET says "Central European Standard Time"),
/// historical offsets to the second and the flags of a negative daylight saving time.
/// </summary>
public static class LocalTimeZone
{
    // .NET's offsets are defined for years 1-9999; an instant beyond is looked up at the nearest end (the zone's
    // rule there is the best guess, as glibc's extrapolation of the TZ rule is).
    private static readonly long MinSeconds = (DateTimeOffset.MinValue.UtcDateTime.AddDays(1) - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond;
    private static readonly long MaxSeconds = (DateTimeOffset.MaxValue.UtcDateTime.AddDays(-1) - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond;

    private static readonly Lazy<ZoneFile?> File = new(ZoneFile.ReadLocal);

    /// <summary>C's localtime: the fields of <paramref name="seconds"/> in the local zone, with tm_isdst, tm_zone and tm_gmtoff.</summary>
    public static BrokenDownTime LocalTime(long seconds)
    {
        var (offset, dst, name) = ZoneAt(seconds);
        return BrokenDownTime.FromSeconds(seconds, offset, dst ? 1 : 0, name);
    }

    /// <summary>
    /// C's mktime (glibc's): the instant whose local wall time is <paramref name="t"/>'s fields (normalized as C
    /// does). A time that occurs twice (the hour the clocks go back) is the earlier one, unless tm_isdst (0 or 1)
    /// picks the other; a time that a spring-forward skips is read with the offset from before the change; a
    /// tm_isdst that the instant found does not have is honoured with the offset of the nearest time that has it,
    /// or by an hour when there is none.
    /// </summary>
    public static long MakeTime(in BrokenDownTime t)
    {
        long wall = t.ToSecondsAsUtc();
        long? chosen = null;
        bool chosenDst = false;
        long firstGuess = ZoneAt(wall).Offset;
        long secondGuess = ZoneAt(wall - firstGuess).Offset;
        foreach (long offset in new[] { secondGuess, firstGuess, ZoneAt(wall - 86400).Offset, ZoneAt(wall + 86400).Offset })
        {
            long candidate = wall - offset;
            var (actual, dst, _) = ZoneAt(candidate);
            if (actual != offset) continue;
            bool better = chosen is null
                || (t.IsDst >= 0 ? dst == (t.IsDst > 0) && chosenDst != (t.IsDst > 0) : candidate < chosen);
            if (better) { chosen = candidate; chosenDst = dst; }
        }
        long result = chosen ?? wall - ZoneAt(wall - 86400).Offset;
        if (chosen is null) chosenDst = ZoneAt(result).Dst;
        if (t.IsDst >= 0 && chosenDst != (t.IsDst > 0))
        {
            // glibc's search: about a week at a time, up to some eight years either way.
            const long stride = 601200, bound = 536454000 / 2 + stride;
            for (long delta = stride; delta < bound; delta += stride)
                foreach (long other in new[] { result - delta, result + delta })
                {
                    var (offset, dst, _) = ZoneAt(other);
                    if (dst == (t.IsDst > 0)) return wall - offset;
                }
            // None (a zone without daylight saving time): the flag still moves the time by an hour.
            return result + (t.IsDst > 0 ? -3600 : 3600);
        }
        return result;
    }

    /// <summary>
    /// CPython's timezone, altzone, daylight and tzname, computed as its init_timezone does on glibc: from the local
    /// time of January 1 and July 1 of this year (the one with the larger UTC offset is the daylight one).
    /// </summary>
    public static (long Timezone, long Altzone, bool Daylight, string StandardName, string DaylightName) ModuleConstants(long now)
    {
        const long year = (365 * 24 + 6) * 3600;
        long t = now / year * year;
        var jan = LocalTime(t);
        var jul = LocalTime(t + year / 2);
        long janZone = -jan.GmtOffset, julZone = -jul.GmtOffset;
        string janName = jan.Zone ?? "", julName = jul.Zone ?? "";
        // Southern hemisphere: daylight saving time is in January.
        if (janZone < julZone) return (julZone, janZone, janZone != julZone, julName, janName);
        return (janZone, julZone, janZone != julZone, janName, julName);
    }

    /// <summary>
    /// glibc's tzname, which strftime's %Z prints for fields without a zone: from the zone file, the names of the
    /// last standard and daylight time types its transitions use (not always CPython's time.tzname, which is
    /// January's and July's); CPython's pair when there is no file.
    /// </summary>
    public static (string Standard, string Daylight) CLibraryTzname((string Standard, string Daylight) moduleTzname) =>
        File.Value?.LatestNames() ?? moduleTzname;

    /// <summary>
    /// The UTC offset (seconds east), daylight flag and abbreviation of the local zone at <paramref name="seconds"/>
    /// since the epoch: on Unix from the zone's TZif file up to its last transition (as glibc reads it, so
    /// historical offsets keep their seconds and a zone with a negative daylight saving time, Europe/Dublin, keeps
    /// its flags); after it, and on Windows, from .NET's rules, named by the file's footer or .NET.
    /// </summary>
    public static (long Offset, bool Dst, string Name) ZoneAt(long seconds)
    {
        var file = File.Value;
        if (file != null && file.TypeAt(seconds) is ZoneFile.TimeType type) return (type.Offset, type.Dst, type.Name);
        var instant = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, MinSeconds, MaxSeconds));
        var zone = TimeZoneInfo.Local;
        long offset = (long)zone.GetUtcOffset(instant).TotalSeconds;
        bool dst = zone.IsDaylightSavingTime(instant);
        if (file?.FooterName(offset) is (string name, bool footerDst)) return (offset, footerDst, name);
        if (OperatingSystem.IsWindows()) return (offset, dst, dst ? zone.DaylightName : zone.StandardName);
        if (offset == 0) return (offset, dst, "UTC");
        // glibc's name for a zone without an abbreviation: the numeric offset, "+05" or "-0330".
        long a = Math.Abs(offset) / 60;
        string sign = offset < 0 ? "-" : "+";
        return (offset, dst, a % 60 == 0 ? $"{sign}{a / 60:00}" : $"{sign}{a / 60:00}{a % 60:00}");
    }
}
