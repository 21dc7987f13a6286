# A traceback pointing into a multi-line expression (only the first line is shown with carets).
def fetch(table, key):
    return table[key]


tables = {"users": {"ann": 1}, "groups": {}}
result = (
    fetch(tables["users"], "ann")
    + fetch(tables["groups"], "admins")
)
print(result)
