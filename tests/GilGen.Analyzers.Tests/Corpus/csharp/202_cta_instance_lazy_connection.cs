// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C202;

public sealed class Connection
{
    public static int Opened;
    public Connection() { Interlocked.Increment(ref Opened); }
}

public sealed class Repository
{
    private Connection _connection;

    public Connection Connection
    {
        get
        {
            if (_connection == null) _connection = new Connection(); // expect: GIL2005
            return _connection;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var repo = new Repository();
        Parallel.For(0, 16, _ => { var c = repo.Connection; });
        Console.WriteLine(Connection.Opened);
    }
}
