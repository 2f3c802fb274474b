// group: implicit: Deconstruct
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C170;

public readonly struct Point
{
    public Point(int x, int y) { X = x; Y = y; }
    public int X { get; }
    public int Y { get; }
}

public static class PointExtensions
{
    public static int Calls;

    public static void Deconstruct(this Point p, out int x, out int y)
    {
        Calls++; // expect: GIL2001
        x = p.X;
        y = p.Y;
    }
}

public static class Program
{
    public static void Run()
    {
        var points = Enumerable.Range(0, 100).Select(i => new Point(i, -i)).ToArray();
        long sum = 0;
        Parallel.ForEach(points, p =>
        {
            var (x, y) = p;
            Interlocked.Add(ref sum, x - y);
        });
        Console.WriteLine(sum + " " + PointExtensions.Calls);
    }
}
