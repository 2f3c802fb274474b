namespace GilGen.Emitter.Tests;

/// <summary>
/// multiprocessing's semaphores, conditions and queues across worker interpreters: a wait gives up only the
/// waiting process's GIL (the parent's other threads run meanwhile), a timed wait ends at its timeout, an item a
/// Queue cannot pickle is reported and dropped as CPython's feeder thread does, and what only inheritance may
/// carry is refused elsewhere with CPython's RuntimeError, also through a queue.
/// </summary>
public sealed class ProcessSyncObjectRunTests
{
    [Fact]
    public void A_thread_blocked_on_a_process_queue_lets_the_other_threads_of_its_process_run()
    {
        // The main thread waits in get() while a thread of the same process must run to put the item: a get
        // that kept the GIL would never return.
        var stdout = ExampleRunTests.CompileAndRunOk("queue_gil", """
            import multiprocessing as mp
            import threading
            def later(q, sem):
                sem.acquire()
                q.put("from a thread")
            if __name__ == "__main__":
                q = mp.Queue()
                sem = mp.Semaphore(0)
                t = threading.Thread(target=later, args=(q, sem))
                t.start()
                sem.release()
                print(q.get(timeout=30))
                t.join()
            """);
        Assert.Equal("from a thread\n", stdout);
    }

    [Fact]
    public void Timed_waits_return_false_or_raise_at_their_timeout()
    {
        var stdout = ExampleRunTests.CompileAndRunOk("timed_waits", """
            import multiprocessing as mp
            import queue
            if __name__ == "__main__":
                s = mp.Semaphore(0)
                e = mp.Event()
                c = mp.Condition()
                with c:
                    waited = c.wait(0.01)
                q = mp.Queue(1)
                q.put(0)
                try:
                    q.put(1, timeout=0.01)
                except queue.Full:
                    full = "Full"
                q.get()
                try:
                    q.get(timeout=0.01)
                except queue.Empty:
                    empty = "Empty"
                print(s.acquire(timeout=0.01), e.wait(0.01), waited, full, empty, q.qsize())
            """);
        Assert.Equal("False False False Full Empty 0\n", stdout);
    }

    [Fact]
    public void A_condition_wakes_a_waiter_in_another_process()
    {
        var stdout = ExampleRunTests.CompileAndRunOk("condition_process", """
            import multiprocessing as mp
            def wait_for_three(cond, v, out):
                with cond:
                    out.put(cond.wait_for(lambda: v.value == 3, 30))
            if __name__ == "__main__":
                cond = mp.Condition()
                v = mp.Value('i', 0, lock=False)
                out = mp.SimpleQueue()
                p = mp.Process(target=wait_for_three, args=(cond, v, out))
                p.start()
                for _ in range(3):
                    with cond:
                        v.value += 1
                        cond.notify_all()
                print(out.get())
                p.join()
                print(p.exitcode)
            """);
        Assert.Equal("True\n0\n", stdout);
    }

    [Fact]
    public void Terminate_ends_a_process_blocked_on_a_queue_a_semaphore_or_an_event()
    {
        // join(30): a wait that terminate() could not end fails the test instead of hanging it.
        var stdout = ExampleRunTests.CompileAndRunOk("terminate_blocked", """
            import multiprocessing as mp
            import time
            def blocked_get(q):
                q.get()
            def blocked_sem(s):
                s.acquire()
            def blocked_event(e):
                e.wait()
            if __name__ == "__main__":
                q = mp.Queue()
                s = mp.Semaphore(0)
                e = mp.Event()
                ps = [mp.Process(target=blocked_get, args=(q,)), mp.Process(target=blocked_sem, args=(s,)),
                      mp.Process(target=blocked_event, args=(e,))]
                for p in ps:
                    p.start()
                time.sleep(0.2)
                for p in ps:
                    p.terminate()
                for p in ps:
                    p.join(30)
                print([p.exitcode for p in ps])
                s.release()
                print(s.acquire(timeout=1))
            """);
        Assert.Equal("[-15, -15, -15]\nTrue\n", stdout);
    }

    [Fact]
    public void An_item_a_queue_cannot_pickle_is_reported_on_stderr_and_dropped()
    {
        var (stdout, stderr) = ExampleRunTests.CompileAndRun("queue_unpicklable", """
            import multiprocessing as mp
            import threading
            if __name__ == "__main__":
                q = mp.Queue(2)
                q.put(threading.Lock())
                q.put(mp.Lock())
                q.put("kept")
                print(q.qsize(), q.get(timeout=30), q.qsize())
            """);
        Assert.Equal("1 kept 0\n", stdout);
        Assert.Contains("TypeError: cannot pickle '_thread.lock' object\n", stderr);
        Assert.Contains("RuntimeError: Lock objects should only be shared between processes through inheritance\n", stderr);
    }

    [Fact]
    public void A_lock_given_to_a_pool_task_is_refused_but_its_initargs_may_carry_one()
    {
        var stdout = ExampleRunTests.CompileAndRunOk("pool_lock", """
            import multiprocessing as mp
            held = None
            def init(lock):
                global held
                held = lock
            def take(x):
                with held:
                    return x + 1
            def use(lock):
                return 0
            if __name__ == "__main__":
                with mp.Pool(1, initializer=init, initargs=(mp.Lock(),)) as pool:
                    print(pool.map(take, [1, 2]))
                    for obj in (mp.Lock(), mp.Semaphore(), mp.Event(), mp.Queue(), mp.Value('i')):
                        try:
                            pool.apply(use, (obj,))
                        except RuntimeError as e:
                            print(e)
            """);
        Assert.Equal(
            "[2, 3]\n" +
            "Lock objects should only be shared between processes through inheritance\n" +
            "Semaphore objects should only be shared between processes through inheritance\n" +
            "Condition objects should only be shared between processes through inheritance\n" +
            "Queue objects should only be shared between processes through inheritance\n" +
            "Synchronized objects should only be shared between processes through inheritance\n", stdout);
    }
}
