// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C198;

[Flags]
public enum Seen { None = 0, A = 1, B = 2, C = 4, D = 8 }

public static class Program
{
    static Seen _seen;

    static void Mark(Seen flag)
    {
        _seen |= flag; // expect: GIL2001
    }

    public static void Run()
    {
        Parallel.Invoke(() => Mark(Seen.A), () => Mark(Seen.B), () => Mark(Seen.C), () => Mark(Seen.D));
        Console.WriteLine(_seen);
    }
}
