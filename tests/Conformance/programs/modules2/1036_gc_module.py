# gc: the settings read back as set; collect() returns 0 (GilGen frees by reference counting only, as this program
# does not make cycles); the callbacks are called around a collection; stats count the collections.
import gc


class Obj:
    pass


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.garbage, gc.callbacks)

phases = []


def cb(phase, info):
    phases.append((phase, sorted(info.items())))


gc.callbacks.append(cb)
before = [s["collections"] for s in gc.get_stats()]
print(gc.collect(), gc.collect(0), gc.collect(generation=1))
after = [s["collections"] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])
print(phases)
gc.callbacks.remove(cb)
print(sorted(gc.get_stats()[2].keys()), len(gc.get_stats()))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None), gc.is_tracked(b"x"))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({1: []}), gc.is_tracked(Obj()))
print(gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(set()), gc.is_tracked(gc), gc.is_tracked(print))


class Phoenix:
    saved = None

    def __del__(self):
        Phoenix.saved = self


p = Phoenix()
print(gc.is_finalized(p))
del p
print(gc.is_finalized(Phoenix.saved), gc.is_finalized(Obj()))
gc.freeze()
gc.unfreeze()
print(isinstance(gc.get_freeze_count(), int))
print("end")
