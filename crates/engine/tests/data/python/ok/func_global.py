# global айнымалы
score = 0
def add_points(p):
    global score
    score += p
    return score

add_points(10)
add_points(5)
print(score)
def read_only():
    return score * 2
print(read_only())
def shadow():
    score = -1
    return score
print(shadow(), score)
