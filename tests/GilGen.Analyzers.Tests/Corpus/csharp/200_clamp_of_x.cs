// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C200;

public static class Program
{
    static int _volume = 5;

    static int Clamp(int v) => v < 0 ? 0 : v > 10 ? 10 : v;

    static void Louder() { _volume = Clamp(_volume + 1); } // expect: GIL2001

    static void Quieter() { _volume = Clamp(_volume - 1); } // expect: GIL2001

    public static void Run()
    {
        var up = Task.Run(() => { for (int i = 0; i < 100; i++) Louder(); });
        var down = Task.Run(() => { for (int i = 0; i < 100; i++) Quieter(); });
        Task.WaitAll(up, down);
        Console.WriteLine(_volume);
    }
}
