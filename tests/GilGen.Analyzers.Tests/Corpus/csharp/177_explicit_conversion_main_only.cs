// group: implicit: operator/conversion
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C177;

public readonly struct Celsius
{
    public static int Conversions;
    public readonly double Degrees;

    public Celsius(double d) { Degrees = d; }

    public static explicit operator double(Celsius c)
    {
        Conversions++;
        return c.Degrees;
    }
}

public static class Program
{
    public static void Run()
    {
        var readings = new[] { new Celsius(20), new Celsius(22.5), new Celsius(19) };
        var avgTask = Task.Run(() => readings.Average(r => r.Degrees)); // no conversion on the task
        double sum = 0;
        foreach (var r in readings) sum += (double)r;
        Console.WriteLine(sum + " " + avgTask.Result + " " + Celsius.Conversions);
    }
}
