# A traceback whose source line and message contain non-ASCII text.
def grüße(name):
    message = "Grüße, " + name + " ☃"
    print(message)
    return message.encode("ascii")


grüße("Zoë")
