# Record types built by hand on tuple: field access by property, _replace, _asdict, comparison and hashing behaviour.
def record(name, fields):
    fields = tuple(fields.split())

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("%s() takes %d positional arguments but %d were given" % (name, len(fields), len(args)))
        values = list(args)
        for field in fields[len(args):]:
            if field not in kwargs:
                raise TypeError("%s() missing required argument %r" % (name, field))
            values.append(kwargs.pop(field))
        if kwargs:
            raise TypeError("%s() got unexpected field(s) %s" % (name, ", ".join(sorted(kwargs))))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (name, ", ".join("%s=%r" % pair for pair in zip(fields, self)))

    namespace = {"__new__": __new__, "__repr__": __repr__, "__slots__": (), "_fields": fields,
                 "_replace": lambda self, **kw: type(self)(*[kw.pop(f, v) for f, v in zip(fields, self)]),
                 "_asdict": lambda self: dict(zip(fields, self))}
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, i=index: self[i], doc="field %d" % index)
    return type(name, (tuple,), namespace)


Point = record("Point", "x y")
Person = record("Person", "name age email")
p = Point(3, 4)
q = Point(x=1, y=2)
print(p, q, p.x, p.y, p[0], len(p), p + q, p._replace(y=10), p._asdict(), Point._fields, type(p).__name__)
print(p == (3, 4), p < q, sorted([p, q, Point(1, 1)]), hash(p) == hash((3, 4)), {p: "value"}[(3, 4)], max(p), list(p), tuple(p))
x, y = p
print(x, y, [pt.x for pt in [p, q]], Point.x.__doc__, type(Point.x).__name__)
ann = Person("Ann", 30, "ann@example.com")
print(ann, ann.name, ann._replace(age=31), ann.count(30), ann.index("Ann"))
for action in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3), lambda: setattr(p, "x", 5), lambda: setattr(p, "z", 5), lambda: p.__dict__]:
    try:
        print(action())
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
