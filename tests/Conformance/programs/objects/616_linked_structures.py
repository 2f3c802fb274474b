# A doubly linked list and a binary search tree with the container protocols: __iter__ (generators),
# __reversed__, __len__, __contains__, __getitem__ with negative indexes, and in-order traversal.


class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next, self.tail = self.tail, node, node
        self.size += 1

    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev, self.head = self.head, node, node
        self.size += 1

    def remove(self, value):
        node = self.head
        while node is not None and node.value != value:
            node = node.next
        if node is None:
            raise ValueError("%r not in list" % (value,))
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.size -= 1

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

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("list index out of range")
        for k, v in enumerate(self):
            if k == i:
                return v

    def __repr__(self):
        return "LinkedList([%s])" % ", ".join(map(repr, self))


ll = LinkedList(range(5))
ll.appendleft(-1)
ll.append(99)
print(ll, len(ll), list(reversed(ll)), ll[0], ll[-1], ll[3], 4 in ll, 42 in ll)
ll.remove(-1)
ll.remove(99)
ll.remove(2)
print(ll, len(ll), ll.head.value, ll.tail.value)
for bad in [lambda: ll.remove(7), lambda: ll[10]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)


class Tree:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
        else:
            node = self.root
            while True:
                side = 1 if key < node[0] else 2
                if node[side] is None:
                    node[side] = [key, None, None]
                    break
                node = node[side]
        self.count += 1

    def _walk(self, node):
        if node is not None:
            yield from self._walk(node[1])
            yield node[0]
            yield from self._walk(node[2])

    def __iter__(self):
        return self._walk(self.root)

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))


t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t), t.count, t.height(), sum(t), [k for k in t if k % 20 == 0])
