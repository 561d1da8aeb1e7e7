import turtle

first = turtle.Turtle()
second = turtle.Turtle()
second.color("red")
first.forward(50)
second.left(90)
second.forward(50)
first.clear()
first.circle(20, 90)
second.stamp()
screen = turtle.Screen()
screen.bgcolor("lightblue")
print(first.pos(), second.pos(), first.distance(second), second.towards(first))
