"""BytesIO and StringIO __setstate__: the state checks of bytesio_setstate and
stringio_setstate (write's closed check, __init__'s type checks), in their order."""
import io
for cls, states in ((io.BytesIO, [(b"", -1, None), ("unicode", 0, None), (b"", 0.0, None), (b"", 0, 0), (b"len-test", 0), 0, (b"x", 5, {'a': 1}), (bytearray(b"ab"), 1, None)]),
                    (io.StringIO, [("", "f", 0, None), ("", "", -1, None), (b"", "", 0, None), ("", b"", 0, None), ("", "", 0.0, None), ("", "", 0, 0), ("len-test", 0), 0, ("ab", "\n", 1, {'b': 2}), ("a\r\nb", None, 1, None)])):
    for state in states:
        m = cls()
        try:
            m.__setstate__(state)
            print(cls.__name__, repr(state), 'ok', m.tell(), repr(m.getvalue()), m.__dict__)
        except Exception as e:
            print(cls.__name__, repr(state), type(e).__name__, e)
    m = cls(); m.close()
    try: m.__setstate__((b"closed", 0, None) if cls is io.BytesIO else ("closed", "", 0, None))
    except Exception as e: print(type(e).__name__, e)
    try: m.__setstate__()
    except Exception as e: print(type(e).__name__, e)
