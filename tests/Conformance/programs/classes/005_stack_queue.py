# Stack and queue classes: __len__, __bool__, __contains__, __repr__, errors.
class EmptyError(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)
        return self

    def pop(self):
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        if not self:
            raise EmptyError("peek at empty stack")
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __contains__(self, item):
        return item in self._items

    def __repr__(self):
        return "Stack" + repr(self._items)

class Queue:
    def __init__(self, *items):
        self._in = list(items)
        self._out = []

    def put(self, item):
        self._in.append(item)

    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise EmptyError("get from empty queue")
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)

    def __bool__(self):
        return len(self) > 0

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), 2 in s, 7 in s)
print(s.pop(), s.pop(), s, bool(s))
s.pop()
print(s, bool(s), len(s))
for op in ["pop", "peek"]:
    try:
        getattr(s, op)()
    except EmptyError as e:
        print(type(e).__name__, e)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return len(st) == 0

for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(repr(t), balanced(t))

q = Queue(1, 2)
q.put(3)
print(len(q), q.get(), q.get())
q.put(4)
print(len(q), q.get(), q.get(), bool(q))
try:
    q.get()
except EmptyError as e:
    print("empty:", e)
print("yes" if q else "no", "yes" if Queue(0) else "no")
