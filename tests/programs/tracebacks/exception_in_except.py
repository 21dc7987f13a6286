# An uncaught exception raised while handling another: "During handling of the above exception..."
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        print("missing", key, "- falling back")
        return int(settings["fallback"])


settings = {"timeout": 30, "fallback": "thirty"}
print(load(settings, "timeout"))
print(load(settings, "retries"))
