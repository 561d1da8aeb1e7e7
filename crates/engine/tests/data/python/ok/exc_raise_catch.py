# raise және ұстау
def check_age(age):
    if age < 0:
        raise ValueError("жас теріс болмайды")
    if age > 150:
        raise ValueError(f"жас тым үлкен: {age}")
    return age

for a in [15, -3, 200]:
    try:
        print("жас:", check_age(a))
    except ValueError as e:
        print("ValueError:", e)
try:
    raise TypeError("өзіміз шақырдық")
except Exception as e:
    print(type(e), "-", e)
    print(isinstance(e, TypeError), isinstance(e, ValueError))
