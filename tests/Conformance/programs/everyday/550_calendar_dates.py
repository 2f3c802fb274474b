# Date arithmetic by hand: leap years, day of week (Zeller), days between dates, a printed month calendar.
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(days_in_month(y, i) for i in range(1, m)) + d

def from_ordinal(n):
    y = (n * 400) // 146097 + 1
    while ordinal(y, 1, 1) > n:
        y -= 1
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while m < 12 and ordinal(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - ordinal(y, m, 1) + 1

def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)

print([y for y in range(1896, 1910) if is_leap(y)], is_leap(2000), is_leap(1900), is_leap(2024))
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19), (1, 1, 1)]:
    print(date, DAYS[weekday(*date)], ordinal(*date), from_ordinal(ordinal(*date)) == date)
print("days 1969-07-20 -> 2000-01-01:", ordinal(2000, 1, 1) - ordinal(1969, 7, 20))
start = ordinal(2024, 12, 25)
for delta in (1, 7, 30, 100, 365, 1000):
    y, m, d = from_ordinal(start + delta)
    print(f"+{delta:>4} days: {y:04d}-{m:02d}-{d:02d} {DAYS[weekday(y, m, d)]}")
print(month_calendar(2024, 2))
print(month_calendar(2025, 6))
fridays13 = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", fridays13)
def add_months(y, m, d, n):
    total = y * 12 + (m - 1) + n
    ny, nm = divmod(total, 12)
    nm += 1
    return ny, nm, min(d, days_in_month(ny, nm))
print([add_months(2024, 1, 31, k) for k in range(0, 14, 1)][:6], add_months(2024, 2, 29, 12))
def age(birth, today):
    years = today[0] - birth[0] - ((today[1], today[2]) < (birth[1], birth[2]))
    return years
print(age((1990, 6, 15), (2024, 6, 14)), age((1990, 6, 15), (2024, 6, 15)), age((2000, 2, 29), (2023, 2, 28)))
def parse_iso(text):
    try:
        y, m, d = (int(p) for p in text.split("-"))
    except ValueError:
        raise ValueError(f"not an ISO date: {text!r}") from None
    if not 1 <= m <= 12 or not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"day out of range: {text!r}")
    return y, m, d
for t in ["2024-02-29", "2023-02-29", "2024-13-01", "2024-1-x", "1999-12-31"]:
    try:
        print(t, parse_iso(t))
    except ValueError as e:
        print("ValueError:", e)
