# A local read before it is assigned, in a quick loop.
def count_up():
    for i in range(3):
        if i == 0:
            print(later)
        later = i


count_up()
