# abs, round, pow, divmod, int(), float(), complex(), bool() constructors with many inputs.
def show(source):
    try:
        print(source, "->", repr(eval(source)))
    except Exception as error:
        print(source, "!!", type(error).__name__ + ":", error)


for source in [
    "int()", "int('42')", "int(' -17 ')", "int('1_000')", "int('0x1f', 16)", "int('0x1f', 0)",
    "int('0b101', 0)", "int('0o17', 0)", "int('z', 36)", "int('10', 2)", "int(3.99)", "int(-3.99)",
    "int('3.5')", "int('')", "int('1__0')", "int('_1')", "int('12', 1)", "int('12', 37)",
    "int(12, 10)", "int(float('inf'))", "int(float('nan'))", "int(b'12')", "int(bytearray(b'7'))",
    "int('٣')", "int(True)", "int(x=1)", "int('0', base=0)", "int('010', 0)", "int(None)",
    "float()", "float('1.5')", "float(' -2e3 ')", "float('inf')", "float('-Infinity')", "float('nan')",
    "float('1_0.5')", "float('abc')", "float('')", "float(7)", "float(2**1024)", "float(b'1.25')",
    "float('0x1p3')", "float([])", "float('1e400')", "float('-0')",
    "complex()", "complex(1)", "complex(1, 2)", "complex('1+2j')", "complex('(3-4j)')", "complex('j')",
    "complex('1+')", "complex(1j, 1j)", "complex('1', 2)", "complex(' 2j ')", "complex([])",
    "complex(real=1, imag=-1)", "complex(float('inf'), float('nan'))",
    "bool()", "bool(0)", "bool([0])", "bool('')", "bool(0.0)", "bool(0j)", "bool(x=1)",
    "abs(-0.0)", "abs(-2**100)", "abs(complex(3, -4))", "abs(float('-inf'))",
    "round(2.675, 2)", "round(-0.5)", "round(0.5)", "round(1.5)", "round(12345, -2)", "round(15, -1)",
    "round(25, -1)", "round(-25, -1)", "round(1e300, 2)", "round(float('inf'))", "round(float('nan'))",
    "round(1.23456, None)", "round(7, 0)", "round(2.5, 0)", "round(float('inf'), 2)",
    "pow(0, 0)", "pow(0.0, -1)", "pow(-2, 0.5)", "pow(2, -1, 5)", "pow(4, -1, 8)", "pow(2, 100, 2**61 - 1)",
    "pow(-1, 2**100)", "pow(10, -3)", "pow(1j, 2)", "pow(0j, -1)", "pow(2, 3, -5)", "pow(2, 0, 1)",
    "divmod(7, -2)", "divmod(-7, -2)", "divmod(7.5, -2)", "divmod(-0.0, 1)", "divmod(1, 0.0)",
    "divmod(2**100, 7)", "divmod(float('inf'), 1)", "divmod(1, float('inf'))", "divmod(1j, 1)",
    "7 // 0", "7 % 0", "7.0 // 0", "7.0 % 0.0", "0 ** -1", "2 ** -1", "(-8) ** (1/3)",
    "10 / 4", "10 // 4", "-10 // 4", "-10 % 4", "10 % -4", "-7.5 % 2", "7.5 % -2",
]:
    show(source)


class Indexish:
    def __index__(self):
        return 6


class Intish:
    def __int__(self):
        return 9


class Floatish:
    def __float__(self):
        return 2.5


class Truncish:
    def __trunc__(self):
        return 4


print(int(Intish()), int(Indexish()), float(Floatish()), float(Indexish()), complex(Floatish()))
print(bin(Indexish()), [1, 2, 3, 4, 5, 6, 7][Indexish()], "abcdefgh"[Indexish():], round(Floatish().__float__()))
for source in ["int(Floatish())", "float(Intish())", "complex(Intish())", "Indexish() + 1", "range(Indexish())"]:
    show(source)


class BadInt:
    def __int__(self):
        return "nope"


class BadFloat:
    def __float__(self):
        return 1


for source in ["int(BadInt())", "float(BadFloat())"]:
    show(source)
