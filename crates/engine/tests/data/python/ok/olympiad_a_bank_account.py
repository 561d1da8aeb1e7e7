# Bank accounts with closures and a transaction log; errors are caught and counted.
def make_account(owner, balance=0):
    log = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        log.append(("deposit", amount, balance))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"not enough money: {balance} < {amount}")
        balance -= amount
        log.append(("withdraw", amount, balance))
        return balance

    def info():
        return owner, balance, list(log)

    return {"deposit": deposit, "withdraw": withdraw, "info": info}

accounts = {name: make_account(name, start) for name, start in [("Asel", 100), ("Bakyt", 50), ("Dana", 0)]}
operations = [
    ("Asel", "deposit", 250), ("Bakyt", "withdraw", 80), ("Dana", "deposit", -5),
    ("Dana", "deposit", 40), ("Asel", "withdraw", 120), ("Bakyt", "deposit", 35),
    ("Erlan", "deposit", 10), ("Asel", "withdraw", 500), ("Bakyt", "withdraw", 85),
    ("Dana", "transfer", 5),
]
errors = 0
for who, op, amount in operations:
    try:
        result = accounts[who][op](amount)
        print(f"{who:<6} {op:<8} {amount:>5} -> balance {result:>5}")
    except ValueError as e:
        errors += 1
        print(f"{who:<6} {op:<8} {amount:>5} -> error: {e}")
    except KeyError as e:
        errors += 1
        print(f"{who:<6} {op:<8} {amount:>5} -> unknown {e}")
    finally:
        pass
print("errors:", errors)
for name in sorted(accounts):
    owner, bal, log = accounts[name]["info"]()
    print(f"{owner}: {bal}")
    for kind, amount, after in log:
        print(f"    {kind:<9}{amount:>6}{after:>7}")
rate = 0.07
bal = 1000.0
for year in range(1, 6):
    bal *= 1 + rate
    print(f"year {year}: {bal:10.2f} {round(bal)}")
