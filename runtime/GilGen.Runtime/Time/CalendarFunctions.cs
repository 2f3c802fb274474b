using System;

namespace GilGen.Runtime;

/// <summary>
/// The calendar functions of the <c>time</c> module as CPython 3.12 has them on Linux: struct_time, gmtime,
/// localtime, mktime, strftime, asctime, ctime, and the constants timezone, altzone, daylight and tzname.
/// </summary>
public static class CalendarFunctions
{
    /// <summary>Adds the functions and the local zone's constants to <paramref name="m"/>.</summary>
    public static void AddTo(ThreadState ts, PyModule m)
    {
        m.SetGlobal("struct_time", PyValue.From(StructTime.TypeObject));
        var zone = LocalTimeZone.ModuleConstants(Now(ts));
        SetOwned(m, "timezone", PyValue.Int(zone.Timezone));
        SetOwned(m, "altzone", PyValue.Int(zone.Altzone));
        SetOwned(m, "daylight", PyValue.Int(zone.Daylight ? 1 : 0));
        SetOwned(m, "tzname", PyValue.From(new PyTuple(new[] { PyValue.Str(zone.StandardName), PyValue.Str(zone.DaylightName) })));
        var tzname = LocalTimeZone.CLibraryTzname((zone.StandardName, zone.DaylightName));

        m.AddFunction("gmtime", (t, a, kw) =>
        {
            long seconds = OptionalSeconds(t, Parsed("gmtime", a, kw, 0, 1));
            return PyValue.From(BrokenDownTime.FromSeconds(seconds, 0, 0, "GMT").ToStructTime());
        });
        m.AddFunction("localtime", (t, a, kw) =>
        {
            long seconds = OptionalSeconds(t, Parsed("localtime", a, kw, 0, 1));
            return PyValue.From(LocalTimeZone.LocalTime(seconds).ToStructTime());
        });
        m.AddFunction("mktime", (t, a, kw) =>
        {
            var args = new BuiltinArguments("mktime", a, kw).NoKeywords();
            if (args.Count != 1) throw PyErr.TypeError($"time.mktime() takes exactly one argument ({args.Count} given)");
            var fields = BrokenDownTime.FromTimeTuple(t, args[0], "mktime");
            return PyValue.Float(LocalTimeZone.MakeTime(fields));
        });
        m.AddFunction("strftime", (t, a, kw) =>
        {
            var args = Parsed("strftime", a, kw, 1, 2);
            if (args[0].Obj is not PyStr format) throw PyErr.TypeError($"strftime() argument 1 must be str, not {args[0].Type.Name}");
            var fields = TimeTupleOrNow(t, args, "strftime");
            return PyValue.Str(TimeFormatting.Strftime(format.Value, fields, tzname));
        });
        m.AddFunction("strptime", (t, a, kw) =>
        {
            // As CPython's: the parsing is _strptime's, in Python.
            var parse = Ops.GetAttr(t, PyValue.From(t.Interp.Modules.Import(t, "_strptime")), "_strptime_time");
            try { return Ops.Call(t, parse, a, kw); }
            finally { parse.DecRef(); }
        });
        m.AddFunction("asctime", (t, a, kw) =>
        {
            var args = new BuiltinArguments("asctime", a, kw).NoKeywords().Expect(0, 1);
            var fields = args.Count == 0 ? LocalTimeZone.LocalTime(Now(t)) : TimeTupleOrNow(t, args, "asctime", index: 0);
            return PyValue.Str(TimeFormatting.Asctime(fields));
        });
        m.AddFunction("ctime", (t, a, kw) =>
        {
            long seconds = OptionalSeconds(t, Parsed("ctime", a, kw, 0, 1));
            return PyValue.Str(TimeFormatting.Asctime(LocalTimeZone.LocalTime(seconds)));
        });
    }

    // PyArg_ParseTuple's checks and messages: "gmtime() takes at most 1 argument (2 given)".
    private static BuiltinArguments Parsed(string name, ReadOnlySpan<PyValue> a, string[]? kw, int min, int max)
    {
        var args = new BuiltinArguments(name, a, kw).NoKeywords();
        if (args.Count < min) throw PyErr.TypeError($"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({args.Count} given)");
        if (args.Count > max) throw PyErr.TypeError($"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({args.Count} given)");
        return args;
    }

    private static void SetOwned(PyModule m, string name, PyValue v)
    {
        m.SetGlobal(name, v);
        v.DecRef();
    }

    // The current time in whole seconds (floor), from the same clock as time.time().
    private static long Now(ThreadState ts) => (long)Math.Floor(TimeModule.WallNanoseconds(ts) / 1e9);

    // The checked fields of the time tuple at args[index], or of localtime() when it is absent.
    private static BrokenDownTime TimeTupleOrNow(ThreadState ts, BuiltinArguments args, string function, int index = 1)
    {
        BrokenDownTime fields;
        if (args.Count > index) fields = BrokenDownTime.FromTimeTuple(ts, args[index], function);
        else return LocalTimeZone.LocalTime(Now(ts));
        fields.CheckForFormatting();
        return fields;
    }

    // CPython's _PyTime_ObjectToTime_t with floor rounding: None (or no argument) is now; an int or a float.
    private static long OptionalSeconds(ThreadState ts, BuiltinArguments args)
    {
        if (args.Count == 0 || args[0].IsNone) return Now(ts);
        var v = args[0];
        if (Numbers.TryLong(v, out long n)) return n;
        switch (v.Obj)
        {
            case PyLong:
                throw PyErr.OverflowError("timestamp out of range for platform time_t");
            case PyFloat f:
                if (double.IsNaN(f.Value)) throw PyErr.ValueError("Invalid value NaN (not a number)");
                double floor = Math.Floor(f.Value);
                // 2**63 is the first double past a long's range.
                if (!(floor >= -9223372036854775808.0 && floor < 9223372036854775808.0))
                    throw PyErr.OverflowError("timestamp out of range for platform time_t");
                return (long)floor;
            default:
                throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
        }
    }
}
