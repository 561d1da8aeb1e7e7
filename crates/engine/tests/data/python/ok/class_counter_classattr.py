class Ticket:
    issued = 0
    log = []

    def __init__(self, owner):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.owner = owner
        Ticket.log.append(owner)

    def __repr__(self):
        return f"Ticket#{self.number}<{self.owner}>"


t1 = Ticket("ann")
t2 = Ticket("bob")
t3 = Ticket("cid")
print(t1, t2, t3)
print(Ticket.issued, t1.issued, t3.issued)
print(Ticket.log)
print(t2.log is Ticket.log)
t1.issued = 100
print(t1.issued, Ticket.issued)
tickets = [Ticket(n) for n in "xyz"]
print(tickets)
print(Ticket.issued, len(Ticket.log))
print([t.number for t in tickets if t.number % 2 == 0])
