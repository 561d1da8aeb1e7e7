# assert тексеру
def average(marks):
    assert len(marks) > 0, "тізім бос"
    return sum(marks) / len(marks)

print(average([4, 5]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("хабарсыз:", repr(str(e)))
