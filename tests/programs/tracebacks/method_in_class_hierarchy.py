# A ZeroDivisionError raised inside an overridden method reached through super().
class Shape:
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())

    def area(self):
        raise NotImplementedError


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Ratio(Rect):
    def area(self):
        base = super().area()
        return base / (self.w - self.h)


for shape in [Rect(2, 3), Ratio(4, 2), Ratio(3, 3)]:
    print(shape.describe())
