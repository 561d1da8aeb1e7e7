# Латын атауының ішінде кириллица "а" әрпі
name = "Arman"
print("Аты:", name)
print(nаme)
