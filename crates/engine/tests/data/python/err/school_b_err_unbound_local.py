# UnboundLocalError: assigning a global inside a function
counter = 0
def bump():
    counter += 1
    return counter
print("counter is", counter)
bump()
