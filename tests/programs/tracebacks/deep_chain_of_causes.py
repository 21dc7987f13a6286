# An uncaught exception with a three-level chain of explicit causes.
class LayerError(Exception):
    pass


def storage():
    raise OSError(28, "No space left on device")


def repository():
    try:
        storage()
    except OSError as error:
        raise LayerError("could not save record") from error


def service():
    try:
        repository()
    except LayerError as error:
        raise RuntimeError("request failed") from error


print("starting")
service()
