class MyError(Exception):
    pass


def process(items):
    for i in items:
        if i < 0:
            raise MyError(f"negative value {i}")
        print("processing", i)


try:
    process([1, -1])
except MyError as e:
    print("handled:", e)
process([3, 2, -7, 5])
