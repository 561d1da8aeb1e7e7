class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds in #{self.id}")
        self.balance -= amount
        self.history.append(("wd", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"


class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.deposit(round(self.balance * self.rate, 2))


a, b, s = Account("ann", 100), Account("bob"), Savings("sue", 1000)
ops = [(a.deposit, 50), (a.withdraw, 500), (b.deposit, -5), (a.transfer, None), (s.add_interest, None)]
for op, arg in ops:
    try:
        if op == a.transfer:
            op(b, 70)
        elif arg is None:
            op()
        else:
            op(arg)
        print("ok", a, b, s)
    except ValueError as e:
        print("failed:", e)
print(a.history, b.history, s.history)
print(sorted([a, b, s], key=lambda x: x.balance))
print(sum(x.balance for x in [a, b, s]))
