#:package Microsoft.Diagnostics.Tracing.TraceEvent
#:property TreatWarningsAsErrors=false
// Reads a trace of `dotnet-trace collect --profile gc-verbose` (benchmarks/allocations.sh makes one) and prints where
// the process allocated: the bytes by .NET type, from the runtime's AllocationTick samples (one per ~100 KB), or with
// a type name the stacks that allocated it, so that an allocation can be traced to the Python operation behind it.
//
//   dotnet run AllocationReport.cs -- TRACE.nettrace [TOP]
//   dotnet run AllocationReport.cs -- TRACE.nettrace --stacks TYPE-SUBSTRING [DEPTH]
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

if (args.Length >= 3 && args[1] == "--stacks") PrintStacks(args[0], args[2], args.Length > 3 ? int.Parse(args[3]) : 6);
else if (args.Length >= 1) PrintTypes(args[0], args.Length > 1 ? int.Parse(args[1]) : 25);
else Console.Error.WriteLine("usage: AllocationReport.cs TRACE.nettrace [TOP] | TRACE.nettrace --stacks TYPE [DEPTH]");

static void PrintTypes(string trace, int top)
{
    var bytes = new Dictionary<string, long>();
    long all = 0;
    using (var source = new EventPipeEventSource(trace))
    {
        source.Clr.GCAllocationTick += e =>
        {
            string name = e.TypeName ?? "?";
            bytes[name] = bytes.GetValueOrDefault(name) + e.AllocationAmount64;
            all += e.AllocationAmount64;
        };
        source.Process();
    }
    Console.WriteLine($"sampled: {all / 1048576.0:F1} MB");
    foreach (var (type, n) in bytes.OrderByDescending(p => p.Value).Take(top))
        Console.WriteLine($"{n * 100.0 / Math.Max(all, 1),6:F1}%  {n / 1048576.0,8:F1} MB  {type}");
}

static void PrintStacks(string trace, string type, int depth)
{
    using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(trace));
    var bytes = new Dictionary<string, long>();
    foreach (var ev in log.Events)
    {
        if (ev is not GCAllocationTickTraceData e || e.TypeName is not string name || !name.Contains(type)) continue;
        var frames = new List<string>();
        for (var frame = ev.CallStack(); frame != null && frames.Count < depth; frame = frame.Caller)
            if (frame.CodeAddress.FullMethodName is { Length: > 0 } method) frames.Add(method.Length > 120 ? method[..120] : method);
        string key = string.Join("\n      <- ", frames);
        bytes[key] = bytes.GetValueOrDefault(key) + e.AllocationAmount64;
    }
    foreach (var (stack, n) in bytes.OrderByDescending(p => p.Value).Take(10))
        Console.WriteLine($"{n / 1048576.0,8:F1} MB  {stack}\n");
}
