using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Operations;


public class FormattingTests
{
    private static string Percent(InterpreterScope s, string fmt, PyValue args) => ((PyStr)Ops.Mod(s.Ts, PyValue.Str(fmt), args).Obj!).Value;

    private static PyValue Tuple(params PyValue[] items) => Ops.BuildTuple(items);

    [Fact]
    public void PercentFormatting()
    {
        using var s = new InterpreterScope();
        Assert.Equal("2.67", Percent(s, "%.2f", PyValue.Float(2.675)));
        Assert.Equal("   42|42   |00042", Percent(s, "%5d|%-5d|%05d", Tuple(PyValue.Int(42), PyValue.Int(42), PyValue.Int(42))));
        Assert.Equal("ff 10 1.234568e+04 1.234e-05 1.23457e+06 100",
            Percent(s, "%x %o %e %g %g %g", Tuple(PyValue.Int(255), PyValue.Int(8), PyValue.Float(12345.678), PyValue.Float(0.00001234), PyValue.Float(1234567.0), PyValue.Float(100.0))));
        Assert.Equal("a 'a'", Percent(s, "%s %r", Tuple(PyValue.Str("a"), PyValue.Str("a"))));
        Assert.Equal("-1.500e+00", Percent(s, "%+.3e", PyValue.Float(-1.5)));
        Assert.Equal("     3.142|", Percent(s, "%10.3f|", PyValue.Float(3.14159)));
        Assert.Equal("100%", Percent(s, "%d%%", PyValue.Int(100)));
        Assert.Equal("1", Percent(s, "%d", PyValue.Float(1.5)));
        Assert.Equal("A", Percent(s, "%c", PyValue.Int(65)));
        var d = new PyDict();
        d.Set(s.Ts, PyValue.Str("x"), PyValue.Int(1));
        d.Set(s.Ts, PyValue.Str("y"), PyValue.Int(2));
        Assert.Equal("1-2", Percent(s, "%(x)s-%(y)d", PyValue.From(d)));
        Assert.Equal("single thread: wall 1.23 s, cpu 0.50 s",
            Percent(s, "single thread: wall %.2f s, cpu %.2f s", Tuple(PyValue.Float(1.2345), PyValue.Float(0.5))));
    }

    [Fact]
    public void PercentErrors()
    {
        using var s = new InterpreterScope();
        Assert.Equal("TypeError: %d format: a real number is required, not str", s.Throws(() => Percent(s, "%d", PyValue.Str("a"))).Message);
        Assert.Equal("TypeError: not enough arguments for format string", s.Throws(() => Percent(s, "%s %s", Tuple(PyValue.Int(1)))).Message);
        Assert.Equal("TypeError: not all arguments converted during string formatting", s.Throws(() => Percent(s, "%s", Tuple(PyValue.Int(1), PyValue.Int(2)))).Message);
        Assert.Equal("TypeError: format requires a mapping", s.Throws(() => Percent(s, "%(a)s", PyValue.Int(1))).Message);
        Assert.Equal("ValueError: unsupported format character 'z' (0x7a) at index 1", s.Throws(() => Percent(s, "%z", PyValue.Int(1))).Message);
        Assert.Equal("TypeError: %x format: an integer is required, not float", s.Throws(() => Percent(s, "%x", PyValue.Float(1.5))).Message);
    }

    [Fact]
    public void StrFormatAndSpecs()
    {
        using var s = new InterpreterScope();
        var r = s.CallMethod(PyValue.Str("{:>10}|{:<5}|{:^7}|{:,}|{:.3f}|{:08.2f}|{!r}|{:x}|{:#b}|{:e}|{:g}|{:.2%}|{:+d}|{:_}"),
            "format", PyValue.Str("hi"), PyValue.Str("ab"), PyValue.Str("mid"), PyValue.Int(1234567), PyValue.Float(3.14159), PyValue.Float(-3.14159),
            PyValue.Str("q"), PyValue.Int(255), PyValue.Int(5), PyValue.Float(1234.5), PyValue.Float(0.0001), PyValue.Float(0.256), PyValue.Int(5), PyValue.Int(1000000));
        Assert.Equal("        hi|ab   |  mid  |1,234,567|3.142|-0003.14|'q'|ff|0b101|1.234500e+03|0.0001|25.60%|+5|1_000_000", s.Str(r));
        Assert.Equal("IndexError: Replacement index 1 out of range for positional args tuple",
            s.Throws(() => s.CallMethod(PyValue.Str("{} {}"), "format", PyValue.Int(1))).Message);
        Assert.Equal("ValueError: Unknown format code 'd' for object of type 'str'", s.Throws(() => FormatSpec.Format(s.Ts, PyValue.Str("a"), "d")).Message);
    }

    [Theory]
    [InlineData(1.5, "", "1.5")]
    [InlineData(2.0, ".3", "2.0")]
    [InlineData(1e20, ".3", "1e+20")]
    [InlineData(123.456, ".2", "1.2e+02")]
    [InlineData(3.0, ".0f", "3")]
    public void FloatFormatSpecs(double d, string spec, string expected)
    {
        using var s = new InterpreterScope();
        Assert.Equal(expected, FormatSpec.Format(s.Ts, PyValue.Float(d), spec));
    }

    [Fact]
    public void FormatValueForFStrings()
    {
        using var s = new InterpreterScope();
        Assert.Equal("'a'", s.Str(Ops.FormatValue(s.Ts, PyValue.Str("a"), 2, PyValue.Unbound)));
        Assert.Equal("  7", s.Str(Ops.FormatValue(s.Ts, PyValue.Int(7), 0, PyValue.Str(">3"))));
        Assert.Equal("x=1", s.Str(Ops.BuildString(new[] { PyValue.Str("x="), Ops.FormatValue(s.Ts, PyValue.Int(1), 0, PyValue.Unbound) })));
    }
}
