"""The _codecs_iso2022 module: the ISO-2022 (iso2022_jp, iso2022_kr and their variants) codecs.

Counterpart: Modules/cjkcodecs/_codecs_iso2022.c.

getcodec() hands out the guest MultibyteCodec for a name; its tables are the
host's own module's (see glass/modules/_multibytecodec.py).
"""
from __future__ import annotations

import _codecs_iso2022 as host_module

from glass.modules import builtin_module
from glass.modules._multibytecodec import getcodec, install_codec_module
from glass.modules.builtins import raw_function


@builtin_module("_codecs_iso2022", doc=None)
class CodecsIso2022Module:

    @raw_function(None)
    def getcodec(args_w, kwargs):
        return getcodec(host_module, args_w, kwargs)

    init_module = staticmethod(install_codec_module)
