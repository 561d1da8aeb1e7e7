# namedtuple fields are read-only
from collections import namedtuple

Account = namedtuple("Account", "owner balance")
acc = Account("ann", 100)
print(acc)
acc = acc._replace(balance=acc.balance + 50)
print(acc.owner, acc.balance)
acc.balance = 0
print("changed", acc)
