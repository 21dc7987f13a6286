"""str.encode, bytes.decode, str(b, enc) and bytes(s, enc): UTF-8/16/32, ASCII
and Latin-1 are done in C, every other encoding by the codec the registry
finds (codecs.register), and error handlers registered with
codecs.register_error are called, with CPython's errors and tracebacks."""
import codecs
import traceback


def show(thunk):
    try:
        print(repr(thunk()))
    except Exception as error:
        print(type(error).__name__, error)


codecs.register_error('angle', lambda e: ('<%x>' % ord(e.object[e.start]), e.start + 1))
codecs.register_error('skip_bytes', lambda e: ('?' * (e.end - e.start), e.end))
codecs.register_error('bad', lambda e: 42)
codecs.register_error('boom', lambda e: 1 / 0)

show(lambda: 'aéb'.encode('ascii', 'angle'))
show(lambda: 'aéb'.encode('US-ASCII', 'angle'))
show(lambda: 'a\u20acb'.encode('latin-1', 'angle'))
show(lambda: 'a\u20acb'.encode('ISO 8859-1', 'angle'))
show(lambda: 'a\udcffb'.encode('utf-8', 'angle'))
show(lambda: 'a\u0100b'.encode('cp1252', 'angle'))
show(lambda: b'a\xffb'.decode('ascii', 'skip_bytes'))
show(lambda: b'a\xffb'.decode('utf-8', 'skip_bytes'))
show(lambda: b'a\x81b'.decode('cp1252', 'skip_bytes'))
show(lambda: str(b'a\xffb', 'ascii', 'skip_bytes'))
show(lambda: bytes('aéb', 'ascii', 'angle'))
show(lambda: bytearray('aéb', 'ascii', 'angle'))
show(lambda: 'abc'.encode('ascii', 'no-such-handler'))
show(lambda: 'aéb'.encode('ascii', 'no-such-handler'))
show(lambda: 'aéb'.encode('ascii', 'bad'))
show(lambda: 'aéb'.encode('cp1252', 'bad'))
show(lambda: 'aéb'.encode('ascii', 'boom'))
show(lambda: 'abc'.encode('rot13'))
show(lambda: b'abc'.decode('hex'))
show(lambda: 'abc'.encode('no-such-codec'))


class Shouting(codecs.Codec):
    def encode(self, text, errors='strict'):
        return text.upper().encode('ascii', errors), len(text)

    def decode(self, data, errors='strict'):
        print('decoder got', type(data).__name__)
        return bytes(data).decode('ascii', errors).lower(), len(data)


class NotText(codecs.Codec):
    def encode(self, text, errors='strict'):
        return text, len(text)

    def decode(self, data, errors='strict'):
        return 7


def search(name):
    if name == 'shouting':
        return codecs.CodecInfo(Shouting().encode, Shouting().decode, name='shouting')
    if name == 'not_text':
        return codecs.CodecInfo(NotText().encode, NotText().decode, name='not-text')
    return None


codecs.register(search)
show(lambda: 'hello'.encode('shouting'))
show(lambda: 'héllo'.encode('Shouting', 'angle'))
show(lambda: b'HELLO'.decode('shouting'))
show(lambda: 'x'.encode('not_text'))
show(lambda: b'x'.decode('not-text'))

try:
    'a\u0100'.encode('cp1252')
except UnicodeEncodeError:
    traceback.print_exc(limit=-1)
