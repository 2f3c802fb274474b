// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C333;

public sealed class Ticket
{
    public string Owner { get; set; }
}

public static class Program
{
    public static void Run()
    {
        var ticket = new Ticket();
        var agents = new[] { "ann", "bob", "cy", "dee" };
        var ts = agents.Select(a => Task.Run(() =>
        {
            if (ticket.Owner == null) ticket.Owner = a; // expect: GIL2005
        })).ToArray();
        Task.WaitAll(ts);
        Console.WriteLine(ticket.Owner);
    }
}
