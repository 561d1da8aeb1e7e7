import turtle

turtle.pencolor("gold")
turtle.pensize(2)
for i in range(5):
    turtle.forward(150)
    turtle.right(144)
print(turtle.position(), turtle.heading())
