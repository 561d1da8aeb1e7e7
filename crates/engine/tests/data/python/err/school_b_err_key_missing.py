# KeyError
phone = {"Ali": "555-01", "Dana": "555-02"}
for name in ["Dana", "Ali"]:
    print(name, phone[name])
print(phone.get("Bek", "unknown"))
print(phone["Bek"])
