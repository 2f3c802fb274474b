// group: implicit: static constructor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C048;

public static class Registry
{
    public static int Loaded;
}

public static class PluginA
{
    static PluginA()
    {
        Registry.Loaded++; // expect: GIL2001
    }

    public static void Touch() { }
}

public static class PluginB
{
    static PluginB()
    {
        Registry.Loaded++; // expect: GIL2001
    }

    public static void Touch() { }
}

public static class Program
{
    public static void Run()
    {
        Task.WaitAll(Task.Run(PluginA.Touch), Task.Run(PluginB.Touch));
        Console.WriteLine(Registry.Loaded);
    }
}
