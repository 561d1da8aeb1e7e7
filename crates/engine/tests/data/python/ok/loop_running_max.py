# Тізбектің ең үлкен және ең кіші мәні
data = [23, -5, 17, 88, 0, 88, -12, 41]
biggest = data[0]
smallest = data[0]
pos = 0
for i in range(1, len(data)):
    if data[i] > biggest:
        biggest = data[i]
        pos = i
    if data[i] < smallest:
        smallest = data[i]
print("max:", biggest, "орны:", pos)
print("min:", smallest)
print(data.index(max(data)))
