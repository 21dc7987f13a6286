# A KeyError from a nested subscript, with the caret range under the failing subscript.
config = {
    "database": {"host": "localhost", "ports": [5432, 5433]},
    "cache": {"host": "cache.local"},
}


def port_of(section, index):
    print("looking up", section, index)
    return config[section]["ports"][index]


print(port_of("database", 1))
print(port_of("cache", 0))
