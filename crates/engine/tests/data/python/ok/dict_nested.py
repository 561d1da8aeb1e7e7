# Кірістірілген сөздіктер
school = {
    "7А": {"оқушылар": ["Аян", "Бек"], "жетекші": "Сауле Маратовна"},
    "7Ә": {"оқушылар": [], "жетекші": None},
}
print(school)
print(school["7А"]["оқушылар"][1])
school["7Ә"]["оқушылар"].append("Дана")
for cls, info in school.items():
    print(cls, len(info["оқушылар"]), info["жетекші"])
print({"a": {"b": {"c": {}}}})
print({"quote": "it's", "list": [1, (2,)], "tuple": (), "t1": ("x",)})
