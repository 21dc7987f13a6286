"""Where the front end's warnings go: the host's warnings module, or the guest's.

Counterpart: PyErr_WarnExplicitObject as the parser (warn_invalid_escape_sequence)
and the compiler (compiler_warn) call it.

The front end runs for Glass's own tools (sweeps, `glass ast`) and for the
guest's compile(); a warning must reach the warnings machinery of whoever
asked.  The guest's compile() installs its sink with `warnings_to()`; a
sink raises the category (a host exception) when a filter turns the
warning into an error, and the front end then reports a SyntaxError there,
as CPython does.
"""
from __future__ import annotations

import contextlib
import warnings

_SINKS = []


def warn_explicit(category, message, filename, lineno):
    """Issue a SyntaxWarning or DeprecationWarning (`category` is the host
    class) for a place in the source; raises `category` if it is an error."""
    if _SINKS:
        _SINKS[-1](category, message, filename, lineno)
        return
    warnings.warn_explicit(message, category, filename, lineno)


@contextlib.contextmanager
def warnings_to(sink):
    """Send the front end's warnings to sink(category, message, filename, lineno)."""
    _SINKS.append(sink)
    try:
        yield
    finally:
        _SINKS.pop()
