"""The faulthandler module against the host's.

Counterpart: glass/modules/faulthandler.py (Modules/faulthandler.c).
"""
from __future__ import annotations

import pytest

from oracle import same_as_host

SNIPPET = r"""
import faulthandler, _testinternalcapi
print(faulthandler.is_enabled(), _testinternalcapi.get_config()['faulthandler'])
faulthandler.disable()
print(faulthandler.is_enabled())
"""


@pytest.mark.parametrize("env", [{}, {"PYTHONFAULTHANDLER": "1"}, {"PYTHONFAULTHANDLER": ""},
                                 {"PYTHONDEVMODE": "1"}])
def test_enabled_at_startup_as_the_configuration_asks(env):
    same_as_host(SNIPPET, env=env)
