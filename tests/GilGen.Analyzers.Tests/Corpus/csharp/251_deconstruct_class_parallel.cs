// group: implicit: Deconstruct
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C251;

public sealed class Version2
{
    public static int Deconstructions;
    public int Major { get; }
    public int Minor { get; }

    public Version2(int major, int minor) { Major = major; Minor = minor; }

    public void Deconstruct(out int major, out int minor)
    {
        major = Major;
        minor = Minor;
        Deconstructions += 1; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        var versions = Enumerable.Range(0, 50).Select(i => new Version2(i / 10, i % 10)).ToArray();
        var majors = new int[versions.Length];
        Parallel.For(0, versions.Length, i =>
        {
            (int major, int _) = versions[i];
            majors[i] = major;
        });
        Console.WriteLine(majors.Sum());
    }
}
