"""The _codecs_jp module: the Japanese (shift_jis, cp932, euc_jp and their variants) codecs.

Counterpart: Modules/cjkcodecs/_codecs_jp.c.

getcodec() hands out the guest MultibyteCodec for a name; its tables are the
host's own module's (see glass/modules/_multibytecodec.py).
"""
from __future__ import annotations

import _codecs_jp as host_module

from glass.modules import builtin_module
from glass.modules._multibytecodec import getcodec, install_codec_module
from glass.modules.builtins import raw_function


@builtin_module("_codecs_jp", doc=None)
class CodecsJpModule:

    @raw_function(None)
    def getcodec(args_w, kwargs):
        return getcodec(host_module, args_w, kwargs)

    init_module = staticmethod(install_codec_module)
