using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>
/// The message names the instructions from the read of the target to its store, as CPython 3.9
/// compiles the statement. Every expected list below is what <c>python3.9 -m dis</c> prints for
/// the same source (checked by hand; the tests do not need Python).
/// </summary>
public sealed class InstructionMessageTests
{
    private const string Program = """
        import threading

        n = 0
        d = {}

        class C:
            def m(self, k):
                self.v += 1
                self.a.b = self.a.b + k

        c = C()

        def f(k):
            global n
            total = 0
            def inner():
                nonlocal total
                total *= 2
            ts = [threading.Thread(target=inner) for _ in range(2)]
            if k < 10: n += 1
            n = n + k
            d[k] += 1
            d[k][k] -= n
            n += (
                k)
            c.m(k)

        threads = [threading.Thread(target=f, args=(3,)) for i in range(2)]
        """;

    [Fact]
    public async Task Each_kind_of_target_names_its_own_instructions()
    {
        var messages = await PythonMessagesAsync(Program);
        Assert.Equal(
            [
                Message("self.v += 1", "LOAD_ATTR v, LOAD_CONST 1, INPLACE_ADD, ROT_TWO, STORE_ATTR v"),
                Message("self.a.b = self.a.b + k", "LOAD_ATTR b, LOAD_FAST k, BINARY_ADD, LOAD_FAST self, LOAD_ATTR a, STORE_ATTR b"),
                Message("total *= 2", "LOAD_DEREF total, LOAD_CONST 2, INPLACE_MULTIPLY, STORE_DEREF total"),
                // The test on the same line reads n first; the statement's own read is the second.
                Message("n += 1", "LOAD_GLOBAL n, LOAD_CONST 1, INPLACE_ADD, STORE_GLOBAL n"),
                Message("n = n + k", "LOAD_GLOBAL n, LOAD_FAST k, BINARY_ADD, STORE_GLOBAL n"),
                Message("d[k] += 1", "BINARY_SUBSCR, LOAD_CONST 1, INPLACE_ADD, ROT_THREE, STORE_SUBSCR"),
                // d[k] is read first to get the container; the target's read is the second BINARY_SUBSCR.
                Message("d[k][k] -= n", "BINARY_SUBSCR, LOAD_GLOBAL n, INPLACE_SUBTRACT, ROT_THREE, STORE_SUBSCR"),
                Message("n += ( k)", "LOAD_GLOBAL n, LOAD_FAST k, INPLACE_ADD, STORE_GLOBAL n"),
            ],
            messages);
    }

    [Fact]
    public async Task Without_bytecode_the_message_describes_the_read_and_the_write()
    {
        // socket is not a module GilGen provides: the compiler stops (GIL0003) and there is no code object.
        var messages = await PythonMessagesAsync("""
            import threading
            import socket

            n = 0

            def worker():
                global n
                n += 1

            threads = [threading.Thread(target=worker) for _ in range(4)]
            """);
        Assert.Equal([Message("n += 1", "reading 'n' and writing it back")], messages);
    }

    private static string Message(string statement, string between)
        => $"'{statement}' is not atomic: another thread can run between {between}; hold a lock around it";
}
