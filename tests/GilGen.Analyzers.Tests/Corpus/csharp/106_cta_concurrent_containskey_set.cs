// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C106;

public sealed class Session
{
    public readonly List<string> Events = new List<string>();
}

public static class Program
{
    static readonly ConcurrentDictionary<string, Session> Sessions = new ConcurrentDictionary<string, Session>();

    static Session Open(string user)
    {
        if (!Sessions.ContainsKey(user)) // expect: GIL2005
            Sessions[user] = new Session(); // a second thread may replace the first one's session
        return Sessions[user];
    }

    public static void Run()
    {
        var users = new[] { "ann", "ann", "bob", "ann" };
        var opened = new Session[users.Length];
        Parallel.For(0, users.Length, i => opened[i] = Open(users[i]));
        Console.WriteLine(Sessions.Count);
    }
}
