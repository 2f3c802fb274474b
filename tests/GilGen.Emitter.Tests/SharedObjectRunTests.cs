namespace GilGen.Emitter.Tests;

/// <summary>
/// multiprocessing's shared objects across worker interpreters: a Value's memory is one for every process (a
/// write in a child is read by the parent), its lock makes <c>+=</c> exact, a Manager's dict is reached by proxies
/// from several processes; and the builtin exception groups are the same classes in every interpreter.
/// </summary>
public sealed class SharedObjectRunTests
{
    [Fact]
    public void A_value_and_an_array_written_by_children_are_read_by_the_parent()
    {
        var stdout = ExampleRunTests.CompileAndRunOk("shared_value", """
            import multiprocessing as mp
            def work(v, a, k):
                for _ in range(1000):
                    with v.get_lock():
                        v.value += 1
                a[k] = k + 10
            if __name__ == "__main__":
                v = mp.Value('i', 0)
                a = mp.Array('d', 3)
                ps = [mp.Process(target=work, args=(v, a, k)) for k in range(3)]
                for p in ps:
                    p.start()
                for p in ps:
                    p.join()
                print(v.value, a[:], [p.exitcode for p in ps])
            """);
        Assert.Equal("3000 [10.0, 11.0, 12.0] [0, 0, 0]\n", stdout);
    }

    [Fact]
    public void A_managers_dict_is_shared_through_proxies()
    {
        var stdout = ExampleRunTests.CompileAndRunOk("manager_dict", """
            import multiprocessing as mp
            def put(d, k):
                d[k] = k * k
            if __name__ == "__main__":
                with mp.Manager() as m:
                    d = m.dict()
                    ps = [mp.Process(target=put, args=(d, k)) for k in range(4)]
                    for p in ps:
                        p.start()
                    for p in ps:
                        p.join()
                    print(sorted(d.items()), type(d).__name__)
            """);
        Assert.Equal("[(0, 0), (1, 1), (2, 4), (3, 9)] DictProxy\n", stdout);
    }

    [Fact]
    public void Exception_groups_are_the_same_builtins_in_a_worker()
    {
        var stdout = ExampleRunTests.CompileAndRunOk("groups_in_worker", """
            import multiprocessing as mp
            def make(_):
                eg = ExceptionGroup("w", [ValueError(1), KeyError(2)])
                return eg, type(eg) is ExceptionGroup
            if __name__ == "__main__":
                with mp.Pool(1) as pool:
                    eg, same = pool.apply(make, (0,))
                print(same, type(eg) is ExceptionGroup, repr(eg), eg.split(KeyError)[0].exceptions)
            """);
        Assert.Equal("True True ExceptionGroup('w', [ValueError(1), KeyError(2)]) (KeyError(2),)\n", stdout);
    }
}
