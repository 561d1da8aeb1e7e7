from turtle import *

бояу("жасыл")
for i in range(30):
    алға(i * 3)
    солға(91)
цвет("красный")
поднять_перо()
вперёд(20)
опустить_перо()
for i in range(4):
    вперёд(15)
    направо(90)
print(pos(), heading())
