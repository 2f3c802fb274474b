# An LRU cache class built on a dict and a doubly linked list, with dunders, stats and eviction callbacks.
class _Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
        self.on_evict = on_evict
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            if self.on_evict:
                self.on_evict(lru.key, lru.value)
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v
    __setitem__ = put
    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next
    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{items}}})"

evicted = []
cache = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"]:
    parts = op.split()
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
        print(op, "->", cache)
    else:
        print(op, "->", cache.get(parts[1]), cache)
print("evicted", evicted, "hits", cache.hits, "misses", cache.misses, "len", len(cache), list(cache))
cache["z"] = 26
print(cache["z"], "z" in cache, "b" in cache)
del cache["z"]
print(cache)
for bad in ["z", "nope"]:
    try:
        cache[bad]
    except KeyError as e:
        print("KeyError", e)
try:
    del cache["nope"]
except KeyError as e:
    print("del KeyError", e)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)

def cached(capacity):
    def decorate(fn):
        store = LRUCache(capacity)
        def wrapper(*args):
            if args in store:
                return store[args]
            result = fn(*args)
            store[args] = result
            return result
        wrapper.cache = store
        return wrapper
    return decorate

calls = []
@cached(50)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache.hits, fib.cache.misses, len(fib.cache))
print(fib(80), len(calls))
