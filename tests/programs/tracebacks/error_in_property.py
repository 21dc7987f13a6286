# An uncaught ZeroDivisionError raised inside a property getter reached through str.format.
class Ratio:
    def __init__(self, num, den):
        self.num, self.den = num, den

    @property
    def value(self):
        return self.num / self.den

    def __str__(self):
        return "{0.num}/{0.den} = {0.value:.3f}".format(self)


for pair in [(1, 3), (22, 7), (5, 0)]:
    print(Ratio(*pair))
