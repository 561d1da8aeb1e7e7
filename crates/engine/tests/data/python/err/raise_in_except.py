# except блогында жаңа қате
data = {"a": 1}
try:
    print(data["b"])
except KeyError:
    print("кілт жоқ, бөлеміз")
    x = 1 / 0
