// group: implicit: Dispose from using
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C284;

public sealed class Digits : IEnumerable<int>
{
    public static int Disposed;

    public IEnumerator<int> GetEnumerator() => new Enumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator : IEnumerator<int>
    {
        private int _i = -1;
        public int Current => _i;
        object System.Collections.IEnumerator.Current => _i;
        public bool MoveNext() => ++_i < 10;
        public void Reset() => _i = -1;

        public void Dispose()
        {
            Disposed++; // expect: GIL2001
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var digits = new Digits();
        Parallel.For(0, 100, _ =>
        {
            int s = 0;
            foreach (var d in digits) s += d; // foreach disposes the enumerator
        });
        Console.WriteLine(Digits.Disposed);
    }
}
