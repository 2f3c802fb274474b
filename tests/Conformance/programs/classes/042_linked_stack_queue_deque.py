# A deque built from doubly linked nodes: both ends, reversed iteration, equality and repr.
class DNode:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None

class Deque:
    def __init__(self, items=()):
        self.head = None
        self.tail = None
        self.size = 0
        for x in items:
            self.push_back(x)

    def push_back(self, value):
        node = DNode(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def push_front(self, value):
        node = DNode(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next = self.head
            self.head.prev = node
            self.head = node
        self.size += 1

    def pop_back(self):
        if self.tail is None:
            raise IndexError("pop from an empty deque")
        node = self.tail
        self.tail = node.prev
        if self.tail is None:
            self.head = None
        else:
            self.tail.next = None
        self.size -= 1
        return node.value

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from an empty deque")
        node = self.head
        self.head = node.next
        if self.head is None:
            self.tail = None
        else:
            self.head.prev = None
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __len__(self):
        return self.size

    def __eq__(self, other):
        return isinstance(other, Deque) and list(self) == list(other)

    def __repr__(self):
        return "Deque(%r)" % list(self)

d = Deque([1, 2, 3])
d.push_front(0)
d.push_back(4)
print(d, len(d), list(reversed(d)))
print(d.pop_front(), d.pop_back(), d)
print(d == Deque([1, 2, 3]), d == [1, 2, 3], d != Deque())
while d:
    print("popped", d.pop_back(), len(d))
for method in (d.pop_back, d.pop_front):
    try:
        method()
    except IndexError as e:
        print("IndexError:", e)
window = Deque()
out = []
for x in [5, 1, 4, 2, 8, 3]:
    window.push_back(x)
    if len(window) > 3:
        window.pop_front()
    out.append(max(window))
print(out, window)
