# Шегіністер сәйкес емес
def f(x):
    if x > 0:
        print("оң")
      print("?")
    return x
