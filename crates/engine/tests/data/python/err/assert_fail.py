# assert сәтсіз
def average(marks):
    assert len(marks) > 0, "бағалар тізімі бос"
    return sum(marks) / len(marks)

print(average([5, 4]))
print(average([]))
