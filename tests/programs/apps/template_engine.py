# A tiny template engine: variables with filters, loops, conditionals, escaping, and error reporting with line numbers.
class TemplateError(Exception):
    pass


FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title, "len": len, "strip": str.strip,
           "escape": lambda s: str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}


def lookup(name, context):
    value = context
    for part in name.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif hasattr(value, part):
            value = getattr(value, part)
        else:
            raise TemplateError("undefined variable %r" % name)
    return value


def render_expr(expr, context):
    name, *filters = [p.strip() for p in expr.split("|")]
    value = lookup(name, context)
    for f in filters:
        if f not in FILTERS:
            raise TemplateError("unknown filter %r" % f)
        value = FILTERS[f](value)
    return str(value)


def render(template, context):
    out, stack = [], []
    lines = template.splitlines()
    i = 0

    def emit(line, ctx):
        result, pos = [], 0
        while True:
            start = line.find("{{", pos)
            if start < 0:
                result.append(line[pos:])
                return "".join(result)
            end = line.find("}}", start)
            if end < 0:
                raise TemplateError("unclosed '{{'")
            result.append(line[pos:start])
            result.append(render_expr(line[start + 2:end], ctx))
            pos = end + 2

    def block(start_index, ctx):
        nonlocal out
        index = start_index
        while index < len(lines):
            line = lines[index]
            stripped = line.strip()
            try:
                if stripped.startswith("{% for "):
                    var, _, seq = stripped[7:-2].strip().partition(" in ")
                    body_end = find_end(index, "for")
                    for item in lookup(seq.strip(), ctx):
                        inner = dict(ctx)
                        inner[var.strip()] = item
                        block_range(index + 1, body_end, inner)
                    index = body_end + 1
                    continue
                if stripped.startswith("{% if "):
                    cond = stripped[6:-2].strip()
                    negate = cond.startswith("not ")
                    value = bool(lookup(cond[4:] if negate else cond, ctx))
                    body_end = find_end(index, "if")
                    if value != negate:
                        block_range(index + 1, body_end, ctx)
                    index = body_end + 1
                    continue
                if stripped.startswith("{% end"):
                    raise TemplateError("unexpected %s" % stripped)
                out.append(emit(line, ctx))
            except TemplateError as error:
                if "line" in str(error):
                    raise
                raise TemplateError("line %d: %s" % (index + 1, error)) from None
            index += 1

    def block_range(start, end, ctx):
        nonlocal lines
        saved = lines
        lines = saved[:end]
        try:
            block(start, ctx)
        finally:
            lines = saved

    def find_end(index, kind):
        depth = 0
        for j in range(index, len(lines)):
            s = lines[j].strip()
            if s.startswith("{% " + kind + " "):
                depth += 1
            elif s == "{% end" + kind + " %}":
                depth -= 1
                if depth == 0:
                    return j
        raise TemplateError("missing {%% end%s %%}" % kind)

    block(0, context)
    return "\n".join(out)


TEMPLATE = """Dear {{ user.name | title }},
{% if user.admin %}
You have admin rights.
{% endif %}
Your orders:
{% for order in orders %}
  - {{ order.item | upper }} x{{ order.qty }} {{ order.note | escape }}
{% endfor %}
{% if not orders %}
  (none)
{% endif %}
Total items: {{ count }}"""
orders = [{"item": "tea", "qty": 2, "note": "<green>"}, {"item": "cups", "qty": 6, "note": "fish & chips"}]
print(render(TEMPLATE, {"user": {"name": "ada lovelace", "admin": True}, "orders": orders, "count": 8}))
print("---")
print(render(TEMPLATE, {"user": {"name": "BOB", "admin": False}, "orders": [], "count": 0}))
for bad_template, ctx in [("Hi {{ missing }}", {}), ("{{ x | shout }}", {"x": 1}), ("{% for a in xs %}\nno end", {"xs": [1]}), ("text {{ open", {}), ("{% endif %}", {}), ("{{ n | upper }}", {"n": 5})]:
    try:
        print(repr(render(bad_template, ctx)))
    except TemplateError as error:
        print("TemplateError:", error)
    except (TypeError, AttributeError) as error:
        print(type(error).__name__ + ":", error)
