def double(x):
    print(x * 2)
