# An __index__ that releases the memoryview it indexes: the operation is
# refused afterwards (CHECK_RELEASED after the conversion).  (A slice whose
# bounds release it is made anyway: types/memoryview_structures.py.)
class Releaser:
    def __init__(self, view):
        self.view = view

    def __index__(self):
        self.view.release()
        return 1


for case in ("get", "set", "setslice"):
    view = memoryview(bytearray(b"abc"))
    index = Releaser(view)
    try:
        if case == "get":
            view[index]
        elif case == "set":
            view[index] = 1
        else:
            view[index:2] = b"x"
        print(case, "no error")
    except Exception as error:
        print(case, type(error).__name__, error)
