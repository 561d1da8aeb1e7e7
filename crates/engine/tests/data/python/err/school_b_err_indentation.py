# IndentationError: body not indented
print("this never runs")
def greet(name):
    message = "Hi " + name
    return message
for i in range(3):
print(i)
