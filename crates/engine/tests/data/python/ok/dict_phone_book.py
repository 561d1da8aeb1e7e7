# Телефон кітапшасы
book = {}
commands = [("add", "Асқар", "+7 701 111"), ("add", "Бибігүл", "+7 702 222"),
            ("find", "Асқар"), ("find", "Гүлнар"), ("add", "Асқар", "+7 777 333"),
            ("del", "Бибігүл"), ("list",)]
for cmd in commands:
    if cmd[0] == "add":
        book[cmd[1]] = cmd[2]
        print("қосылды:", cmd[1])
    elif cmd[0] == "find":
        print(cmd[1], "->", book.get(cmd[1], "табылмады"))
    elif cmd[0] == "del":
        del book[cmd[1]]
        print("жойылды:", cmd[1])
    else:
        for name in sorted(book):
            print(name, book[name])
