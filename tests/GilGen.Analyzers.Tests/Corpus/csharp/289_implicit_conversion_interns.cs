// group: implicit: operator/conversion
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C289;

public sealed class Tag
{
    private static readonly Dictionary<string, Tag> Interned = new Dictionary<string, Tag>();
    public readonly string Name;

    private Tag(string name) { Name = name; }

    public static implicit operator Tag(string name)
    {
        var tag = new Tag(name);
        Interned[name] = tag; // expect: GIL2006
        return tag;
    }
}

public static class Program
{
    public static void Run()
    {
        var names = new[] { "red", "green", "blue", "red" };
        var tags = new Tag[names.Length];
        Parallel.For(0, names.Length, i => { Tag t = names[i]; tags[i] = t; });
        Console.WriteLine(tags.Length);
    }
}
