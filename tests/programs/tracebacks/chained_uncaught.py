# An uncaught exception with an explicit cause and an implicit context: both sections are printed.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as error:
        raise ConfigError("bad port %r" % text) from error


def cleanup(resource):
    print("cleaning", resource)
    raise RuntimeError("cleanup failed for " + resource)


def main():
    print(parse_port("8080"))
    try:
        parse_port("eighty")
    except ConfigError as error:
        print("handled:", error, "cause:", repr(error.__cause__))
    try:
        parse_port("x")
    finally:
        cleanup("socket")


main()
