# Found by tools/fuzz.sh programs (seed 18819): int()'s ValueError shows the literal's repr cut to 200
# characters (CPython's %.200R), closing quote and all; float() and complex() show it whole.
for text in ["1" * 198 + "x", "1" * 199 + "x", "9" * 300 + ".5", "é" * 250, "a\nb" * 80, "  12 ab  "]:
    try:
        int(text)
    except ValueError as e:
        message = str(e)
        print(len(message), message[:45], "...", message[-12:])
for base in (2, 16, 36):
    try:
        int("z" * 210 + "!", base)
    except ValueError as e:
        print(len(str(e)), str(e)[-8:])
try:
    float("x" * 220)
except ValueError as e:
    print(len(str(e)), str(e)[-6:])
