# tiny stack calculator driven by command tuples
program = [
    ("push", 5),
    ("push", 7),
    ("add",),
    ("push", 3),
    ("mul",),
    ("dup",),
    ("print",),
    ("push", 4),
    ("swap",),
    ("sub",),
    ("print",),
    ("jmpz", 99),
    ("pop",),
    ("print",),
    ("halt",),
    ("push", 1000),
]

stack = []
pc = 0
steps = 0
while pc < len(program):
    cmd = program[pc]
    pc += 1
    steps += 1
    match cmd:
        case ("push", int(v)):
            stack.append(v)
        case (("add" | "sub" | "mul") as op,):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
        case ("dup",):
            stack.append(stack[-1])
        case ("swap",):
            stack[-1], stack[-2] = stack[-2], stack[-1]
        case ("pop",):
            print("popped", stack.pop())
        case ("print",):
            print("stack:", stack)
        case ("jmpz", target):
            if stack and stack[-1] == 0:
                pc = target
            else:
                print("no jump to", target)
        case ("halt",):
            print("halt after", steps, "steps")
            break
        case unknown:
            print("unknown command", unknown)
print("final", stack)
