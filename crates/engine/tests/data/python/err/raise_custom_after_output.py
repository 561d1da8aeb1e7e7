# Өзіміз қате шақырамыз
balance = 1000
for amount in [200, 300, 700]:
    if amount > balance:
        raise RuntimeError(f"қаражат жетпейді: {balance} < {amount}")
    balance -= amount
    print("Шешілді:", amount, "қалды:", balance)
