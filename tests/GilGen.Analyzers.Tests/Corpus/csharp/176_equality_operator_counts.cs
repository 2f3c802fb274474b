// group: implicit: operator/conversion
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C176;

public sealed class Key
{
    public static int Comparisons;
    public readonly int Id;

    public Key(int id) { Id = id; }

    public static bool operator ==(Key a, Key b)
    {
        Comparisons++; // expect: GIL2001
        return a?.Id == b?.Id;
    }

    public static bool operator !=(Key a, Key b) => !(a == b);
    public override bool Equals(object o) => o is Key k && k.Id == Id;
    public override int GetHashCode() => Id;
}

public static class Program
{
    public static void Run()
    {
        var keys = Enumerable.Range(0, 50).Select(i => new Key(i % 7)).ToArray();
        int matches = 0;
        Parallel.For(0, keys.Length, i => { if (keys[i] == keys[0]) Interlocked.Increment(ref matches); });
        Console.WriteLine(matches);
    }
}
