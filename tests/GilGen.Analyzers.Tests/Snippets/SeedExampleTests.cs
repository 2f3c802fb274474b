using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>GIL1001 on the seed programs: the two races are found, the locked and pooled versions are left alone.</summary>
public sealed class SeedExampleTests
{
    [Fact]
    public Task Example_04_reports_n_plus_equals_1_as_a_py_file()
        => VerifyPythonAsync(Example("04_race_100_threads.py").Replace("    n += 1", "    [|n += 1|]"));

    [Fact]
    public Task Example_04_reports_n_plus_equals_1_in_a_GilModule()
        => VerifyCSharpAsync(InModule(Example("04_race_100_threads.py").Replace("    n += 1", "    [|n += 1|]")));

    [Fact]
    public Task Example_07_reports_counter_plus_equals_1_as_a_py_file()
        => VerifyPythonAsync(Example("07_race_counter.py").Replace("counter += 1", "[|counter += 1|]"));

    [Fact]
    public Task Example_07_reports_counter_plus_equals_1_in_a_GilModule()
        => VerifyCSharpAsync(InModule(Example("07_race_counter.py").Replace("counter += 1", "[|counter += 1|]")));

    [Fact]
    public async Task Example_07_message_names_the_instructions_CPython_3_9_runs()
    {
        // python3.9: dis.dis(increment) shows line 11 as LOAD_GLOBAL 1 (counter), LOAD_CONST 2 (1), INPLACE_ADD, STORE_GLOBAL 1 (counter).
        var messages = await PythonMessagesAsync(Example("07_race_counter.py"));
        Assert.Equal(
            ["'counter += 1' is not atomic: another thread can run between LOAD_GLOBAL counter, LOAD_CONST 1, INPLACE_ADD, STORE_GLOBAL counter; hold a lock around it"],
            messages);
    }

    [Fact]
    public async Task Example_04_message_names_the_instructions_CPython_3_9_runs()
    {
        // python3.9: dis.dis(foo) shows LOAD_GLOBAL 0 (n), LOAD_CONST 1 (1), INPLACE_ADD, STORE_GLOBAL 0 (n).
        var messages = await PythonMessagesAsync(Example("04_race_100_threads.py"));
        Assert.Equal(
            ["'n += 1' is not atomic: another thread can run between LOAD_GLOBAL n, LOAD_CONST 1, INPLACE_ADD, STORE_GLOBAL n; hold a lock around it"],
            messages);
    }

    [Theory]
    [InlineData("06_lock_100_threads.py")]
    [InlineData("08_lock_counter.py")]
    [InlineData("12_thread_pool.py")] // its tasks only add to a local total
    [InlineData("13_process_pool.py")] // workers are processes: nothing is shared
    [InlineData("02_countdown_two_threads.py")] // n is a parameter
    [InlineData("14_rlock_and_errors.py")]
    public async Task Examples_without_a_race_are_silent(string name)
    {
        await VerifyPythonAsync(Example(name));
        await VerifyCSharpAsync(InModule(Example(name)));
    }
}
