// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C105;

public sealed class Session
{
    public Session(string user) { User = user; }
    public string User { get; }
}

public static class Program
{
    static readonly ConcurrentDictionary<string, Lazy<Session>> Sessions =
        new ConcurrentDictionary<string, Lazy<Session>>();

    static Session Get(string user) =>
        Sessions.GetOrAdd(user, u => new Lazy<Session>(() => new Session(u))).Value;

    public static void Run()
    {
        var users = new[] { "ann", "bob", "ann", "ann", "bob" };
        var got = new Session[users.Length];
        Parallel.For(0, users.Length, i => got[i] = Get(users[i]));
        Console.WriteLine(ReferenceEquals(got[0], got[2]));
    }
}
