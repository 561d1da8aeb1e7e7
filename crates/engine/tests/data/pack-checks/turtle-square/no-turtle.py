for side in range(4):
    print('side', side)
