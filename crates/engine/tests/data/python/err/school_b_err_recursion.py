# RecursionError: missing base case
def count_down(n):
    print(n) if n > 995 else None
    return count_down(n - 1)

print("start")
count_down(1000)
