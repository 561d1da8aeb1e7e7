class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push_front(v)

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, v):
        prev, cur = None, self.head
        while cur and cur.value != v:
            prev, cur = cur, cur.next
        if cur is None:
            raise ValueError(f"{v} not in list")
        if prev is None:
            self.head = cur.next
        else:
            prev.next = cur.next
        self.size -= 1

    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.push_front(0)
ll.reverse()
print(ll, list(ll), sum(ll))
ll.remove(2)
ll.remove(4)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("error:", e)
print(LinkedList(), len(LinkedList()))
print([x * 10 for x in ll])
