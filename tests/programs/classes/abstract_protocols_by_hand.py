# Interfaces without abc: NotImplementedError, __init_subclass__ enforcement, duck typing, and a mixin hierarchy.
class Shape:
    required = ("area", "perimeter")

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [name for name in cls.required if getattr(cls, name) is getattr(Shape, name, None)]
        cls.complete = not missing
        print("registered", cls.__name__, "missing:", missing)

    def area(self):
        raise NotImplementedError("%s must implement area" % type(self).__name__)

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return "%s area=%.2f perimeter=%.2f" % (type(self).__name__, self.area(), self.perimeter())


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


for shape in [Rect(2, 3), Square(4), Circle(1)]:
    try:
        print(shape.describe(), shape.complete)
    except NotImplementedError as error:
        print("NotImplementedError", repr(error), shape.complete)


class JsonMixin:
    def to_json(self):
        items = ", ".join('"%s": %s' % (k, repr(v).replace("'", '"')) for k, v in sorted(vars(self).items()))
        return "{" + items + "}"


class CompareMixin:
    def _key(self):
        return tuple(sorted(vars(self).items()))

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())


class Point(JsonMixin, CompareMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


points = [Point(3, 1), Point(1, 2), Point(1, 1), Point(3, 1)]
print(sorted(points), len(set(points)), points[0] == points[3], points[0].to_json(), [c.__name__ for c in Point.__mro__])


def total_area(shapes):
    total = 0
    for s in shapes:
        area = getattr(s, "area", None)
        if callable(area):
            try:
                total += area()
            except NotImplementedError:
                print("skipping", type(s).__name__)
        else:
            print("not a shape:", type(s).__name__)
    return total


class Duck:
    def area(self):
        return 100


print(total_area([Rect(1, 1), Duck(), "string", Shape(), Square(2)]))
print(isinstance(NotImplemented, type(NotImplemented)), issubclass(NotImplementedError, RuntimeError), NotImplementedError.__mro__[1].__name__)
