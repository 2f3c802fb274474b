# The start-method API: get_start_method (fork by default on Linux), get_all_start_methods, set_start_method
# and its errors, the contexts and their Process classes.
import multiprocessing as mp


def work():
    print("child start method", mp.get_start_method())


if __name__ == "__main__":
    print(mp.get_start_method(allow_none=True))
    print(mp.get_all_start_methods())
    print(mp.get_start_method())
    print(mp.get_start_method(allow_none=True))
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError", e)
    mp.set_start_method("spawn", force=True)
    print(mp.get_start_method())
    mp.set_start_method(None, force=True)
    print(mp.get_start_method(allow_none=True))
    mp.set_start_method("fork")
    print(mp.get_start_method())
    for name in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(name)
        print(name, type(ctx).__name__, type(ctx).__module__, ctx.get_start_method(), ctx.Process.__name__,
              ctx.get_context() is ctx, mp.get_context(name) is ctx)
        try:
            ctx.set_start_method("spawn")
        except ValueError as e:
            print("ValueError", e)
    print(type(mp.get_context()).__name__, mp.get_context() is mp.get_context("fork"))
    try:
        mp.get_context("thread")
    except ValueError as e:
        print("ValueError", e)
    try:
        mp.set_start_method("nope", force=True)
    except ValueError as e:
        print("ValueError", e)
    print(type(mp.Process()).__name__, type(mp.get_context("spawn").Process()).__name__)
    p = mp.Process(target=work)
    p.start()
    p.join()
    q = mp.get_context("fork").Process(target=work)
    q.start()
    q.join()
    print(p.exitcode, q.exitcode)
