"""A tiny ray tracer: vector classes, method calls, floats."""

import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, shade):
        self.center, self.radius, self.shade = center, radius, shade

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None


def render(width, height):
    spheres = [Sphere(Vec(0, -1, 3), 1, 0.9), Sphere(Vec(2, 0, 4), 1, 0.6),
               Sphere(Vec(-2, 0, 4), 1, 0.3), Sphere(Vec(0, -5001, 0), 5000, 0.5)]
    light = Vec(1, 1, -1).norm()
    origin = Vec(0, 0, 0)
    total = 0.0
    for j in range(height):
        for i in range(width):
            direction = Vec((i - width / 2) / width, (height / 2 - j) / height, 1).norm()
            nearest, shade = None, 0.0
            for sphere in spheres:
                t = sphere.hit(origin, direction)
                if t is not None and (nearest is None or t < nearest):
                    nearest = t
                    point = origin + direction.scale(t)
                    normal = (point - sphere.center).norm()
                    shade = sphere.shade * max(0.0, normal.dot(light))
            total += shade
    return total


print("%.6f" % render(120, 90))
