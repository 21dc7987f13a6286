# TextIOWrapper.reconfigure always flushes, reads its flags as C longs
# (convert_optional_bool); a detached wrapper keeps its encoding and errors;
# codecs.lookup refuses a name a C string cannot hold.
import io
class BadIndex:
    def __index__(self): 1/0
r = io.BytesIO(); b = io.BufferedWriter(r, 1000)
t = io.TextIOWrapper(b, encoding="utf-8", newline="\n", line_buffering=False)
t.write("AB\nC"); print(r.getvalue())
t.reconfigure(line_buffering=True); print(r.getvalue(), t.line_buffering)
t.write("DEF\nG"); print(r.getvalue())
for bad in (BadIndex(), 2**1000, "x", 2.5):
    for name in ("line_buffering", "write_through"):
        try:
            t.reconfigure(**{name: bad})
        except Exception as e:
            print(name, type(e).__name__, e)
t.reconfigure(line_buffering=0, write_through=7); print(t.line_buffering, t.write_through)
t.detach(); print(t.encoding, t.errors, t.line_buffering, t.write_through)
try: t.reconfigure()
except ValueError as e: print(e)
import codecs
for name in ['\udcfe', 'utf-8\0', 'x\udcfey', 42]:
    try:
        codecs.lookup(name)
    except Exception as e:
        print(type(e).__name__, e)
