"""The _codecs_hk module: the Hong Kong (big5hkscs) codecs.

Counterpart: Modules/cjkcodecs/_codecs_hk.c.

getcodec() hands out the guest MultibyteCodec for a name; its tables are the
host's own module's (see glass/modules/_multibytecodec.py).
"""
from __future__ import annotations

import _codecs_hk as host_module

from glass.modules import builtin_module
from glass.modules._multibytecodec import getcodec, install_codec_module
from glass.modules.builtins import raw_function


@builtin_module("_codecs_hk", doc=None)
class CodecsHkModule:

    @raw_function(None)
    def getcodec(args_w, kwargs):
        return getcodec(host_module, args_w, kwargs)

    init_module = staticmethod(install_codec_module)
