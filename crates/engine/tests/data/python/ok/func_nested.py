# Ішкі функциялар
def outer(text):
    def shout():
        return text.upper() + "!"
    def whisper():
        return text.lower() + "..."
    return shout() + " " + whisper()

print(outer("Сәлем Әлем"))
def make_greeting(lang):
    greetings = {"kk": "Сәлем", "ru": "Привет", "en": "Hello"}
    def greet(name):
        return f"{greetings.get(lang, '?')}, {name}!"
    return greet
for lang in ["kk", "ru", "en", "de"]:
    print(make_greeting(lang)("Алия"))
