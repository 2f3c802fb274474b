using System;
using System.Collections.Generic;
using System.IO;

namespace GilGen.Runtime;

/// <summary>
/// The machine's local time zone (.NET's <see cref="TimeZoneInfo.Local"/>) as C's localtime and mktime see it:
/// the offset, daylight flag and abbreviation at an instant, the instant of a local wall time, and CPython's
/// timezone/altzone/daylight/tzname. .NET names zones in words ("Coordinated Universal Time"); glibc's tm_zone is
/// the tz database abbreviation ("UTC", "CET"), which on Unix is read from the zone's TZif file.
/// </summary>
public static class LocalTimeZone
{
    // .NET's offsets are defined for years 1-9999; an instant beyond is looked up at the nearest end (the zone's
    // rule there is the best guess, as glibc's extrapolation of the TZ rule is).
    private static readonly long MinSeconds = (DateTimeOffset.MinValue.UtcDateTime.AddDays(1) - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond;
    private static readonly long MaxSeconds = (DateTimeOffset.MaxValue.UtcDateTime.AddDays(-1) - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond;

    private static readonly Lazy<Dictionary<(long, bool), string>> Abbreviations = new(ReadAbbreviations);

    /// <summary>C's localtime: the fields of <paramref name="seconds"/> in the local zone, with tm_isdst, tm_zone and tm_gmtoff.</summary>
    public static BrokenDownTime LocalTime(long seconds)
    {
        var (offset, dst) = OffsetAt(seconds);
        return BrokenDownTime.FromSeconds(seconds, offset, dst ? 1 : 0, Abbreviation(offset, dst));
    }

    /// <summary>
    /// C's mktime: the instant whose local wall time is <paramref name="t"/>'s fields (normalized as C does). A time
    /// that occurs twice (the hour the clocks go back) is the one whose daylight flag matches tm_isdst when that is
    /// 0 or 1; a time that a spring-forward skips is read with the offset from before the change.
    /// </summary>
    public static long MakeTime(in BrokenDownTime t)
    {
        long wall = t.ToSecondsAsUtc();
        long? chosen = null;
        long firstGuess = OffsetAt(wall).Offset;
        long secondGuess = OffsetAt(wall - firstGuess).Offset;
        foreach (long offset in new[] { secondGuess, firstGuess, OffsetAt(wall - 86400).Offset, OffsetAt(wall + 86400).Offset })
        {
            long candidate = wall - offset;
            var (actual, dst) = OffsetAt(candidate);
            if (actual != offset) continue;
            if (chosen is null || (t.IsDst >= 0 && dst == (t.IsDst > 0))) chosen = candidate;
            if (t.IsDst < 0 || dst == (t.IsDst > 0)) break;
        }
        return chosen ?? wall - OffsetAt(wall - 86400).Offset;
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

    /// <summary>The UTC offset (seconds east) and the daylight flag of the local zone at <paramref name="seconds"/> since the epoch.</summary>
    public static (long Offset, bool Dst) OffsetAt(long seconds)
    {
        var instant = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, MinSeconds, MaxSeconds));
        var zone = TimeZoneInfo.Local;
        return ((long)zone.GetUtcOffset(instant).TotalSeconds, zone.IsDaylightSavingTime(instant));
    }

    /// <summary>The zone abbreviation glibc gives for an offset and daylight flag of the local zone.</summary>
    public static string Abbreviation(long offset, bool dst)
    {
        if (Abbreviations.Value.TryGetValue((offset, dst), out var name)) return name;
        if (OperatingSystem.IsWindows()) return dst ? TimeZoneInfo.Local.DaylightName : TimeZoneInfo.Local.StandardName;
        if (offset == 0) return "UTC";
        // glibc's name for a zone without an abbreviation: the numeric offset, "+05" or "-0330".
        long a = Math.Abs(offset) / 60;
        string sign = offset < 0 ? "-" : "+";
        return a % 60 == 0 ? $"{sign}{a / 60:00}" : $"{sign}{a / 60:00}{a % 60:00}";
    }

    // The (offset, isdst) -> abbreviation pairs of the local zone's TZif file (its types; a later type wins).
    private static Dictionary<(long, bool), string> ReadAbbreviations()
    {
        var table = new Dictionary<(long, bool), string>();
        if (OperatingSystem.IsWindows()) return table;
        try
        {
            string? path = ZoneFilePath();
            if (path == null || !File.Exists(path)) return table;
            ReadTzif(File.ReadAllBytes(path), table);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return table;
    }

    private static string? ZoneFilePath()
    {
        string? tz = Environment.GetEnvironmentVariable("TZ");
        if (string.IsNullOrEmpty(tz)) return "/etc/localtime";
        if (tz.StartsWith(':')) tz = tz.Substring(1);
        if (tz.StartsWith('/')) return tz;
        string dir = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } d ? d : "/usr/share/zoneinfo";
        return Path.Combine(dir, tz);
    }

    // RFC 8536: the header's counts, then the data block; a version 2+ file repeats it with 64-bit times, whose
    // types are the complete set (a slim version 1 block can be empty).
    private static void ReadTzif(byte[] data, Dictionary<(long, bool), string> table)
    {
        if (data.Length < 44 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f') return;
        int pos = 0;
        int timeSize = 4;
        if (data[4] >= '2')
        {
            pos = 44 + BlockLength(data, 0, 4);
            timeSize = 8;
            if (pos + 44 > data.Length || data[pos] != 'T') return;
        }
        int Count(int i) => (data[pos + 20 + 4 * i] << 24) | (data[pos + 21 + 4 * i] << 16) | (data[pos + 22 + 4 * i] << 8) | data[pos + 23 + 4 * i];
        int timeCount = Count(3), typeCount = Count(4), charCount = Count(5);
        int types = pos + 44 + timeCount * timeSize + timeCount;
        int chars = types + typeCount * 6;
        if (chars + charCount > data.Length) return;
        for (int i = 0; i < typeCount; i++)
        {
            int p = types + i * 6;
            long offset = (data[p] << 24) | (data[p + 1] << 16) | (data[p + 2] << 8) | data[p + 3];
            offset = (int)offset;
            bool dst = data[p + 4] != 0;
            int start = chars + data[p + 5], end = start;
            while (end < chars + charCount && data[end] != 0) end++;
            table[(offset, dst)] = System.Text.Encoding.ASCII.GetString(data, start, end - start);
        }
    }

    private static int BlockLength(byte[] data, int pos, int timeSize)
    {
        int Count(int i) => (data[pos + 20 + 4 * i] << 24) | (data[pos + 21 + 4 * i] << 16) | (data[pos + 22 + 4 * i] << 8) | data[pos + 23 + 4 * i];
        int isUtc = Count(0), isStd = Count(1), leap = Count(2), time = Count(3), type = Count(4), chars = Count(5);
        return time * timeSize + time + type * 6 + chars + leap * (timeSize + 4) + isStd + isUtc;
    }
}
