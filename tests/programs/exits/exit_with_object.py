# SystemExit with an arbitrary object: its str is printed to stderr.
class Status:
    def __str__(self):
        return "custom status object"


print("raising")
raise SystemExit(Status())
