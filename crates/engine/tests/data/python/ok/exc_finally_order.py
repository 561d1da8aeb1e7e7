# try / except / else / finally реті
def test(x):
    try:
        print("  try", x)
        result = 10 // x
    except ZeroDivisionError:
        print("  except")
        return "қате"
    else:
        print("  else", result)
        return result
    finally:
        print("  finally")

print(test(2))
print(test(0))
