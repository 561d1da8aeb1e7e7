from robot import *
while зат_бар():
    ал()
while алда_бос():
    алға()
    while зат_бар():
        ал()
