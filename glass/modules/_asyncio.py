"""The _asyncio module: asyncio's Future and Task and its running-loop functions.

Counterpart: Modules/_asynciomodule.c.

Made of the guest stdlib's pure asyncio code, run afresh with `_asyncio`
blocked (glass/modules/pure_accelerator.py): Future from asyncio/futures.py,
Task and the task registry (_register_task ... _current_tasks) from
asyncio/tasks.py, whose fresh Task derives from the fresh Future as the C
Task derives from the C Future, and the running-loop functions from
asyncio/events.py.  The asyncio package is imported first, as the C module
imports asyncio.events and its neighbours.  As in C, the running loop these
functions set is their own (asyncio.events' _py_ functions keep another),
while the event loop policy is asyncio.events' one.
Divergence: Future and Task are Python classes (their __module__ is
asyncio.futures and asyncio.tasks, not _asyncio) and the C types' own
parts (their exact error messages, __del__ timing) may differ.
"""
from __future__ import annotations

from glass.modules import builtin_module
from glass.modules.pure_accelerator import pure_accelerator


@builtin_module("_asyncio")
class AsyncioModule:
    """Accelerator module for asyncio"""

    init_module = pure_accelerator(
        requires=["asyncio"],
        sources=[("asyncio.futures", ("Future",)),
                 ("asyncio.tasks", ("Task", "_register_task", "_unregister_task",
                                    "_enter_task", "_leave_task", "_all_tasks",
                                    "_current_tasks")),
                 ("asyncio.events", ("_get_running_loop", "_set_running_loop",
                                     "get_running_loop", "get_event_loop",
                                     "_get_event_loop"))],
        # The fresh events module would keep a policy of its own.
        glue=[("asyncio.events", "from asyncio.events import get_event_loop_policy")])
