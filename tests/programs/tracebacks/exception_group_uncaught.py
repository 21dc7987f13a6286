# An uncaught ExceptionGroup with nested groups, notes and a cause.
def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("missing name"))
    if not isinstance(record.get("age"), int):
        error = TypeError("age must be int, got %s" % type(record.get("age")).__name__)
        error.add_note("record id %d" % record["id"])
        problems.append(error)
    if problems:
        raise ExceptionGroup("record %d invalid" % record["id"], problems)


records = [{"id": 1, "name": "ann", "age": 3}, {"id": 2, "name": "", "age": "x"}, {"id": 3, "age": 1.5}]
failures = []
for record in records:
    try:
        validate(record)
        print("ok", record["id"])
    except ExceptionGroup as group:
        print("failed", record["id"], len(group.exceptions))
        failures.append(group)
try:
    raise KeyError("root cause")
except KeyError as cause:
    raise ExceptionGroup("validation failed", failures) from cause
