from collections import deque

queue = deque([1, 2])
print(queue.popleft(), queue.popleft())
print(queue.popleft())
