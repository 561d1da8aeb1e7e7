import turtle

t = turtle.Turtle()
for name in ["turtle", "arrow", "circle", "square", "triangle", "classic"]:
    t.shape(name)
    t.stamp()
    t.penup()
    t.forward(40)
print(t.shape())
try:
    t.shape("dragon")
except turtle.TurtleGraphicsError as error:
    print(type(error).__name__, error)
