// group: precision: template method (lock held by every caller of a virtual)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C090;

public class Layout
{
    private readonly object _sync = new object();
    private int _renders;
    protected int Cached;

    public string Render(int value)
    {
        lock (_sync)
        {
            _renders++;
            return Precalculate(value);
        }
    }

    // Public and virtual, but in this program only Render calls it, always under _sync.
    public virtual string Precalculate(int value)
    {
        Cached++;
        return value.ToString();
    }
}

public sealed class JsonLayout : Layout
{
    public override string Precalculate(int value)
    {
        Cached += 2;
        return "{" + value + "}";
    }
}

public static class Program
{
    public static void Run()
    {
        Layout layout = new JsonLayout();
        Parallel.For(0, 50, i => layout.Render(i));
        Console.WriteLine(layout.Render(1));
    }
}
