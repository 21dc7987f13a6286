"""docs/STATUS.md: each figure section is rewritten by the command that measures it.

Counterpart: none (project tooling).  A section sits between
`<!-- NAME begin -->` and `<!-- NAME end -->`; `replace_section` swaps in the
new text, or appends the section the first time.
"""
from __future__ import annotations

import os

STATUS_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "docs", "STATUS.md")


def replace_section(name, body, path=STATUS_PATH):
    """Write `body` (without markers) as section `name` of the status page."""
    begin, end = "<!-- %s begin -->" % name, "<!-- %s end -->" % name
    section = "%s\n%s\n%s" % (begin, body.rstrip("\n"), end)
    text = open(path).read() if os.path.exists(path) else "# Glass status\n"
    if begin in text and end in text:
        head, _, tail = text.partition(begin)
        _, _, tail = tail.partition(end)
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    with open(path, "w") as file:
        file.write(text)
