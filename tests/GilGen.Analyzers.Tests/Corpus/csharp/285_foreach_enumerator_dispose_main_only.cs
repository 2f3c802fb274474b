// group: implicit: Dispose from using
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C285;

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
        public void Dispose() { Disposed++; }
    }
}

public static class Program
{
    public static void Run()
    {
        var digits = new Digits();
        var background = Task.Run(() => Enumerable.Range(0, 10).Sum()); // does not enumerate Digits
        int s = 0;
        for (int k = 0; k < 5; k++)
            foreach (var d in digits) s += d;
        Console.WriteLine(s + background.Result + Digits.Disposed);
    }
}
