# Splitting and parsing: split with maxsplit, rsplit, splitlines variants, partition-based parsers, CSV-ish parsing by hand.
records = """name,age,city
Ann,34,Paris
Bob,,London
"Smith, J",51,"New York"
Eve,29,
"""


def parse_csv_line(line):
    fields, field, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields


rows = [parse_csv_line(line) for line in records.splitlines() if line]
header, body = rows[0], rows[1:]
for row in body:
    record = dict(zip(header, row))
    age = int(record["age"]) if record["age"] else None
    print(record, age)
print(parse_csv_line('a,"b ""quoted"" c",d'), parse_csv_line(""), parse_csv_line(",,"))
s = "  one  two   three four  "
print(s.split(), s.split(" "), s.split(None, 2), s.rsplit(None, 2), s.split(" ", 3), s.rsplit(" ", 3), s.strip().split(" ", -1))
print("a=1;b=2;;c".split(";"), "k:v:w".partition(":"), "k:v:w".rpartition(":"), "none".partition(":"), "x".split("x", 0), "axbxc".split("x", 1))
print("1\n2\r\n3\r4\n".splitlines(), "1\n2\r\n3\r4\n".splitlines(keepends=True), "\n".split("\n"), "\n".splitlines(), "".split(), " ".split())
config = """
# comment line
name = glass
version=3.11
empty =
  spaced key   =   spaced value
novalue
key=with=equals
"""
settings = {}
for line_number, line in enumerate(config.splitlines(), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print("line %d: missing '=' in %r" % (line_number, line))
        continue
    settings[key.strip()] = value.strip()
print(settings)
query = "q=python+vm&page=2&flag&tags=a&tags=b&empty="
params = {}
for pair in query.split("&"):
    name, _, value = pair.partition("=")
    params.setdefault(name, []).append(value.replace("+", " "))
print(params)
path = "/usr/local/lib/python3.11/site-packages/pkg/module.py"
print(path.split("/"), path.rsplit("/", 1), path.rpartition(".")[2], path.count("/"), path.split("/")[-2:], "/".join(path.split("/")[:3]))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".partition(None), lambda: "a".split(maxsplit="1"), lambda: "a b".rsplit(sep=" ", maxsplit=1.0)]:
    try:
        print(bad())
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
