"""open(): the mode string, the buffering, and the stack of objects it builds.

Counterpart: Modules/_io/_iomodule.c (_io_open_impl).
"""
from __future__ import annotations

from glass.modules._io import (W_FileIO, call_method, is_none, new_int, new_str, newref,
                               set_attr)
from glass.objects import abstract
from glass.objects.exceptions import OperationError, argument_type_name, type_error, value_error
from glass.objects.object import decref


def io_open(w_file, w_mode, w_buffering, w_encoding, w_errors, w_newline, w_closefd,
            w_opener):
    """Counterpart: _io_open_impl: check the arguments as CPython does, then
    build FileIO, a buffered stream over it, and a TextIOWrapper for text."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.int import W_Int
    from glass.objects.str import W_Str
    mode = "r" if w_mode is None else _str_arg(w_mode, "open", "mode", 2)
    buffering = -1 if w_buffering is None else _int_arg(w_buffering)
    encoding = _optional_str_arg(w_encoding, "encoding", 4)
    errors = _optional_str_arg(w_errors, "errors", 5)
    newline = _optional_str_arg(w_newline, "newline", 6)
    closefd = True if w_closefd is None else _bool_arg(w_closefd)

    is_number = isinstance(w_file, W_Int)
    if not is_number and not isinstance(w_file, (W_Str, W_Bytes)):
        w_path = _fspath(w_file)
    else:
        w_path = newref(w_file)
    try:
        return _open(w_path, mode, buffering, encoding, errors, newline, closefd,
                     w_opener, w_encoding, w_errors, w_newline)
    finally:
        decref(w_path)


def _open(w_file, mode, buffering, encoding, errors, newline, closefd, w_opener,
          w_encoding, w_errors, w_newline):
    from glass.modules._io_buffered import (W_BufferedRandom, W_BufferedReader,
                                            W_BufferedWriter)
    from glass.modules._io_text import W_TextIOWrapper
    creating = reading = writing = appending = updating = False
    text = binary = False
    seen = set()
    for char in mode:
        if char not in "xrwa+tb" or char in seen:
            raise value_error("invalid mode: '%s'" % mode)
        seen.add(char)
        if char == "x":
            creating = True
        elif char == "r":
            reading = True
        elif char == "w":
            writing = True
        elif char == "a":
            appending = True
        elif char == "+":
            updating = True
        elif char == "t":
            text = True
        else:
            binary = True
    raw_mode = ("x" if creating else "") + ("r" if reading else "") + \
        ("w" if writing else "") + ("a" if appending else "") + ("+" if updating else "")
    if text and binary:
        raise value_error("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise value_error("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise value_error("Must have exactly one of create/read/write/append mode "
                          "and at most one plus")
    if binary and encoding is not None:
        raise value_error("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise value_error("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise value_error("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        from glass.modules._io import warn_runtime
        warn_runtime("line buffering (buffering=1) isn't supported in binary mode, "
                     "the default buffer size will be used")

    w_raw_mode = new_str(raw_mode)
    from glass.objects.bool import new_bool
    w_closefd = new_bool(closefd)
    try:
        args_w = [w_file, w_raw_mode, w_closefd]
        if w_opener is not None:
            args_w.append(w_opener)
        w_raw = abstract.call(W_FileIO.w_type, args_w)
    finally:
        decref(w_raw_mode)
        decref(w_closefd)
    w_result = w_raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and _isatty(w_raw)):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            w_blksize = abstract.getattr_str(w_raw, "_blksize")
            buffering = abstract.index_as_ssize(w_blksize)
            decref(w_blksize)
        if buffering < 0:
            raise value_error("invalid buffering size")
        if buffering == 0:
            if binary:
                return w_result
            raise value_error("can't have unbuffered text I/O")
        if updating:
            w_buffer_type = W_BufferedRandom.w_type
        elif creating or writing or appending:
            w_buffer_type = W_BufferedWriter.w_type
        else:
            w_buffer_type = W_BufferedReader.w_type
        w_size = new_int(buffering)
        try:
            w_buffer = abstract.call(w_buffer_type, [w_raw, w_size])
        finally:
            decref(w_size)
        w_result = w_buffer
        decref(w_raw)
        if binary:
            return w_result
        from glass.objects.none import w_None
        from glass.objects.bool import new_bool as make_bool
        w_line_buffering = make_bool(line_buffering)
        try:
            w_wrapper = abstract.call(W_TextIOWrapper.w_type, [
                w_buffer, w_encoding if w_encoding is not None else w_None,
                w_errors if w_errors is not None else w_None,
                w_newline if w_newline is not None else w_None, w_line_buffering])
        finally:
            decref(w_line_buffering)
        w_result = w_wrapper
        decref(w_buffer)
        w_mode = new_str(mode)
        try:
            set_attr(w_wrapper, "mode", w_mode)
        finally:
            decref(w_mode)
        return w_result
    except OperationError:
        # Close what was opened so far; an error of that close is dropped.
        try:
            decref(call_method(w_result, "close"))
        except OperationError as second:
            decref(second.w_value)
        decref(w_result)
        raise


def _isatty(w_raw):
    w_res = call_method(w_raw, "isatty")
    try:
        return abstract.is_true(w_res)
    finally:
        decref(w_res)


def _fspath(w_file):
    """PyOS_FSPath: str/bytes, or what __fspath__ returns; else the TypeError."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    w_func = w_file.ob_type.lookup("__fspath__")
    if w_func is None:
        raise type_error("expected str, bytes or os.PathLike object, not %s"
                         % w_file.ob_type.name)
    w_path = abstract.call_bound_descriptor(w_func, w_file, [])
    if not isinstance(w_path, (W_Str, W_Bytes)):
        kind = w_path.ob_type.name
        decref(w_path)
        raise type_error("expected %s.__fspath__() to return str or bytes, not %s"
                         % (w_file.ob_type.name, kind))
    return w_path


def _str_arg(w_arg, func, name, position):
    from glass.objects.str import W_Str
    if not isinstance(w_arg, W_Str):
        raise type_error("%s() argument '%s' must be str, not %s"
                         % (func, name, argument_type_name(w_arg)))
    if "\0" in w_arg.value:
        raise value_error("embedded null character")
    return w_arg.value


def _optional_str_arg(w_arg, name, position):
    if w_arg is None or is_none(w_arg):
        return None
    from glass.objects.str import W_Str
    if not isinstance(w_arg, W_Str):
        raise type_error("open() argument '%s' must be str or None, not %s"
                         % (name, argument_type_name(w_arg)))
    if "\0" in w_arg.value:
        raise value_error("embedded null character")
    return w_arg.value


def _int_arg(w_arg):
    from glass.objects.float import W_Float
    if isinstance(w_arg, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    from glass.modules._io import int_arg
    return int_arg(w_arg, -1)


def _bool_arg(w_arg):
    return abstract.is_true(w_arg)
