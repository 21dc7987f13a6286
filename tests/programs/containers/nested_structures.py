# Deeply nested data: recursive walks, path lookups with defaults, merges, diffing two trees, and printing with sorting.
config = {
    "server": {"host": "0.0.0.0", "ports": [80, 443], "tls": {"enabled": True, "cert": "/etc/cert.pem"}},
    "database": {"primary": {"host": "db1", "pool": 10}, "replicas": [{"host": "db2"}, {"host": "db3", "pool": 5}]},
    "features": ["search", "export"],
    "debug": False,
}


def walk(node, path=()):
    if isinstance(node, dict):
        for key in sorted(node):
            yield from walk(node[key], path + (key,))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from walk(item, path + (index,))
    else:
        yield path, node


for path, value in walk(config):
    print(".".join(map(str, path)), "=", repr(value))


def lookup(node, dotted, default=None):
    for part in dotted.split("."):
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return default
    return node


for path in ["server.tls.enabled", "database.replicas.1.pool", "database.replicas.5.host", "features.x", "debug.deeper", "missing"]:
    print(path, "->", lookup(config, path, "<default>"))


def merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


merged = merge(config, {"server": {"tls": {"enabled": False}, "workers": 4}, "debug": True, "features": ["only"]})
print(merged["server"], merged["debug"], merged["features"], config["server"]["tls"])


def diff(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            sub = path + "/" + str(key)
            if key not in a:
                print("added  ", sub, repr(b[key]))
            elif key not in b:
                print("removed", sub, repr(a[key]))
            else:
                diff(a[key], b[key], sub)
    elif a != b:
        print("changed", path, repr(a), "->", repr(b))


diff(config, merged)


def depth(node):
    if isinstance(node, dict):
        return 1 + max(map(depth, node.values()), default=0)
    if isinstance(node, list):
        return 1 + max(map(depth, node), default=0)
    return 0


print("depth", depth(config), depth({}), depth([[[]]]), depth(5))
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])


def render(node, prefix=""):
    name, children = node
    lines = [prefix + name]
    for i, child in enumerate(children):
        last = i == len(children) - 1
        sub = render(child, "")
        lines.append(prefix + ("`-- " if last else "|-- ") + sub[0])
        for line in sub[1:]:
            lines.append(prefix + ("    " if last else "|   ") + line)
    return lines


print("\n".join(render(tree)))
print(sum(1 for _ in walk(config)), [p for p, v in walk(config) if v is True], str(config)[:50])
