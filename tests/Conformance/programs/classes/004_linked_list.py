# A singly linked list with an iterator class, __len__, __contains__, __getitem__ and __repr__.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("list index out of range")

    def __repr__(self):
        return "LinkedList(" + repr(list(self)) + ")"

ll = LinkedList([3, 1, 4])
print(ll, len(ll))
ll.append(1)
ll.prepend(5)
print(ll, len(ll), ll[0], ll[-1], ll[2])
print(4 in ll, 9 in ll)
ll.reverse()
print(ll)
print(ll.remove(1), ll.remove(42), ll)
print(sorted(ll), max(ll), sum(ll))
for x in ll:
    print("item", x)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), bool(ll))
it = iter(ll)
print(next(it), next(it), list(it))
