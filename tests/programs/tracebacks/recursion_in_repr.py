# An uncaught RecursionError raised while printing an object whose repr recurses: repeated lines collapse.
class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None

    def __repr__(self):
        return "Node(%s, parent=%s)" % (self.name, self.parent.describe())

    def describe(self):
        return repr(self)


root = Node("root")
root.parent = root
print("made a self-referencing node")
print(root)
