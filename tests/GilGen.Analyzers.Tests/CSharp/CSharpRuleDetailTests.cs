using System.Linq;
using System.Threading.Tasks;
using GilGen.Analyzers.CSharp;
using GilGen.Analyzers.Tests.Infrastructure;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>
/// What the markup cases do not show: the messages' arguments (the code fixes and the docs rely on
/// them), sources in several files, and that broken code is handled without an exception.
/// </summary>
public sealed class CSharpRuleDetailTests
{
    [Theory]
    [InlineData("""
        class Program
        {
            static int counter;
            static void Work() { counter++; }
            static void Main() { new Thread(Work).Start(); new Thread(Work).Start(); }
        }
        """, "'counter++' on 'Program.counter' is a read, a modify and a write; it runs on several threads (started by new Thread and new Thread in Program.Main) with no lock held")]
    [InlineData("""
        class Pump
        {
            int pumped;
            void Loop() { pumped += 2; }
            public void Start() { for (int i = 0; i < 4; i++) new Thread(Loop).Start(); }
        }
        """, "'pumped += 2' on 'Pump.pumped' is a read, a modify and a write; it runs on several threads (started in a loop by new Thread in Pump.Start) with no lock held")]
    [InlineData("""
        class Gauge
        {
            int level;
            public void Up() { level = level + 1; }
        }
        class Program
        {
            static void Main()
            {
                var g = new Gauge();
                var t = new Thread(g.Up);
                t.Start();
                Console.WriteLine(g);
                Parallel.Invoke(() => { }, () => { });
            }
        }
        """, null)]
    [InlineData("""
        class Program
        {
            static void Main()
            {
                int sum = 0;
                Parallel.For(0, 10, i => sum += i);
            }
        }
        """, "'sum += i' on 'sum' is a read, a modify and a write; it runs on several threads (started by Parallel.For in Program.Main) with no lock held")]
    public async Task GIL2001_message_names_the_operation_the_variable_and_the_evidence(string source, string? expected)
    {
        var run = await AnalyzeAsync(source);
        var messages = run.Diagnostics.Where(d => d.Id == "GIL2001").Select(d => d.GetMessage()).ToList();
        if (expected is null) Assert.Empty(messages);
        else Assert.Equal(expected, Assert.Single(messages));
    }

    [Fact]
    public async Task GIL2001_message_in_the_starter_after_the_start()
    {
        var run = await AnalyzeAsync("""
            class Program
            {
                static int counter;
                static void Work() { Interlocked.Increment(ref counter); }
                static void Main()
                {
                    var t = new Thread(Work);
                    t.Start();
                    counter++;
                    t.Join();
                }
            }
            """);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("'counter++' on 'Program.counter' is a read, a modify and a write; it runs on several threads (alongside the thread started by new Thread in Program.Main) with no lock held", diagnostic.GetMessage());
    }

    [Fact]
    public async Task GIL2002_GIL2003_GIL2004_messages()
    {
        var run = await AnalyzeAsync("""
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                volatile int version;
                int total;
                public void Bump() { version++; }
                public int Balance() => balance;
                public void Add(int x) { lock (gate) total = x; }
                public void Reset() { total = 0; }
            }
            class Program
            {
                static void Main()
                {
                    var account = new Account();
                    Parallel.Invoke(() => account.Add(1), account.Reset);
                }
            }
            """);
        var messages = run.Diagnostics.OrderBy(d => d.Id).Select(d => d.Id + ": " + d.GetMessage()).ToList();
        Assert.Equal(
            [
                "GIL2002: 'version++' on volatile field 'Account.version' is not atomic: volatile orders the read and the write, it does not join them",
                "GIL2003: 'Account.balance' is guarded by 'gate', which is not held here",
                "GIL2004: 'Account.total' is written under lock 'gate' elsewhere but without a lock here",
            ],
            messages);
    }

    [Fact]
    public Task Thread_entry_and_shared_code_in_different_files() =>
        AnalyzerVerifier.VerifyAsync(
            CSharpRuleCases.Analyzers(),
            [
                ("Program.cs", RuleCase.Usings + """
                    class Program
                    {
                        static void Main() => Parallel.For(0, 4, _ => Stats.Record());
                    }
                    """),
                ("Stats.cs", RuleCase.Usings + """
                    static class Stats
                    {
                        static int recorded;
                        public static void Record() => {|GIL2001:recorded++|};
                    }
                    """),
            ],
            []);

    [Theory]
    [InlineData("class C { static int n; static void M() { new Thread(() => n++).Start(; } }")]
    [InlineData("class C { static int n; static void M() { new Thread(Missing).Start(); Task.Run(() => n++); } }")]
    [InlineData("class C { static int n; static void M() { Parallel.For(0, 4, i => undefined++); n++; } }")]
    [InlineData("class C { Unknown gate; [GuardedBy(nameof(gate))] int n; void M() { lock (gate) n++; Monitor.Enter(); n--; } }")]
    [InlineData("class C { [GuardedBy(42)] int n; [GuardedBy] int m; [GuardedBy(null)] int k; void M() { n++; m++; k++; } }")]
    [InlineData("class C { volatile int n; void M() { lock () n++; using (x.EnterScope()) n++; } }")]
    [InlineData("class C : Missing, IMissing { static int n; public override void Run() { n++; } void M() => Task.Run(Run); }")]
    [InlineData("class C { static int n; void M() { var t = new Thread(); t.Start(); n++; t.Join(; } }")]
    [InlineData("partial class C { static int n; partial void P(); static void M() => Task.Run(() => new C().P()); partial void P() { n++; } }")]
    public async Task Broken_code_is_analyzed_without_an_exception(string source)
    {
        var run = await TestProject.AnalyzeAsync(TestProject.Create([("Test0.cs", RuleCase.Usings + source)]), CSharpRuleCases.Analyzers());
        Assert.Empty(run.Exceptions);
    }

    [Fact]
    public async Task A_read_modify_write_ten_thousand_operators_long_is_recognized()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("1", 10_000));
        var run = await AnalyzeAsync("class Program { static int x; static void Main() => Parallel.For(0, 2, _ => { x = x + " + sum + "; }); }");
        Assert.Equal("GIL2001", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public async Task GIL2005_and_GIL2006_messages_as_their_docs_pages_show_them()
    {
        var run = await AnalyzeAsync("""
            class Cache
            {
                static readonly Dictionary<int, string> s_names = new();
                static readonly object s_gate = new();
                static Cache? s_shared;

                static Cache Shared()
                {
                    if (s_shared == null) { lock (s_gate) { if (s_shared == null) s_shared = new Cache(); } }
                    return s_shared;
                }

                static void Main()
                {
                    Parallel.For(0, 100, i =>
                    {
                        if (!s_names.ContainsKey(i % 10)) s_names[i % 10] = i.ToString();
                        Shared();
                    });
                    var squares = new List<int>();
                    Parallel.For(0, 1000, i => squares.Add(i * i));
                }
            }
            """);
        var messages = run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Id + ": " + d.GetMessage()).ToList();
        Assert.Equal(
            [
                "GIL2005: 's_shared == null' checks 'Cache.s_shared' and then changes it: double-checked initialization without volatile lets another thread see the object before the writes that build it; it runs on several threads (started by Parallel.For in Cache.Main) with no lock held across the check and the change",
                "GIL2005: '!s_names.ContainsKey(i % 10)' checks 'Cache.s_names' and then changes it: another thread can change it between the check and 's_names[i % 10] = i.ToString()'; it runs on several threads (started by Parallel.For in Cache.Main) with no lock held across the check and the change",
                "GIL2006: 's_names[i % 10] = i.ToString()' changes the Dictionary<int, string> in 'Cache.s_names', which is not thread-safe; it runs on several threads (started by Parallel.For in Cache.Main) with no lock held",
                "GIL2006: 'squares.Add(i * i)' changes the List<int> in 'squares', which is not thread-safe; it runs on several threads (started by Parallel.For in Cache.Main) with no lock held",
            ],
            messages);
    }

    private static async Task<AnalyzerRun> AnalyzeAsync(string source)
    {
        var run = await TestProject.AnalyzeAsync(TestProject.Create([("Test0.cs", RuleCase.Usings + source)]), CSharpRuleCases.Analyzers());
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        return run;
    }
}
