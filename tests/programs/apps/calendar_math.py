# Calendar arithmetic by hand: leap years, day of week (Zeller), day numbers, month grids, date differences.
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def day_number(year, month, day):
    """Days since 0001-01-01 (day 1), proleptic Gregorian."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + sum(days_in_month(year, m) for m in range(1, month)) + day


def weekday(year, month, day):
    return (day_number(year, month, day) - 1) % 7


def validate(year, month, day):
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12, not %d" % month)
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError("day is out of range for %s %d" % (MONTHS[month - 1], year))


def month_grid(year, month):
    lines = ["%s %d" % (MONTHS[month - 1], year), "Mo Tu We Th Fr Sa Su"]
    offset = weekday(year, month, 1)
    cells = ["  "] * offset + ["%2d" % d for d in range(1, days_in_month(year, month) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print([y for y in range(1896, 1910) if is_leap(y)], is_leap(2000), is_leap(2100), is_leap(2024))
for date in [(2024, 2, 29), (2000, 1, 1), (1969, 7, 20), (1, 1, 1), (2023, 12, 31), (1900, 3, 1)]:
    print(date, DAYS[weekday(*date)], day_number(*date))
print(month_grid(2024, 2))
print(month_grid(2023, 10))
span = day_number(2024, 12, 25) - day_number(2024, 1, 1)
print("days from new year to christmas 2024:", span, "weeks:", divmod(span, 7))
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31), (2024, 0, 5)]:
    try:
        validate(*bad)
    except ValueError as error:
        print(bad, "ValueError:", error)
fridays = [(y, m) for y in range(2023, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", fridays)
print(sum(days_in_month(2024, m) for m in range(1, 13)), sum(days_in_month(2023, m) for m in range(1, 13)))
