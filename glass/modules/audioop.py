"""The audioop module: operations on raw audio fragments.

Counterpart: Modules/audioop.c.

A fragment is a bytes-like object holding signed samples of 1, 2, 3 or 4
bytes each, in the machine's byte order.  The samples are read in bulk: the
host's memoryview casts give 1-, 2- and 4-byte samples as a list of host
ints, and byte slicing moves 3-byte samples (and every change of width)
into the high bytes of 32-bit ints, the layout of the C code's GETSAMPLE32.
The work on the samples is done by comprehensions, and the host's array
packs the results back.  Only what carries state from one sample to the
next (the ADPCM coder and decoder, ratecv, findmax) walks the samples one
by one.

Floating-point work is done in host floats in the order the C code does
it, so the roundings, the infinities and the NaNs are the same: a sum of
doubles is a running sum (functools.reduce), never Python's exact int sum
unless that sum is exact in a double too.
"""
from __future__ import annotations

import array as host_array
import math
import sys
from functools import reduce
from math import floor
from operator import add, mul, ne

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, new_exception,
                                      operation_error, overflow_error, type_error,
                                      value_error)
from glass.objects.object import decref

LITTLE_ENDIAN = sys.byteorder == "little"

# The array/memoryview codes of the 1-, 2- and 4-byte samples (3 has none).
RAW_CODES = {1: "b", 2: "h", 4: "i"}
assert host_array.array("i").itemsize == 4 and host_array.array("h").itemsize == 2

# maxvals, minvals: the range of a sample of each width.
MAXVALS = (0, 0x7F, 0x7FFF, 0x7FFFFF, 0x7FFFFFFF)
MINVALS = (0, -0x80, -0x8000, -0x800000, -0x80000000)

INT_MAX = 0x7FFFFFFF
PY_SSIZE_T_MAX = (1 << 63) - 1

# A double that is NaN becomes, through the (int) cast after fbound, INT_MIN on
# x86-64 (cvttsd2si); SETRAWSAMPLE then keeps the low bytes of it.  This
# is what the host's C module gives for mul(b'\0', 1, float('nan')).
NAN_SAMPLES = (0, 0, 0, 0, -0x80000000)

W_ERROR = []            # [audioop.error], made with the first module


# --- Errors ---------------------------------------------------------------------------

def audioop_error(message):
    """PyErr_SetString(state->AudioopError, message)."""
    return OperationError(new_exception(W_ERROR[0], message))


def check_size(width):
    """audioop_check_size."""
    if not 1 <= width <= 4:
        raise audioop_error("Size should be 1, 2, 3 or 4")


def check_parameters(length, width):
    """audioop_check_parameters: a valid width and a whole number of samples."""
    check_size(width)
    if length % width != 0:
        raise audioop_error("not a whole number of frames")


# --- Argument converters (Argument Clinic's) ------------------------------------------

def fragment_arg(w_obj):
    """Clinic's Py_buffer converter: a C-contiguous bytes-like object, copied
    to host bytes (a bytearray's live storage must not change under us)."""
    from glass.objects import stringlib
    data = stringlib.getbuffer(w_obj)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'" % w_obj.ob_type.name)
    if isinstance(data, memoryview) and not data.c_contiguous:
        raise operation_error("BufferError",
                              "memoryview: underlying buffer is not C-contiguous")
    return bytes(data)


def _index_value(w_value):
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return value


def c_int(w_value, default=None):
    """Clinic's int converter (_PyLong_AsInt)."""
    if w_value is None:
        return default
    value = _index_value(w_value)
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


def c_ssize(w_value):
    """Clinic's Py_ssize_t converter."""
    value = _index_value(w_value)
    if not -(1 << 63) <= value < (1 << 63):
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


def c_double(w_value):
    """Clinic's double converter (PyFloat_AsDouble)."""
    from glass.objects.float import float_as_double
    return float_as_double(w_value)


def getargs_int(w_value):
    """PyArg_ParseTuple's "i": PyLong_AsLong, then the C int range."""
    value = _index_value(w_value)
    if not -(1 << 63) <= value < (1 << 63):
        raise overflow_error("Python int too large to convert to C long")
    if value > INT_MAX:
        raise overflow_error("signed integer is greater than maximum")
    if value < -0x80000000:
        raise overflow_error("signed integer is less than minimum")
    return value


def getargs_int_pair(w_pair, funcname):
    """PyArg_ParseTuple(w_pair, "ii;<funcname>(): illegal state argument"):
    a count or type mismatch says the custom message; an int conversion
    error keeps its own."""
    from glass.objects.tuple import W_Tuple
    if not isinstance(w_pair, W_Tuple) or len(w_pair.items) != 2:
        raise type_error("%s(): illegal state argument" % funcname)
    return getargs_int(w_pair.items[0]), getargs_int(w_pair.items[1])


# --- Results --------------------------------------------------------------------------

def _bytes(value):
    from glass.objects.bytes import new_bytes
    return new_bytes(bytes(value))


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _float(value):
    from glass.objects.float import new_float
    return new_float(value)


def _tuple(items_w):
    """A tuple that takes over the references in items_w."""
    from glass.objects.tuple import new_tuple_owned
    return new_tuple_owned(items_w)


# --- Samples in bulk: GETRAWSAMPLE, GETSAMPLE32 and their SET twins -------------------

def _widen(data, width):
    """Each sample moved into the high bytes of a native 32-bit int whose low
    bytes are zero: the value GETSAMPLE32 reads, as bytes."""
    if width == 4:
        return data
    wide = bytearray(len(data) // width * 4)
    for k in range(width):
        # Sample byte k is its k-th least significant byte on a little-endian
        # machine (so it lands above the 4 - width zero bytes), its k-th most
        # significant on a big-endian one.
        target = 4 - width + k if LITTLE_ENDIAN else k
        wide[target::4] = data[k::width]
    return wide


def _narrow(wide, width):
    """The high `width` bytes of each native 32-bit int: SETSAMPLE32, as bytes."""
    if width == 4:
        return bytes(wide)
    narrow = bytearray(len(wide) // 4 * width)
    for k in range(width):
        source = 4 - width + k if LITTLE_ENDIAN else k
        narrow[k::width] = wide[source::4]
    return bytes(narrow)


def change_width(data, width, newwidth):
    """Samples of `width` bytes as samples of `newwidth` bytes, keeping the
    high bytes (GETSAMPLE32 then SETSAMPLE32): lin2lin, in bytes."""
    if width == newwidth:
        return bytes(data)
    return _narrow(_widen(data, width), newwidth)


def samples32(data, width):
    """GETSAMPLE32 of every sample: each scaled to a 32-bit int."""
    return memoryview(_widen(data, width)).cast("i").tolist()


def raw_samples(data, width):
    """GETRAWSAMPLE of every sample: each as the signed int it holds."""
    if width == 3:
        return [value >> 8 for value in samples32(data, 3)]
    return memoryview(data).cast(RAW_CODES[width]).tolist()


def pack_raw(values, width):
    """SETRAWSAMPLE of every value (each must fit in `width` bytes)."""
    if width == 3:
        return _narrow(host_array.array("i", [value << 8 for value in values]).tobytes(), 3)
    return host_array.array(RAW_CODES[width], values).tobytes()


def pack16(values, width):
    """SETSAMPLE32(width, value << 16) of 16-bit values (the codecs' output)."""
    return change_width(host_array.array("h", values).tobytes(), 2, width)


def swap_bytes(data, width):
    """Each sample's bytes in the opposite order."""
    if width == 1:
        return bytes(data)
    swapped = bytearray(len(data))
    for k in range(width):
        swapped[k::width] = data[width - 1 - k::width]
    return swapped


def bounded(values, width):
    """(int)floor(fbound(value, minval, maxval)) of each double: clipped to
    the width's range (anything below minval + 1 becomes minval), then
    rounded down."""
    maxval = MAXVALS[width]
    minval = MINVALS[width]
    low = minval + 1
    try:
        return [maxval if value > maxval else minval if value < low else floor(value)
                for value in values]
    except ValueError:          # floor(nan): only a nan or infinite factor makes one
        nan_sample = NAN_SAMPLES[width]
        return [maxval if value > maxval else minval if value < low
                else floor(value) if value == value else nan_sample
                for value in values]


def c_sum(values):
    """The ints `values` added one by one in doubles, as the C loops do:
    Python's int sum when every partial sum is exact in a double (each
    value at most 2**32 in size, fewer than 2**21 of them), else a running
    sum of doubles."""
    if len(values) < 1 << 21:
        return float(sum(values))
    return reduce(add, map(float, values), 0.0)


def c_sum_of_products(first, second):
    """_sum2: the running double sum of first[i] * second[i], each product
    rounded to a double first (the arguments are lists of host floats)."""
    return reduce(add, map(mul, first, second), 0.0)


def c_divide(numerator, denominator):
    """numerator / denominator in C doubles: a zero denominator gives an
    infinity or a NaN, not ZeroDivisionError."""
    if denominator:
        return numerator / denominator
    if numerator == 0 or numerator != numerator:
        return math.nan
    return math.copysign(math.inf, numerator) * math.copysign(1.0, denominator)


def extremes(values):
    """The local extremes avgpp and maxpp measure between: drop repeated
    values, then keep each value where the direction (rising or falling)
    changes.  The first and last values are never extremes."""
    distinct = values[:1] + [value for previous, value in zip(values, values[1:])
                             if value != previous]
    falling = [value < previous for previous, value in zip(distinct, distinct[1:])]
    return [distinct[j] for j in range(1, len(falling)) if falling[j] != falling[j - 1]]


def int16_samples(data):
    """The 16-bit samples of findfit, findfactor and findmax, as host floats."""
    return [float(value) for value in memoryview(data).cast("h").tolist()]


# --- The G.711 codecs (from sox's g711.c, as CPython has them) ------------------------

ULAW_BIAS = 0x84            # BIAS: added to the magnitude of a 16-bit sample
ULAW_CLIP = 32635           # CLIP
SEG_UEND = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)
SEG_AEND = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)


def _segment(value, ends):
    """search(): the first segment whose end is at least value (8 if none)."""
    for seg, end in enumerate(ends):
        if value <= end:
            return seg
    return len(ends)


def linear14_to_ulaw(pcm_val):
    """st_14linear2ulaw: a 14-bit signed value as a u-law byte."""
    if pcm_val < 0:
        pcm_val = -pcm_val
        mask = 0x7F
    else:
        mask = 0xFF
    pcm_val = min(pcm_val, ULAW_CLIP) + (ULAW_BIAS >> 2)
    seg = _segment(pcm_val, SEG_UEND)
    if seg >= 8:
        return 0x7F ^ mask
    return ((seg << 4) | ((pcm_val >> (seg + 1)) & 0xF)) ^ mask


def linear13_to_alaw(pcm_val):
    """st_linear2alaw: a 13-bit signed value as an A-law byte."""
    if pcm_val >= 0:
        mask = 0xD5             # sign bit set
    else:
        mask = 0x55
        pcm_val = -pcm_val - 1
    seg = _segment(pcm_val, SEG_AEND)
    if seg >= 8:
        return 0x7F ^ mask
    quantized = (pcm_val >> 1) if seg < 2 else (pcm_val >> seg)
    return ((seg << 4) | (quantized & 0xF)) ^ mask


def ulaw_to_linear16(byte):
    """st_ulaw2linear16: a u-law byte as a 16-bit value."""
    code = ~byte & 0xFF
    exponent = (code >> 4) & 7
    magnitude = ((((code & 0xF) << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS
    return -magnitude if code & 0x80 else magnitude


def alaw_to_linear16(byte):
    """st_alaw2linear16: an A-law byte as a 16-bit value."""
    code = byte ^ 0x55
    seg = (code >> 4) & 7
    magnitude = ((code & 0xF) << 4) + 8
    if seg:
        magnitude = (magnitude + 0x100) << (seg - 1)
    return magnitude if code & 0x80 else -magnitude


CODEC_TABLES = {}           # built on first use; the encoders' take a few ms


def codec_table(name):
    """The tables by name: "ulaw"/"alaw" decode a byte (256 16-bit values);
    "to_ulaw" encodes a 14-bit and "to_alaw" a 13-bit value (as value & mask)."""
    table = CODEC_TABLES.get(name)
    if table is None:
        if name == "ulaw":
            table = [ulaw_to_linear16(byte) for byte in range(256)]
        elif name == "alaw":
            table = [alaw_to_linear16(byte) for byte in range(256)]
        elif name == "to_ulaw":
            table = bytes(linear14_to_ulaw(key - 0x4000 if key & 0x2000 else key)
                          for key in range(0x4000))
        else:
            table = bytes(linear13_to_alaw(key - 0x2000 if key & 0x1000 else key)
                          for key in range(0x2000))
        CODEC_TABLES[name] = table
    return table


# --- Intel/DVI ADPCM ------------------------------------------------------------------

# indexTable: how each 4-bit code moves the step index.
INDEX_TABLE = (-1, -1, -1, -1, 2, 4, 6, 8,
               -1, -1, -1, -1, 2, 4, 6, 8)

# stepsizeTable: the IMA ADPCM quantizer steps.
STEPSIZE_TABLE = (
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17,
    19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
    50, 55, 60, 66, 73, 80, 88, 97, 107, 118,
    130, 143, 157, 173, 190, 209, 230, 253, 279, 307,
    337, 371, 408, 449, 494, 544, 598, 658, 724, 796,
    876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066,
    2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358,
    5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899,
    15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767)


def adpcm_state(w_state, funcname):
    """The (valpred, index) a coder starts from: (0, 0) for None."""
    from glass.objects.none import w_None
    from glass.objects.tuple import W_Tuple
    if w_state is w_None:
        return 0, 0
    if not isinstance(w_state, W_Tuple):
        raise type_error("state must be a tuple or None")
    valpred, index = getargs_int_pair(w_state, funcname)
    if not -0x8000 <= valpred < 0x8000 or not 0 <= index < len(STEPSIZE_TABLE):
        raise value_error("bad state")
    return valpred, index


def adpcm_encode(values, valpred, index):
    """lin2adpcm's coder on 16-bit values: (the code bytes, valpred, index).
    Two 4-bit codes go in a byte, the first in the high nibble; an odd
    last code is dropped."""
    step = STEPSIZE_TABLE[index]
    codes = bytearray()
    high_nibble = None
    for value in values:
        # Step 1: the difference from the predicted value.
        if value < valpred:
            diff = valpred - value
            sign = 8
        else:
            diff = value - valpred
            sign = 0
        # Step 2: divide by the step and clamp, approximating
        # delta = diff*4/step and vpdiff = (delta+0.5)*step/4 by shifts.
        delta = 0
        vpdiff = step >> 3
        if diff >= step:
            delta = 4
            diff -= step
            vpdiff += step
        step >>= 1
        if diff >= step:
            delta |= 2
            diff -= step
            vpdiff += step
        step >>= 1
        if diff >= step:
            delta |= 1
            vpdiff += step
        # Steps 3 and 4: update the prediction, clamped to 16 bits.
        valpred = valpred - vpdiff if sign else valpred + vpdiff
        if valpred > 32767:
            valpred = 32767
        elif valpred < -32768:
            valpred = -32768
        # Step 5: the code, the new index and step.
        delta |= sign
        index = min(max(index + INDEX_TABLE[delta], 0), 88)
        step = STEPSIZE_TABLE[index]
        # Step 6: output.
        if high_nibble is None:
            high_nibble = (delta << 4) & 0xF0
        else:
            codes.append((delta & 0x0F) | high_nibble)
            high_nibble = None
    return codes, valpred, index


def adpcm_decode(data, valpred, index):
    """adpcm2lin's decoder: (the 16-bit values, valpred, index), two values
    from each byte, the high nibble first."""
    step = STEPSIZE_TABLE[index]
    values = []
    append = values.append
    for byte in data:
        for delta in (byte >> 4, byte & 0xF):
            index = min(max(index + INDEX_TABLE[delta], 0), 88)
            # vpdiff = (delta+0.5)*step/4, by shifts as the coder does it.
            vpdiff = step >> 3
            if delta & 4:
                vpdiff += step
            if delta & 2:
                vpdiff += step >> 1
            if delta & 1:
                vpdiff += step >> 2
            valpred = valpred - vpdiff if delta & 8 else valpred + vpdiff
            if valpred > 32767:
                valpred = 32767
            elif valpred < -32768:
                valpred = -32768
            step = STEPSIZE_TABLE[index]
            append(valpred)
    return values, valpred, index


# --- ratecv ----------------------------------------------------------------------------

def ratecv_state(w_state, nchannels, outrate):
    """ratecv's state: (d, prev_i, cur_i); None starts at d = -outrate."""
    from glass.objects.none import w_None
    from glass.objects.tuple import W_Tuple
    if w_state is w_None:
        return -outrate, [0] * nchannels, [0] * nchannels
    if not isinstance(w_state, W_Tuple):
        raise type_error("state must be a tuple or None")
    # PyArg_ParseTuple(state, "iO!;ratecv(): illegal state argument", ...)
    if len(w_state.items) != 2:
        raise type_error("ratecv(): illegal state argument")
    d = getargs_int(w_state.items[0])
    w_samples = w_state.items[1]
    if not isinstance(w_samples, W_Tuple):
        raise type_error("ratecv(): illegal state argument")
    if len(w_samples.items) != nchannels:
        raise audioop_error("illegal state argument")
    pairs = [getargs_int_pair(w_pair, "ratecv") for w_pair in w_samples.items]
    return d, [prev for prev, _cur in pairs], [cur for _prev, cur in pairs]


def ratecv_convert(samples, nchannels, inrate, outrate, d, prev_i, cur_i,
                   weight_a, weight_b):
    """ratecv's loop over 32-bit samples: (the output samples, d).

    d counts, in units of 1/(inrate*outrate) of a frame, how far the next
    output frame lies past the frame just read; each output sample is the
    linear interpolation between the previous and the current input
    sample.  prev_i and cur_i are updated in place.  A weightB makes the
    input go through a simple low-pass filter first."""
    out = []
    append = out.append
    frames = len(samples) // nchannels
    position = 0
    filtered = weight_b != 0            # with weightB 0 the filter is the identity
    float_a = float(weight_a)
    float_b = float(weight_b)
    float_sum = float_a + float_b
    float_outrate = float(outrate)
    channels = range(nchannels)
    while True:
        while d < 0:
            if frames == 0:
                return out, d
            for chan in channels:
                prev_i[chan] = cur_i[chan]
                cur = samples[position]
                position += 1
                if filtered:
                    cur = int((float_a * cur + float_b * prev_i[chan]) / float_sum)
                cur_i[chan] = cur
            frames -= 1
            d += outrate
        while d >= 0:
            float_d = float(d)
            float_rest = float(outrate - d)
            for chan in channels:
                append(int((prev_i[chan] * float_d + cur_i[chan] * float_rest)
                           / float_outrate))
            d -= inrate


def int32_array(values):
    """The values as a host array of C ints.  Only a state that puts d past
    outrate (which CPython does not check; its buffer then overflows) makes
    an output sample out of range; the (int) cast of such a double is
    INT_MIN on x86-64."""
    try:
        return host_array.array("i", values)
    except OverflowError:
        return host_array.array("i", [value if -0x80000000 <= value <= INT_MAX else -0x80000000
                                      for value in values])


# --- The module ------------------------------------------------------------------------

# No class docstring: CPython's audioop has no __doc__.
@builtin_module("audioop")
class AudioopModule:

    @function("($module, fragment, width, index, /)")
    def getsample(w_fragment, w_width, w_index):
        """Return the value of sample index from the fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        index = c_ssize(w_index)
        check_parameters(len(data), width)
        if not 0 <= index < len(data) // width:
            raise audioop_error("Index out of range")
        start = index * width
        return _int(int.from_bytes(data[start:start + width], sys.byteorder, signed=True))

    @function("($module, fragment, width, /)")
    def max(w_fragment, w_width):
        """Return the maximum of the absolute value of all samples in a fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        values = raw_samples(data, width)
        if not values:
            return _int(0)
        return _int(max(-min(values), max(values)))      # |INT_MIN| fits: unsigned

    @function("($module, fragment, width, /)")
    def minmax(w_fragment, w_width):
        """Return the minimum and maximum values of all samples in the sound fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        values = raw_samples(data, width)
        if not values:          # the loop's starting values
            return _tuple([_int(INT_MAX), _int(-INT_MAX - 1)])
        return _tuple([_int(min(values)), _int(max(values))])

    @function("($module, fragment, width, /)")
    def avg(w_fragment, w_width):
        """Return the average over all samples in the fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        values = raw_samples(data, width)
        if not values:
            return _int(0)
        return _int(floor(c_sum(values) / float(len(values))))

    @function("($module, fragment, width, /)")
    def rms(w_fragment, w_width):
        """Return the root-mean-square of the fragment, i.e. sqrt(sum(S_i^2)/n)."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        values = [float(value) for value in raw_samples(data, width)]
        if not values:
            return _int(0)
        sum_squares = c_sum_of_products(values, values)
        return _int(int(math.sqrt(sum_squares / float(len(values)))))

    @function("($module, fragment, reference, /)")
    def findfit(w_fragment, w_reference):
        """Try to match reference as well as possible to a portion of fragment."""
        # For each offset j the factor f_j = sum(A[j+i]*R[i]) / sum(R[i]^2) makes
        # f_j*R the best match of A there; the offset kept is the one whose
        # relative error (sum(A^2)*sum(R^2) - sum(A*R)^2) / sum(A^2) is least.
        fragment = fragment_arg(w_fragment)
        reference = fragment_arg(w_reference)
        if len(fragment) & 1 or len(reference) & 1:
            raise audioop_error("Strings should be even-sized")
        samples = int16_samples(fragment)
        ref = int16_samples(reference)
        count = len(ref)
        if len(samples) < count:
            raise audioop_error("First sample should be longer")
        sum_ri_2 = c_sum_of_products(ref, ref)
        sum_aij_2 = c_sum_of_products(samples[:count], samples[:count])
        sum_aij_ri = c_sum_of_products(samples[:count], ref)
        best_result = c_divide(sum_ri_2 * sum_aij_2 - sum_aij_ri * sum_aij_ri, sum_aij_2)
        best_j = 0
        for j in range(1, len(samples) - count + 1):
            leaving = samples[j - 1]
            entering = samples[j + count - 1]
            sum_aij_2 = sum_aij_2 + entering * entering - leaving * leaving
            sum_aij_ri = c_sum_of_products(samples[j:j + count], ref)
            result = c_divide(sum_ri_2 * sum_aij_2 - sum_aij_ri * sum_aij_ri, sum_aij_2)
            if result < best_result:
                best_result = result
                best_j = j
        factor = c_divide(c_sum_of_products(samples[best_j:best_j + count], ref), sum_ri_2)
        return _tuple([_int(best_j), _float(factor)])

    @function("($module, fragment, reference, /)")
    def findfactor(w_fragment, w_reference):
        """Return a factor F such that rms(add(fragment, mul(reference, -F))) is minimal."""
        fragment = fragment_arg(w_fragment)
        reference = fragment_arg(w_reference)
        if len(fragment) & 1 or len(reference) & 1:
            raise audioop_error("Strings should be even-sized")
        if len(fragment) != len(reference):
            raise audioop_error("Samples should be same size")
        samples = int16_samples(fragment)
        ref = int16_samples(reference)
        sum_ri_2 = c_sum_of_products(ref, ref)
        sum_aij_ri = c_sum_of_products(samples, ref)
        return _float(c_divide(sum_aij_ri, sum_ri_2))

    @function("($module, fragment, length, /)")
    def findmax(w_fragment, w_length):
        """Search fragment for a slice of specified number of samples with maximum energy."""
        fragment = fragment_arg(w_fragment)
        length = c_ssize(w_length)
        if len(fragment) & 1:
            raise audioop_error("Strings should be even-sized")
        samples = int16_samples(fragment)
        if length < 0 or len(samples) < length:
            raise audioop_error("Input sample should be longer")
        result = c_sum_of_products(samples[:length], samples[:length])
        best_result = result
        best_j = 0
        # The energy of the window at j, updated as it slides (in C's order).
        for j in range(1, len(samples) - length + 1):
            leaving = samples[j - 1]
            entering = samples[j + length - 1]
            result = result + entering * entering - leaving * leaving
            if result > best_result:
                best_result = result
                best_j = j
        return _int(best_j)

    @function("($module, fragment, width, /)")
    def avgpp(w_fragment, w_width):
        """Return the average peak-peak value over all samples in the fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        peaks = extremes(raw_samples(data, width))
        if len(peaks) < 2:
            return _int(0)
        swings = [abs(value - previous) for previous, value in zip(peaks, peaks[1:])]
        return _int(int(c_sum(swings) / float(len(swings))))

    @function("($module, fragment, width, /)")
    def maxpp(w_fragment, w_width):
        """Return the maximum peak-peak value in the sound fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        peaks = extremes(raw_samples(data, width))
        if len(peaks) < 2:
            return _int(0)
        return _int(max(abs(value - previous) for previous, value in zip(peaks, peaks[1:])))

    @function("($module, fragment, width, /)")
    def cross(w_fragment, w_width):
        """Return the number of zero crossings in the fragment passed as an argument."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        negative = [value < 0 for value in raw_samples(data, width)]
        if not negative:
            return _int(-1)     # ncross starts at -1 and the first sample counts
        return _int(sum(map(ne, negative, negative[1:])))

    @function("($module, fragment, width, factor, /)")
    def mul(w_fragment, w_width, w_factor):
        """Return a fragment that has all samples in the original fragment multiplied by the floating-point value factor."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        factor = c_double(w_factor)
        check_parameters(len(data), width)
        values = [value * factor for value in raw_samples(data, width)]
        return _bytes(pack_raw(bounded(values, width), width))

    @function("($module, fragment, width, lfactor, rfactor, /)")
    def tomono(w_fragment, w_width, w_lfactor, w_rfactor):
        """Convert a stereo fragment to a mono fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        lfactor = c_double(w_lfactor)
        rfactor = c_double(w_rfactor)
        check_parameters(len(data), width)
        if (len(data) // width) & 1:
            raise audioop_error("not a whole number of frames")
        values = raw_samples(data, width)
        mixed = [left * lfactor + right * rfactor
                 for left, right in zip(values[0::2], values[1::2])]
        return _bytes(pack_raw(bounded(mixed, width), width))

    @function("($module, fragment, width, lfactor, rfactor, /)")
    def tostereo(w_fragment, w_width, w_lfactor, w_rfactor):
        """Generate a stereo fragment from a mono fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        lfactor = c_double(w_lfactor)
        rfactor = c_double(w_rfactor)
        check_parameters(len(data), width)
        values = raw_samples(data, width)
        stereo = [0] * (2 * len(values))
        stereo[0::2] = bounded([value * lfactor for value in values], width)
        stereo[1::2] = bounded([value * rfactor for value in values], width)
        return _bytes(pack_raw(stereo, width))

    @function("($module, fragment1, fragment2, width, /)")
    def add(w_fragment1, w_fragment2, w_width):
        """Return a fragment which is the addition of the two samples passed as parameters."""
        data1 = fragment_arg(w_fragment1)
        data2 = fragment_arg(w_fragment2)
        width = c_int(w_width)
        check_parameters(len(data1), width)
        if len(data1) != len(data2):
            raise audioop_error("Lengths should be the same")
        # Sums that overflow are clipped.  (For width 4 the C code adds in
        # doubles and applies fbound; on sums of two ints that is the same clip.)
        maxval = MAXVALS[width]
        minval = MINVALS[width]
        sums = map(add, raw_samples(data1, width), raw_samples(data2, width))
        clipped = [maxval if total > maxval else minval if total < minval else total
                   for total in sums]
        return _bytes(pack_raw(clipped, width))

    @function("($module, fragment, width, bias, /)")
    def bias(w_fragment, w_width, w_bias):
        """Return a fragment that is the original fragment with a bias added to each sample."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        bias = c_int(w_bias)
        check_parameters(len(data), width)
        # The sum wraps around, as unsigned arithmetic does.
        if width == 1:
            return _bytes(data.translate(bytes((byte + bias) & 0xFF for byte in range(256))))
        half = 1 << (8 * width - 1)
        mask = (1 << (8 * width)) - 1
        shifted = bias + half
        wrapped = [((value + shifted) & mask) - half for value in raw_samples(data, width)]
        return _bytes(pack_raw(wrapped, width))

    @function("($module, fragment, width, /)")
    def reverse(w_fragment, w_width):
        """Reverse the samples in a fragment and returns the modified fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        # Reversing the bytes reverses the samples and each sample's bytes;
        # swapping each sample's bytes back leaves the samples reversed.
        return _bytes(swap_bytes(data[::-1], width))

    @function("($module, fragment, width, /)")
    def byteswap(w_fragment, w_width):
        """Convert big-endian samples to little-endian and vice versa."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        return _bytes(swap_bytes(data, width))

    @function("($module, fragment, width, newwidth, /)")
    def lin2lin(w_fragment, w_width, w_newwidth):
        """Convert samples between 1-, 2-, 3- and 4-byte formats."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        newwidth = c_int(w_newwidth)
        check_parameters(len(data), width)
        check_size(newwidth)
        return _bytes(change_width(data, width, newwidth))

    @function("($module, fragment, width, nchannels, inrate, outrate, state,\n"
              "       weightA=1, weightB=0, /)")
    def ratecv(w_fragment, w_width, w_nchannels, w_inrate, w_outrate, w_state,
               w_weightA, w_weightB):
        """Convert the frame rate of the input fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        nchannels = c_int(w_nchannels)
        inrate = c_int(w_inrate)
        outrate = c_int(w_outrate)
        weight_a = c_int(w_weightA, 1)
        weight_b = c_int(w_weightB, 0)
        check_size(width)
        if nchannels < 1:
            raise audioop_error("# of channels should be >= 1")
        if width > INT_MAX // nchannels:
            raise overflow_error("width * nchannels too big for a C int")
        bytes_per_frame = width * nchannels
        if weight_a < 1 or weight_b < 0:
            raise audioop_error("weightA should be >= 1, weightB should be >= 0")
        if len(data) % bytes_per_frame != 0:
            raise audioop_error("not a whole number of frames")
        if inrate <= 0 or outrate <= 0:
            raise audioop_error("sampling rate not > 0")
        divisor = math.gcd(inrate, outrate)
        inrate //= divisor
        outrate //= divisor
        divisor = math.gcd(weight_a, weight_b)
        weight_a //= divisor
        weight_b //= divisor
        d, prev_i, cur_i = ratecv_state(w_state, nchannels, outrate)
        frames = len(data) // bytes_per_frame
        if frames:
            # The C code allocates ceiling(frames/inrate) * outrate frames up front.
            bound = 1 + (frames - 1) // inrate
            if outrate > PY_SSIZE_T_MAX // bound // bytes_per_frame:
                raise operation_error("MemoryError", "not enough memory for output buffer")
        out, d = ratecv_convert(samples32(data, width), nchannels, inrate, outrate,
                                d, prev_i, cur_i, weight_a, weight_b)
        w_out = _bytes(_narrow(int32_array(out).tobytes(), width))
        w_samples = _tuple([_tuple([_int(prev), _int(cur)])
                            for prev, cur in zip(prev_i, cur_i)])
        return _tuple([w_out, _tuple([_int(d), w_samples])])

    @function("($module, fragment, width, /)")
    def lin2ulaw(w_fragment, w_width):
        """Convert samples in the audio fragment to u-LAW encoding."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        table = codec_table("to_ulaw")
        return _bytes(bytes([table[(value >> 18) & 0x3FFF] for value in samples32(data, width)]))

    @function("($module, fragment, width, /)")
    def ulaw2lin(w_fragment, w_width):
        """Convert sound fragments in u-LAW encoding to linearly encoded sound fragments."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_size(width)
        return _bytes(pack16(map(codec_table("ulaw").__getitem__, data), width))

    @function("($module, fragment, width, /)")
    def lin2alaw(w_fragment, w_width):
        """Convert samples in the audio fragment to a-LAW encoding."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        table = codec_table("to_alaw")
        return _bytes(bytes([table[(value >> 19) & 0x1FFF] for value in samples32(data, width)]))

    @function("($module, fragment, width, /)")
    def alaw2lin(w_fragment, w_width):
        """Convert sound fragments in a-LAW encoding to linearly encoded sound fragments."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_size(width)
        return _bytes(pack16(map(codec_table("alaw").__getitem__, data), width))

    @function("($module, fragment, width, state, /)")
    def lin2adpcm(w_fragment, w_width, w_state):
        """Convert samples to 4 bit Intel/DVI ADPCM encoding."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_parameters(len(data), width)
        valpred, index = adpcm_state(w_state, "lin2adpcm")
        values = [value >> 16 for value in samples32(data, width)]
        codes, valpred, index = adpcm_encode(values, valpred, index)
        return _tuple([_bytes(codes), _tuple([_int(valpred), _int(index)])])

    @function("($module, fragment, width, state, /)")
    def adpcm2lin(w_fragment, w_width, w_state):
        """Decode an Intel/DVI ADPCM coded fragment to a linear fragment."""
        data = fragment_arg(w_fragment)
        width = c_int(w_width)
        check_size(width)
        valpred, index = adpcm_state(w_state, "adpcm2lin")
        values, valpred, index = adpcm_decode(data, valpred, index)
        return _tuple([_bytes(pack16(values, width)), _tuple([_int(valpred), _int(index)])])


def init_module(w_module):
    """PyInit_audioop's warning, then audioop_exec."""
    from glass.modules._warnings import warn
    from glass.objects.exceptions import new_exception_class
    # Stack level 7 reaches past importlib's frames to the import statement.
    warn("DeprecationWarning",
         "'audioop' is deprecated and slated for removal in Python 3.13", 7)
    if not W_ERROR:
        # Divergence: CPython makes a new audioop.error with each new module
        # object (module state); Glass's functions do not see their module,
        # so every audioop module shares one.
        W_ERROR.append(new_exception_class("audioop.error", EXCEPTION_TYPES["Exception"]))
    w_module.w_dict.setitem_str("error", W_ERROR[0])


AudioopModule.init_module = staticmethod(init_module)
