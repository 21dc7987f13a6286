"""The explorer: record a run as a Glass trace, convert it, and show it in a page.

Counterpart: none in CPython.  record.py watches the VM through
glass/vm/probes.py, formats.py turns a recording into JSON lines and replays
it, chrome.py into Chrome trace events, pytutor.py records Python Tutor's
trace, server.py serves or exports the page in static/, watching.py
adds the memory, collector and GIL events.  The trace
format is described in docs/trace-format.md.
"""
from __future__ import annotations
