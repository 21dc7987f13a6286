# An uncaught TypeError raised by __init_subclass__ during a class statement.
class Plugin:
    names = set()

    def __init_subclass__(cls, name, **kwargs):
        super().__init_subclass__(**kwargs)
        if name in Plugin.names:
            raise TypeError("duplicate plugin name %r" % name)
        Plugin.names.add(name)
        print("registered", name)


class Alpha(Plugin, name="alpha"):
    pass


class Beta(Plugin, name="beta"):
    pass


class AlphaAgain(Plugin, name="alpha"):
    pass
