class BankError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


class InsufficientFunds(BankError):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}", code=1)
        self.need = need
        self.have = have


class AccountLocked(BankError):
    pass


def act(kind):
    if kind == 1:
        raise InsufficientFunds(100, 30)
    if kind == 2:
        raise AccountLocked("locked", 2)
    if kind == 3:
        raise KeyError("acct")
    if kind == 4:
        raise BankError("generic")
    return "fine"


for k in range(5):
    try:
        print(act(k))
    except InsufficientFunds as e:
        print("funds:", e, e.need - e.have, e.code)
    except (AccountLocked, KeyError) as e:
        print("locked or key:", type(e).__name__, e)
    except BankError as e:
        print("bank:", e, e.code, isinstance(e, Exception))
    finally:
        print("-- done", k)
try:
    raise InsufficientFunds(5, 1)
except Exception as e:
    print(type(e).__name__, e.args, isinstance(e, BankError))
