# A unit converter with dimension checking: parsing quantities, converting, arithmetic, and error messages.
UNITS = {
    "m": (1.0, "length"), "km": (1000.0, "length"), "cm": (0.01, "length"), "mi": (1609.344, "length"), "ft": (0.3048, "length"), "in": (0.0254, "length"),
    "s": (1.0, "time"), "min": (60.0, "time"), "h": (3600.0, "time"), "day": (86400.0, "time"),
    "kg": (1.0, "mass"), "g": (0.001, "mass"), "lb": (0.45359237, "mass"), "oz": (0.028349523125, "mass"),
}


class DimensionError(Exception):
    pass


class Quantity:
    def __init__(self, value, unit):
        if unit not in UNITS:
            raise KeyError("unknown unit %r" % unit)
        self.value, self.unit = value, unit

    @classmethod
    def parse(cls, text):
        number, _, unit = text.strip().partition(" ")
        try:
            value = float(number)
        except ValueError:
            raise ValueError("cannot parse number %r in %r" % (number, text)) from None
        return cls(value, unit.strip())

    @property
    def dimension(self):
        return UNITS[self.unit][1]

    def to(self, unit):
        if unit not in UNITS:
            raise KeyError("unknown unit %r" % unit)
        if UNITS[unit][1] != self.dimension:
            raise DimensionError("cannot convert %s to %s" % (self.dimension, UNITS[unit][1]))
        return Quantity(self.value * UNITS[self.unit][0] / UNITS[unit][0], unit)

    def __add__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __sub__(self, other):
        return self + Quantity(-other.value, other.unit)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Quantity(self.value * k, self.unit)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Quantity) and self.dimension == other.dimension and abs(self.to(other.unit).value - other.value) < 1e-9

    def __lt__(self, other):
        return self.to(other.unit).value < other.value

    def __repr__(self):
        return "%s %s" % (("%.6g" % self.value), self.unit)


for text, target in [("5 km", "mi"), ("26.2 mi", "km"), ("90 min", "h"), ("1 day", "s"), ("12 in", "ft"), ("2.5 lb", "g"), ("16 oz", "lb"), ("3 kg", "m"), ("x km", "m"), ("5 parsec", "m"), ("5 km", "furlong")]:
    try:
        q = Quantity.parse(text)
        print("%-10s -> %s" % (text, q.to(target)))
    except (ValueError, KeyError, DimensionError) as error:
        print("%-10s !! %s: %s" % (text, type(error).__name__, error))
a, b = Quantity(1, "km"), Quantity(500, "m")
print(a + b, b + a, a - b, 3 * b, b * 2, a == Quantity(1000, "m"), b < a, sorted([a, b, Quantity(0.4, "mi")]))
for action in [lambda: a + 5, lambda: a * a, lambda: a + Quantity(1, "h"), lambda: a < Quantity(1, "kg")]:
    try:
        print(action())
    except (TypeError, DimensionError) as error:
        print(type(error).__name__, error)
marathon = Quantity.parse("42.195 km")
pace = Quantity(5, "min") * 42.195
print("marathon at 5 min/km:", pace.to("h"), "in miles:", marathon.to("mi"))
