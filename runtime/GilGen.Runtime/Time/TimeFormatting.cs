using System;
using System.Globalization;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// time.strftime and time.asctime as CPython 3.12 gives them on glibc in the C locale: every conversion glibc's
/// strftime knows (%a ... %Z, %%, and the GNU ones %C %e %g %G %h %k %l %n %P %r %R %s %t %T %u %V %D %F), its
/// flags (_ - 0 ^ #) and field widths on the plain conversions, and the E and O modifiers, which the C locale
/// ignores. An unknown conversion is copied as it stands, as glibc does. A combination whose glibc output is not
/// reproduced here (a width or flag on a composite such as %c, %z or an unknown conversion) is a NotImplementedError.
/// </summary>
public static class TimeFormatting
{
    private static readonly string[] ShortDays = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    private static readonly string[] LongDays = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    private static readonly string[] ShortMonths = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    private static readonly string[] LongMonths = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    /// <summary>
    /// strftime(<paramref name="format"/>) of fields already checked (<see cref="BrokenDownTime.CheckForFormatting"/>);
    /// <paramref name="tzname"/> names the zone when the fields carry none (glibc's tzname[isdst]).
    /// </summary>
    public static string Strftime(string format, in BrokenDownTime t, (string Standard, string Daylight) tzname)
    {
        if (format.IndexOf('\0') >= 0) throw PyErr.ValueError("embedded null character");
        var sb = new StringBuilder();
        Append(sb, format, t, tzname);
        return sb.ToString();
    }

    /// <summary>time.asctime's fixed form, C's asctime: "Sun Sep 16 01:03:52 1973".</summary>
    public static string Asctime(in BrokenDownTime t) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{ShortDays[t.Weekday]} {ShortMonths[t.Month]}{t.Day,3} {t.Hour:00}:{t.Minute:00}:{t.Second:00} {t.Year}");

    private static void Append(StringBuilder sb, string format, in BrokenDownTime t, (string Standard, string Daylight) tzname)
    {
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i];
            if (c != '%') { sb.Append(c); i++; continue; }
            int start = i++;
            char pad = '\0';
            bool upper = false, swapCase = false;
            // Flags, then a width, then an E or O modifier, then the conversion.
            for (; i < format.Length; i++)
            {
                char f = format[i];
                if (f is '_' or '-' or '0' or '+') pad = f;
                else if (f == '^') upper = true;
                else if (f == '#') swapCase = true;
                else break;
            }
            int width = -1;
            while (i < format.Length && format[i] is >= '0' and <= '9')
                width = Math.Min((width < 0 ? 0 : width * 10) + (format[i++] - '0'), 100000);
            char modifier = '\0';
            if (i < format.Length && format[i] is 'E' or 'O') modifier = format[i++];
            if (i >= format.Length)
            {
                // glibc copies a % that ends the format as it stands.
                if (i - start > 1) throw Unsupported(format.Substring(start));
                sb.Append('%');
                break;
            }
            char conv = format[i++];
            string directive = format.Substring(start, i - start);
            var spec = new Directive(directive, pad, width, upper, swapCase);
            if (modifier != '\0' && !ModifierAccepted(modifier, conv)) throw Unsupported(directive);
            if (pad == '+') throw Unsupported(directive);
            switch (conv)
            {
                case 'a': Text(sb, spec, ShortDays[t.Weekday], swapToUpper: true); break;
                case 'A': Text(sb, spec, LongDays[t.Weekday], swapToUpper: true); break;
                case 'b': case 'h': Text(sb, spec, ShortMonths[t.Month], swapToUpper: true); break;
                case 'B': Text(sb, spec, LongMonths[t.Month], swapToUpper: true); break;
                case 'p': Text(sb, spec, t.Hour > 11 ? "PM" : "AM", swapToUpper: false); break;
                case 'P': Text(sb, spec, t.Hour > 11 ? "pm" : "am", swapToUpper: null); break;
                case 'Z': Text(sb, spec, ZoneName(t, tzname), swapToUpper: false); break;
                case 'n': Text(sb, spec, "\n", swapToUpper: null); break;
                case 't': Text(sb, spec, "\t", swapToUpper: null); break;
                case '%': Text(sb, spec, "%", swapToUpper: null); break;
                case 'c': Composite(sb, spec, "%a %b %e %H:%M:%S %Y", t, tzname); break;
                case 'x': case 'D': Composite(sb, spec, "%m/%d/%y", t, tzname); break;
                case 'X': case 'T': Composite(sb, spec, "%H:%M:%S", t, tzname); break;
                case 'R': Composite(sb, spec, "%H:%M", t, tzname); break;
                case 'r': Composite(sb, spec, "%I:%M:%S %p", t, tzname); break;
                case 'F': Composite(sb, spec, "%Y-%m-%d", t, tzname); break;
                case 'd': Number(sb, spec, t.Day, 2); break;
                case 'e': Number(sb, spec, t.Day, 2, spacePad: true); break;
                case 'H': Number(sb, spec, t.Hour, 2); break;
                case 'k': Number(sb, spec, t.Hour, 2, spacePad: true); break;
                case 'I': Number(sb, spec, Hour12(t.Hour), 2); break;
                case 'l': Number(sb, spec, Hour12(t.Hour), 2, spacePad: true); break;
                case 'j': Number(sb, spec, t.YearDay + 1, 3); break;
                case 'm': Number(sb, spec, t.Month + 1, 2); break;
                case 'M': Number(sb, spec, t.Minute, 2); break;
                case 'S': Number(sb, spec, t.Second, 2); break;
                case 'u': Number(sb, spec, (t.Weekday + 6) % 7 + 1, 1); break;
                case 'w': Number(sb, spec, t.Weekday, 1); break;
                case 'U': Number(sb, spec, (t.YearDay - t.Weekday + 7) / 7, 2); break;
                case 'W': Number(sb, spec, (t.YearDay - (t.Weekday + 6) % 7 + 7) / 7, 2); break;
                case 'y': Number(sb, spec, ((t.Year % 100) + 100) % 100, 2); break;
                case 'Y': YearNumber(sb, spec, t.Year); break;
                case 'C': YearNumber(sb, spec, t.Year / 100 - (t.Year % 100 < 0 ? 1 : 0)); break;
                case 'G': YearNumber(sb, spec, IsoWeek(t).Year); break;
                case 'g': Number(sb, spec, ((IsoWeek(t).Year % 100) + 100) % 100, 2); break;
                case 'V': Number(sb, spec, IsoWeek(t).Week, 2); break;
                case 's': Number(sb, spec, LocalTimeZone.MakeTime(t), 1); break;
                case 'z':
                    if (spec.HasFlagsOrWidth) throw Unsupported(directive);
                    if (t.IsDst >= 0)
                    {
                        long minutes = Math.Abs(t.GmtOffset) / 60;
                        sb.Append(t.GmtOffset < 0 ? '-' : '+').Append((minutes / 60 * 100 + minutes % 60).ToString("0000", CultureInfo.InvariantCulture));
                    }
                    break;
                default:
                    // Not a conversion glibc knows: copied as written.
                    if (spec.HasFlagsOrWidth || modifier != '\0') throw Unsupported(directive);
                    sb.Append(directive);
                    break;
            }
        }
    }

    // The E and O modifiers glibc accepts in the C locale, where they change nothing.
    private static bool ModifierAccepted(char modifier, char conv) => modifier == 'E'
        ? conv is 'c' or 'C' or 'x' or 'X' or 'y' or 'Y' or 'z'
        : conv is 'b' or 'B' or 'h' or 'd' or 'e' or 'H' or 'I' or 'm' or 'M' or 'S' or 'U' or 'u' or 'V' or 'W' or 'w' or 'y';

    private static PyException Unsupported(string directive) =>
        PyErr.NotImplementedError($"GilGen's time.strftime does not support the directive {PyStr.Quote(directive)} yet");

    private static int Hour12(int hour) => hour % 12 == 0 ? 12 : hour % 12;

    // The zone glibc prints: tm_zone, else tzname[isdst != 0] (nothing when isdst is unknown).
    private static string ZoneName(in BrokenDownTime t, (string Standard, string Daylight) tzname)
    {
        if (!string.IsNullOrEmpty(t.Zone)) return t.Zone;
        if (t.IsDst < 0) return "";
        return t.IsDst != 0 ? tzname.Daylight : tzname.Standard;
    }

    private readonly record struct Directive(string Text, char Pad, int Width, bool Upper, bool SwapCase)
    {
        public bool HasFlagsOrWidth => Pad != '\0' || Width >= 0 || Upper || SwapCase;
    }

    // A name or a literal: '^' upper-cases, '#' swaps to upper (names) or lower (AM/PM, the zone), a width pads with
    // spaces (under the '-' flag too, as glibc does for text), or zeros under the '0' flag.
    private static void Text(StringBuilder sb, Directive spec, string text, bool? swapToUpper)
    {
        if (spec.Upper) text = text.ToUpperInvariant();
        if (spec.SwapCase && swapToUpper is bool up) text = up ? text.ToUpperInvariant() : text.ToLowerInvariant();
        if (spec.Width > text.Length) sb.Append(spec.Pad == '0' ? '0' : ' ', spec.Width - text.Length);
        sb.Append(text);
    }

    private static void Composite(StringBuilder sb, Directive spec, string expansion, in BrokenDownTime t, (string, string) tzname)
    {
        if (spec.HasFlagsOrWidth) throw Unsupported(spec.Text);
        Append(sb, expansion, t, tzname);
    }

    // glibc's DO_NUMBER: zero-padded (or space-padded for %e %k %l) to the conversion's digits, '-' drops the
    // padding, '_' pads with spaces, '0' with zeros; a width pads further, after the sign when with zeros.
    private static void Number(StringBuilder sb, Directive spec, long value, int digits, bool spacePad = false)
    {
        char padChar = spec.Pad switch { '_' => ' ', '0' => '0', '-' => '\0', _ => spacePad ? ' ' : '0' };
        if (spec.Upper || spec.SwapCase) throw Unsupported(spec.Text);
        string sign = value < 0 ? "-" : "";
        string body = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        if (padChar != '\0' && body.Length < digits) body = body.PadLeft(digits, padChar);
        if (spec.Width > sign.Length + body.Length)
        {
            if (padChar == '\0') throw Unsupported(spec.Text);
            if (padChar == '0') { sb.Append(sign).Append('0', spec.Width - sign.Length - body.Length).Append(body); return; }
            sb.Append(' ', spec.Width - sign.Length - body.Length).Append(sign).Append(body);
            return;
        }
        sb.Append(sign).Append(body);
    }

    // %Y, %C and %G: no padding unless a width asks for it (glibc's DO_YEARISH); a padding flag alone is not reproduced.
    private static void YearNumber(StringBuilder sb, Directive spec, long value)
    {
        if (spec.Pad is '0' or '_' && spec.Width < 0) throw Unsupported(spec.Text);
        Number(sb, spec, value, 1);
    }

    // glibc's iso_week_days: the ISO 8601 week-numbering year and week of the fields' yday and wday.
    private static (long Year, int Week) IsoWeek(in BrokenDownTime t)
    {
        long year = t.Year;
        int days = IsoWeekDays(t.YearDay, t.Weekday);
        if (days < 0)
        {
            year--;
            days = IsoWeekDays(t.YearDay + (BrokenDownTime.IsLeapYear(year) ? 366 : 365), t.Weekday);
        }
        else
        {
            int d = IsoWeekDays(t.YearDay - (BrokenDownTime.IsLeapYear(year) ? 366 : 365), t.Weekday);
            if (d >= 0) { year++; days = d; }
        }
        return (year, days / 7 + 1);
    }

    // The days since the Monday of week 1 (the week with the year's first Thursday); negative before it.
    private static int IsoWeekDays(int yday, int wday)
    {
        const int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }
}
