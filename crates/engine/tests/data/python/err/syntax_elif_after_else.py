# else-тен кейін elif
n = 0
if n > 0:
    print("оң")
else:
    print("оң емес")
elif n < 0:
    print("теріс")
