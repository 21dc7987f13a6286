# f-strings: expressions, conversions, nested format specs, debugging '=', quotes, and runtime errors.
name, value, width, precision = "pi", 3.14159265, 12, 4
items = {"a": 1, "b": [1, 2, 3]}
print(f"{name}={value}", f"{name!r:>8}", f"{value:{width}.{precision}f}|", f"{value:<{width}.2e}|", f"{items['b'][1:]}")
print(f"{value=}", f"{name = }", f"{value=:.2f}", f"{1 + 2 = }", f"{items['a']=!r}", f"{name!a}", f"{'é'!a}")
print(f"{'nested ' + f'{name.upper()}'}", f"{[x * 2 for x in range(3)]}", f"{ {'k': 1}['k'] }", f"{(lambda v: v * 3)(2)}", f"{3 if value > 3 else 4}")
print(f"{{braces}} {{{name}}}", f"{10:#x} {10:#b} {1e6:,.0f} {0.25:.0%} {-5:=+6d} {'s':*^7}", f"{2 ** 64:_}")
print(f"{'a' 'b'}", f"""{name
}""", f"{'line'}\n{'next'}", rf"\n{name}", f"{value:.{precision}}", f"{value!s:.3}", f"{None}", f"{True:d}")


class Spec:
    def __format__(self, spec):
        return "<" + spec + ">"

    def __repr__(self):
        return "Spec()"


s = Spec()
print(f"{s}", f"{s:abc}", f"{s!r}", f"{s:{width}}", f"{s:{name}{width}}", f"{s=}", f"{s=:x}")
for expression in ['f"{1:d}"', 'f"{1.5:d}"', 'f"{\'s\':d}"', 'f"{1:q}"', 'f"{undefined_thing}"', 'f"{1/0}"', 'f"{[][0]}"', 'f"{None:x}"', 'f"{object():abc}"',
                   'f"{3:{\'<\'}{5}}"', 'f"{3:{5}{\'<\'}}"', 'f"{\'x\'!r:^{2*4}}"', 'f"{12345.678:,.1f}"', 'f"{-0.0:+.1f}"', 'f"{-0.0:z.1f}"']:
    try:
        print(expression, "->", eval(expression))
    except Exception as error:
        print(expression, "!!", type(error).__name__, error)
for source in ['f"{}"', 'f"{!r}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{x:{y:{z}}}"', 'f"{lambda: 1}"', 'f"{yield}"']:
    try:
        compile(source, "<fstring>", "eval")
        print(source, "compiles")
    except SyntaxError as error:
        print(source, "SyntaxError", error.msg)
rows = [("widget", 4, 3.5), ("gadget", 12, 10.0), ("doohickey", 1, 99.99)]
total = 0
for label, qty, price in rows:
    line = qty * price
    total += line
    print(f"{label:<10}{qty:>4} x {price:>6.2f} = {line:>8.2f}")
print(f"{'TOTAL':<10}{'':>4}   {'':>6}   {total:>8.2f}")
