# Linked list, stack and queue classes with dunders: len, iter, getitem, contains, reversed, repr, eq, bool.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v
    def __contains__(self, value):
        return any(v == value for v in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __add__(self, other):
        return LinkedList(list(self) + list(other))

ll = LinkedList([3, 1, 4])
ll.append(1); ll.append(5); ll.push_front(9)
print(ll, len(ll), bool(ll), ll[0], ll[-1], ll[2], 4 in ll, 7 in ll)
print(ll[1:4], ll[::2], list(reversed(ll)), sorted(ll), sum(ll), max(ll))
ll.remove(1); print(ll)
ll.reverse(); print(ll, ll.pop_front(), ll)
print(ll == LinkedList([1, 4, 3]), ll == [1, 4, 3], ll + LinkedList("ab"), LinkedList() == LinkedList([]), bool(LinkedList()))
for bad in [lambda: ll[10], lambda: ll.remove(42), lambda: LinkedList().pop_front()]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def enqueue(self, x):
        self._in.append(x)
    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("dequeue from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
    def __iter__(self):
        yield from reversed(self._out)
        yield from self._in

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.peek() != pairs[ch]:
                return False
            st.pop()
    return len(st) == 0
for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(t), balanced(t))
def rpn(expr):
    st = Stack()
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.push(int(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * +"))
try:
    rpn("1 +")
except IndexError as e:
    print("IndexError", e)
q = Queue()
for i in range(5):
    q.enqueue(i * i)
print(q.dequeue(), q.dequeue(), list(q), len(q))
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))], len(q))
try:
    q.dequeue()
except IndexError as e:
    print("IndexError", e)
