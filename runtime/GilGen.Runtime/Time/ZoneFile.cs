using System;
using System.IO;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// The local zone's TZif file (RFC 8536), as glibc reads it for localtime: its transitions, the time type
/// (offset, daylight flag, abbreviation) each one starts, and the footer's POSIX TZ string, whose names label
/// the times after the last transition. Found as glibc finds it: $TZ (a path, or a name under $TZDIR or
/// /usr/share/zoneinfo), else /etc/localtime.
/// </summary>
public sealed class ZoneFile
{
    /// <summary>A time type: seconds east of UTC, the daylight flag, the abbreviation.</summary>
    public readonly record struct TimeType(long Offset, bool Dst, string Name);

    private readonly long[] _times;
    private readonly byte[] _typeOfTransition;
    private readonly TimeType[] _types;
    private readonly (string Name, long Offset)? _footerStandard, _footerDaylight;

    private ZoneFile(long[] times, byte[] typeOfTransition, TimeType[] types, (string, long)? standard, (string, long)? daylight)
    {
        _times = times;
        _typeOfTransition = typeOfTransition;
        _types = types;
        _footerStandard = standard;
        _footerDaylight = daylight;
    }

    /// <summary>
    /// The time type in force at <paramref name="seconds"/> since the epoch, when the file's table decides it: before
    /// its last transition, or at any time for a file without a footer rule. Null when the footer's rule does.
    /// </summary>
    public TimeType? TypeAt(long seconds)
    {
        if (_types.Length == 0) return null;
        if (_times.Length == 0) return _footerStandard is null ? _types[0] : null;
        if (seconds >= _times[^1]) return _footerStandard is null ? _types[_typeOfTransition[^1]] : null;
        // Before the first transition the first type applies (RFC 8536, 3.2).
        int i = Array.BinarySearch(_times, seconds);
        if (i < 0) i = ~i - 1;
        return i < 0 ? _types[0] : _types[_typeOfTransition[i]];
    }

    /// <summary>The footer's name for <paramref name="offset"/> (its standard or daylight time) and whether it is daylight time; null when neither has that offset.</summary>
    public (string Name, bool Dst)? FooterName(long offset)
    {
        if (_footerStandard is (string std, long stdOffset) && stdOffset == offset) return (std, false);
        if (_footerDaylight is (string dst, long dstOffset) && dstOffset == offset) return (dst, true);
        return null;
    }

    /// <summary>
    /// glibc's tzname once it has computed a present-day local time: the footer rule's names (a zone without
    /// daylight time repeats the standard name); without a footer, as __tzfile_read sets it, walking back from the
    /// last transition, the first standard and the first daylight type's names. (glibc moves tzname to the types
    /// around each time localtime converts, which this does not follow.)
    /// </summary>
    public (string Standard, string Daylight)? LatestNames()
    {
        if (_footerStandard is (string footerStd, _)) return (footerStd, _footerDaylight?.Name ?? footerStd);
        string? standard = null, daylight = null;
        for (int i = _times.Length - 1; i >= 0 && (standard == null || daylight == null); i--)
        {
            var type = _types[_typeOfTransition[i]];
            if (type.Dst) daylight ??= type.Name;
            else standard ??= type.Name;
        }
        if (standard == null)
        {
            if (_types.Length == 0) return null;
            standard = _types[0].Name;
        }
        return (standard, daylight ?? standard);
    }

    /// <summary>The local zone's file, or null (Windows, no file, not a TZif file).</summary>
    public static ZoneFile? ReadLocal()
    {
        if (OperatingSystem.IsWindows()) return null;
        try
        {
            string? path = LocalPath();
            return path != null && System.IO.File.Exists(path) ? Parse(System.IO.File.ReadAllBytes(path)) : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static string? LocalPath()
    {
        string? tz = Environment.GetEnvironmentVariable("TZ");
        if (tz == null) return "/etc/localtime";
        if (tz.StartsWith(':')) tz = tz.Substring(1);
        if (tz.Length == 0) return "/usr/share/zoneinfo/UTC";
        if (tz.StartsWith('/')) return tz;
        string dir = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } d ? d : "/usr/share/zoneinfo";
        return Path.Combine(dir, tz);
    }

    // The header's six counts, then the data block; a version 2+ file repeats both with 64-bit times (whose block
    // is the complete one: a slim file's version 1 block is empty) and ends with the footer.
    private static ZoneFile? Parse(byte[] data)
    {
        if (data.Length < 44 || Encoding.ASCII.GetString(data, 0, 4) != "TZif") return null;
        int pos = 0, timeSize = 4;
        if (data[4] >= '2')
        {
            pos = 44 + BlockLength(data, 0, 4);
            timeSize = 8;
            if (pos + 44 > data.Length || Encoding.ASCII.GetString(data, pos, 4) != "TZif") return null;
        }
        int isUtcCount = Int32At(data, pos + 20), isStdCount = Int32At(data, pos + 24), leapCount = Int32At(data, pos + 28);
        int timeCount = Int32At(data, pos + 32), typeCount = Int32At(data, pos + 36), charCount = Int32At(data, pos + 40);
        int p = pos + 44;
        if (p + BlockLength(data, pos, timeSize) > data.Length) return null;
        var times = new long[timeCount];
        for (int i = 0; i < timeCount; i++, p += timeSize) times[i] = timeSize == 8 ? Int64At(data, p) : Int32At(data, p);
        var typeOfTransition = new byte[timeCount];
        Array.Copy(data, p, typeOfTransition, 0, timeCount);
        p += timeCount;
        int chars = p + typeCount * 6;
        var types = new TimeType[typeCount];
        for (int i = 0; i < typeCount; i++, p += 6)
        {
            int start = chars + data[p + 5], end = start;
            while (end < chars + charCount && data[end] != 0) end++;
            types[i] = new TimeType(Int32At(data, p), data[p + 4] != 0, Encoding.ASCII.GetString(data, start, end - start));
        }
        foreach (var index in typeOfTransition)
            if (index >= typeCount) return null;
        p = chars + charCount + leapCount * (timeSize + 4) + isStdCount + isUtcCount;
        (string, long)? standard = null, daylight = null;
        if (timeSize == 8 && p < data.Length && data[p] == '\n')
        {
            int end = Array.IndexOf(data, (byte)'\n', p + 1);
            if (end > p) (standard, daylight) = ParsePosixNames(Encoding.ASCII.GetString(data, p + 1, end - p - 1));
        }
        return new ZoneFile(times, typeOfTransition, types, standard, daylight);
    }

    // "EST5EDT,M3.2.0,M11.1.0", "<+0530>-5:30", "IST-1GMT0,M10.5.0,M3.5.0/1": the names and offsets (seconds east;
    // POSIX writes them west) of standard and daylight time; daylight defaults to an hour ahead of standard.
    private static ((string, long)?, (string, long)?) ParsePosixNames(string tz)
    {
        int i = 0;
        string? std = Name(tz, ref i);
        if (std == null || Offset(tz, ref i) is not long stdWest) return (null, null);
        string? dst = Name(tz, ref i);
        if (dst == null) return ((std, -stdWest), null);
        long dstWest = i < tz.Length && tz[i] != ',' && Offset(tz, ref i) is long w ? w : stdWest - 3600;
        return ((std, -stdWest), (dst, -dstWest));
    }

    private static string? Name(string tz, ref int i)
    {
        int start = i;
        if (i < tz.Length && tz[i] == '<')
        {
            int close = tz.IndexOf('>', i);
            if (close < 0) return null;
            i = close + 1;
            return tz.Substring(start + 1, close - start - 1);
        }
        while (i < tz.Length && char.IsAsciiLetter(tz[i])) i++;
        return i - start >= 3 ? tz.Substring(start, i - start) : null;
    }

    private static long? Offset(string tz, ref int i)
    {
        int sign = 1;
        if (i < tz.Length && tz[i] is '+' or '-') { sign = tz[i] == '-' ? -1 : 1; i++; }
        long total = 0;
        for (int part = 0; part < 3; part++)
        {
            if (part > 0) { if (i >= tz.Length || tz[i] != ':') break; i++; }
            int start = i;
            long n = 0;
            while (i < tz.Length && char.IsAsciiDigit(tz[i])) n = n * 10 + (tz[i++] - '0');
            if (i == start) return null;
            total += n * (part == 0 ? 3600 : part == 1 ? 60 : 1);
        }
        return sign * total;
    }

    private static int BlockLength(byte[] data, int pos, int timeSize)
    {
        int isUtc = Int32At(data, pos + 20), isStd = Int32At(data, pos + 24), leap = Int32At(data, pos + 28);
        int time = Int32At(data, pos + 32), type = Int32At(data, pos + 36), chars = Int32At(data, pos + 40);
        return time * timeSize + time + type * 6 + chars + leap * (timeSize + 4) + isStd + isUtc;
    }

    private static int Int32At(byte[] d, int p) => (d[p] << 24) | (d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3];

    private static long Int64At(byte[] d, int p) => ((long)Int32At(d, p) << 32) | (uint)Int32At(d, p + 4);
}
