# Секундтарды сағат, минут, секундқа аудару
total = 98765
hours = total // 3600
minutes = total % 3600 // 60
seconds = total % 60
print(hours, "сағ", minutes, "мин", seconds, "сек")
print(f"{hours}:{minutes:02d}:{seconds:02d}")
days, rest = divmod(total, 86400)
print("Күн:", days, "қалғаны:", rest)
