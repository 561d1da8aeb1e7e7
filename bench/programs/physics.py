# Float physics: a bouncing ball under gravity with drag.
x, y = 0.0, 10.0
vx, vy = 3.0, 0.0
bounces = 0
dt = 0.001
for step in range(800000):
    vy -= 9.81 * dt
    vx *= 0.99999
    x += vx * dt
    y += vy * dt
    if y < 0.0:
        y = -y
        vy = -vy * 0.9
        bounces += 1
print(bounces, round(x, 6), round(y, 6))
