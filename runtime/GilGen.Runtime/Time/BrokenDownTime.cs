using System;

namespace GilGen.Runtime;

/// <summary>
/// C's <c>struct tm</c> as CPython's time module fills and reads it: the calendar fields of an instant in some zone,
/// with C's conventions (month 0-11, weekday 0 = Sunday, day of year 0-365) and the year as the full year. Converts
/// from seconds with a proleptic Gregorian calendar of any range (glibc's gmtime has no 9999 limit), to and from
/// <see cref="StructTime"/>, and parses a time tuple as CPython's gettmarg does.
/// </summary>
public struct BrokenDownTime
{
    /// <summary>The year (tm_year + 1900).</summary>
    public long Year;
    /// <summary>The month, 0-11.</summary>
    public int Month;
    /// <summary>The day of the month, 1-31.</summary>
    public int Day;
    /// <summary>Hours, minutes, seconds.</summary>
    public int Hour, Minute, Second;
    /// <summary>The weekday, 0 = Sunday (C's tm_wday).</summary>
    public int Weekday;
    /// <summary>The day of the year, 0-365.</summary>
    public int YearDay;
    /// <summary>1 in daylight saving time, 0 not, -1 unknown.</summary>
    public int IsDst;
    /// <summary>The zone's abbreviation, or null (tm_zone NULL).</summary>
    public string? Zone;
    /// <summary>Seconds east of UTC.</summary>
    public long GmtOffset;

    /// <summary>The fields of <paramref name="seconds"/> since the epoch shifted by <paramref name="offset"/> (seconds east of UTC).</summary>
    public static BrokenDownTime FromSeconds(long seconds, long offset, int isDst, string? zone)
    {
        long local = seconds + offset;
        long days = FloorDiv(local, 86400);
        long secOfDay = local - days * 86400;
        var (y, m, d) = CivilFromDays(days);
        var t = new BrokenDownTime
        {
            Year = y,
            Month = m - 1,
            Day = d,
            Hour = (int)(secOfDay / 3600),
            Minute = (int)(secOfDay / 60 % 60),
            Second = (int)(secOfDay % 60),
            Weekday = (int)FloorMod(days + 4, 7),  // 1970-01-01 was a Thursday
            YearDay = (int)(days - DaysFromCivil(y, 1, 1)),
            IsDst = isDst,
            Zone = zone,
            GmtOffset = offset,
        };
        // glibc's gmtime and localtime fail with EOVERFLOW when tm_year does not fit an int.
        if (y - 1900 > int.MaxValue || y - 1900 < int.MinValue)
            throw new PyException(new PyBaseException(ExceptionTypes.ForErrno(75),
                new PyTuple(new[] { PyValue.Int(75), PyValue.Str("Value too large for defined data type") })));
        return t;
    }

    /// <summary>
    /// The seconds since the epoch of these fields read as a time in UTC, normalizing out-of-range months, days,
    /// hours... as C's mktime does (month 13 is January of the next year, day 0 the last of the month before).
    /// </summary>
    public readonly long ToSecondsAsUtc()
    {
        long year = Year + FloorDiv(Month, 12);
        int month = (int)FloorMod(Month, 12) + 1;
        long days = DaysFromCivil(year, month, 1) + Day - 1;
        return days * 86400 + Hour * 3600L + Minute * 60L + Second;
    }

    /// <summary>The struct_time of these fields (Python's conventions: month 1-12, weekday 0 = Monday, yday 1-366).</summary>
    public readonly StructTime ToStructTime()
    {
        var items = new[]
        {
            PyValue.Int(Year), PyValue.Int(Month + 1), PyValue.Int(Day), PyValue.Int(Hour), PyValue.Int(Minute),
            PyValue.Int(Second), PyValue.Int((Weekday + 6) % 7), PyValue.Int(YearDay + 1), PyValue.Int(IsDst),
        };
        return new StructTime(items, Zone is null ? PyValue.None : PyValue.Str(Zone), PyValue.Int(GmtOffset));
    }

    /// <summary>
    /// CPython's gettmarg: a struct_time or a plain tuple of nine ints (each a C int), converted to C's conventions;
    /// tm_zone and tm_gmtoff come only from a struct_time. TypeError names <paramref name="function"/> for a wrong length.
    /// </summary>
    public static BrokenDownTime FromTimeTuple(ThreadState ts, PyValue value, string function)
    {
        if (value.Obj is not PyTuple tuple || (tuple.Type != PyType.Tuple && tuple is not StructTime))
            throw PyErr.TypeError("Tuple or struct_time argument required");
        var items = tuple.Items;
        if (items.Length != 9) throw PyErr.TypeError($"{function}(): illegal time tuple argument");
        int year = CInt(items[0]);
        var t = new BrokenDownTime
        {
            Year = year,
            Month = CInt(items[1]) - 1,
            Day = CInt(items[2]),
            Hour = CInt(items[3]),
            Minute = CInt(items[4]),
            Second = CInt(items[5]),
            // Python's Monday-first weekday to C's Sunday-first, with C's remainder (so -2 stays negative).
            Weekday = (CInt(items[6]) + 1) % 7,
            YearDay = CInt(items[7]) - 1,
            IsDst = CInt(items[8]),
        };
        if (tuple is StructTime st)
        {
            if (!st.Zone.IsNone)
                t.Zone = st.Zone.Obj is PyStr z ? z.Value : throw PyErr.TypeError("bad argument type for built-in operation");
            if (!st.GmtOffset.IsNone)
            {
                if (!Numbers.TryLong(st.GmtOffset, out long off))
                    throw st.GmtOffset.Obj is PyLong ? PyErr.OverflowError("Python int too large to convert to C long")
                        : PyErr.TypeError($"'{st.GmtOffset.Type.Name}' object cannot be interpreted as an integer");
                t.GmtOffset = off;
            }
        }
        return t;
    }

    /// <summary>
    /// The checks and fixes time.strftime and time.asctime make before formatting (CPython 3.12): a zero month, day
    /// or day of year stands for the first, anything else out of range is a ValueError; isdst is clamped to -1..1.
    /// </summary>
    public void CheckForFormatting()
    {
        if (Month == -1) Month = 0;
        else if (Month < 0 || Month > 11) throw PyErr.ValueError("month out of range");
        if (Day == 0) Day = 1;
        else if (Day < 0 || Day > 31) throw PyErr.ValueError("day of month out of range");
        if (Hour < 0 || Hour > 23) throw PyErr.ValueError("hour out of range");
        if (Minute < 0 || Minute > 59) throw PyErr.ValueError("minute out of range");
        if (Second < 0 || Second > 61) throw PyErr.ValueError("seconds out of range");
        // The upper bound needs no check: gettmarg took the weekday modulo 7.
        if (Weekday < 0) throw PyErr.ValueError("day of week out of range");
        if (YearDay == -1) YearDay = 0;
        else if (YearDay < 0 || YearDay > 365) throw PyErr.ValueError("day of year out of range");
        if (IsDst < -1) IsDst = -1;
        else if (IsDst > 1) IsDst = 1;
    }

    // PyArg_Parse's "i": an int that fits a C int.
    private static int CInt(PyValue v)
    {
        if (!Numbers.TryLong(v, out long n))
        {
            if (v.Obj is PyLong big) throw PyErr.OverflowError(big.Value.Sign > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
            throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
        }
        if (n > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
        if (n < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
        return (int)n;
    }

    /// <summary>True for a leap year of the proleptic Gregorian calendar.</summary>
    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    // Howard Hinnant's days_from_civil / civil_from_days: exact for any year a long holds a day count of.
    private static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = FloorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;
        long era = FloorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    private static long FloorDiv(long a, long b) => a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
    private static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;
}
