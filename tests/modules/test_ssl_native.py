"""_ssl against the host, through the stdlib's ssl module.

Counterpart: glass/modules/_ssl.py (Modules/_ssl.c).

Everything runs over MemoryBIO pairs or a socketpair, with the
certificates of the host's Lib/test/certdata; nothing reaches the network.
"""
from __future__ import annotations

import os
import ssl

import pytest

from oracle import same_as_host

CERTDATA = os.path.join(os.path.dirname(ssl.__file__), "test", "certdata")

pytestmark = pytest.mark.skipif(
    not os.path.exists(os.path.join(CERTDATA, "keycert.pem")),
    reason="because the host's Lib/test/certdata (keycert.pem) is not installed")

PRELUDE = """
    import os, ssl, sys
    CERTDATA = os.path.join(os.path.dirname(ssl.__file__), "test", "certdata")
    CERT = os.path.join(CERTDATA, "keycert.pem")
    SIGNED = os.path.join(CERTDATA, "keycert3.pem")
    CA = os.path.join(CERTDATA, "pycacert.pem")

    def handshake(client, server):
        # Shuttle the records between two SSLObjects until both are done.
        done = set()
        for _ in range(20):
            for obj in (client, server):
                if obj in done:
                    continue
                try:
                    obj.do_handshake()
                    done.add(obj)
                except ssl.SSLWantReadError:
                    pass
            pump(client, server)
            if len(done) == 2:
                return

    def bio_pair(server_ctx, client_ctx, hostname="localhost", session=None):
        objs = []
        for ctx, side in ((server_ctx, True), (client_ctx, False)):
            incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
            obj = ctx.wrap_bio(incoming, outgoing, server_side=side,
                               server_hostname=None if side else hostname,
                               session=None if side else session)
            obj._incoming, obj._outgoing = incoming, outgoing
            objs.append(obj)
        return objs

    def pump(client, server):
        for src, dst in ((client, server), (server, client)):
            data = src._outgoing.read()
            if data:
                dst._incoming.write(data)

"""


def test_module_surface():
    same_as_host(PRELUDE + """
    import _ssl, warnings
    print(_ssl.OPENSSL_VERSION == ssl.OPENSSL_VERSION, ssl.OPENSSL_VERSION_INFO[:2])
    print(ssl.PROTOCOL_TLS_CLIENT, ssl.CERT_REQUIRED, ssl.OP_NO_TICKET, ssl.HAS_SNI,
          ssl.HAS_TLSv1_3, ssl._DEFAULT_CIPHERS[:20], len(_ssl.err_codes_to_names) > 100)
    for cls in (ssl.SSLError, ssl.SSLZeroReturnError, ssl.SSLWantReadError,
                ssl.SSLCertVerificationError, ssl.SSLEOFError, ssl.SSLSyscallError):
        print(cls.__module__, cls.__name__, [c.__name__ for c in cls.__mro__],
              repr(cls.__doc__))
    print(type(ssl.SSLError.__dict__["__str__"]).__name__)
    for args in ((), (1,), (1, "message"), (1, 2), ("a", "b", "c")):
        e = ssl.SSLError(*args)
        print(repr(e), str(e), e.errno, e.strerror)
    print(ssl._ssl.txt2obj("1.3.6.1.5.5.7.3.1"), ssl._ssl.nid2obj(129),
          ssl._ssl.txt2obj("serverAuth", name=True))
    for bad in (lambda: ssl._ssl.txt2obj("nope"), lambda: ssl._ssl.nid2obj(-1),
                lambda: ssl.RAND_bytes(-1), lambda: ssl._ssl._SSLContext(99),
                lambda: ssl.MemoryBIO(1)):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    print(ssl.RAND_status(), len(ssl.RAND_bytes(16)), ssl.RAND_add("seed", 1.5))
    print(sorted(ssl._ssl._test_decode_cert(CERT).items()))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    print([(w.category.__name__, str(w.message)) for w in caught])

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    print(ctx.protocol, ctx.verify_mode, ctx.check_hostname, ctx.options,
          ctx.minimum_version, ctx.maximum_version, ctx.verify_flags,
          ctx.post_handshake_auth, ctx.sni_callback, ctx.keylog_filename,
          ctx.security_level)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.options |= ssl.OP_NO_COMPRESSION
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    print(ctx.verify_mode, ctx.check_hostname, ssl.OP_NO_COMPRESSION in ctx.options,
          ctx.minimum_version)
    for bad in (lambda: setattr(ctx, "verify_mode", 42),
                lambda: setattr(ctx, "sni_callback", 42),
                lambda: ctx.load_cert_chain(os.path.join(CERTDATA, "nonexisting.pem")),
                lambda: ctx.load_cert_chain(os.path.join(CERTDATA, "keycert.passwd.pem"),
                                            password="wrong"),
                lambda: ctx.load_cert_chain(os.path.join(CERTDATA, "keycert.passwd.pem"),
                                            password=lambda: 42),
                lambda: ctx.load_cert_chain(os.path.join(CERTDATA, "keycert.passwd.pem"),
                                            password=lambda: 1 / 0),
                lambda: ctx.load_verify_locations(cadata="not a cert"),
                lambda: ctx.set_ciphers("nothing-like-a-cipher"),
                lambda: ctx.load_dh_params(os.path.join(CERTDATA, "missing.pem"))):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e.args, str(e), getattr(e, "library", None),
                  getattr(e, "reason", None))
    ctx.load_cert_chain(os.path.join(CERTDATA, "keycert.passwd.pem"),
                        password=lambda: b"somepass")
    ctx.load_verify_locations(CA)
    print(ctx.cert_store_stats(), ctx.get_ca_certs()[0]["subject"])
    print(ctx.get_ca_certs(True)[0][:10], sorted(ctx.session_stats()))
    ciphers = ctx.get_ciphers()
    print(len(ciphers) > 0, sorted(ciphers[0]))
    class Sub(ssl.SSLContext):
        pass
    print(type(Sub(ssl.PROTOCOL_TLS_SERVER)).__name__)
    """)


def test_memory_bio_handshake_and_callbacks():
    same_as_host(PRELUDE + """
    sys.unraisablehook = lambda u: print("unraisable:", type(u.exc_value).__name__,
                                         u.exc_value)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(SIGNED)
    client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client_ctx.load_verify_locations(CA)
    seen = []
    def sni(obj, name, ctx):
        seen.append((type(obj).__name__, name, ctx is server_ctx, obj.context is ctx))
    server_ctx.sni_callback = sni
    messages = []
    client_ctx._msg_callback = lambda conn, *args: messages.append(type(conn).__name__)
    server, client = bio_pair(server_ctx, client_ctx)
    print(type(client._sslobj).__name__, client._sslobj.owner is client,
          client._sslobj.context is client_ctx, client._sslobj.server_side,
          client._sslobj.server_hostname, server._sslobj.server_side)
    try:
        client.getpeercert()
    except ValueError as e:
        print("ValueError", e)
    handshake(client, server)
    print(seen, sorted(set(messages)), len(messages) > 3)
    print(client.version(), client.cipher()[1:], client.selected_alpn_protocol(),
          client.compression(), client.pending())
    cert = client.getpeercert()
    print(sorted(cert), cert["subject"], cert["subjectAltName"])
    print(len(client.getpeercert(True)), server.getpeercert())
    print(len(client.get_channel_binding()), client.session_reused)
    client_ctx._msg_callback = None
    print(client.write(b"hello"), client.write(bytearray(b" world")))
    pump(client, server)
    buf = bytearray(8)
    print(server.read(5), server.read(3, buf), buf, server.pending())
    print(server.read(100))
    try:
        server.read(1)
    except ssl.SSLWantReadError as e:
        print(type(e).__name__, e.args[0], str(e).split(" (")[0], e.library, e.reason)
    print(type(client.session).__name__, client.session == client.session,
          client.session.has_ticket in (True, False), len(client.session.id) >= 0)
    try:
        hash(client.session)
    except TypeError as e:
        print("TypeError", e)

    # A failing SNI callback: unraisable, and the handshake fails.
    def broken(obj, name, ctx):
        raise ZeroDivisionError("sni failed")
    server_ctx.sni_callback = broken
    server, client = bio_pair(server_ctx, client_ctx)
    try:
        handshake(client, server)
    except ssl.SSLError as e:
        print(type(e).__name__, e.reason, e.library)
    server_ctx.sni_callback = lambda *args: ssl.ALERT_DESCRIPTION_ACCESS_DENIED
    server, client = bio_pair(server_ctx, client_ctx)
    try:
        handshake(client, server)
    except ssl.SSLError as e:
        print(type(e).__name__, e.reason)
    server_ctx.sni_callback = None

    # A failing message callback: its exception comes out of the SSL call.
    def boom(*args):
        raise KeyError("from the callback")
    client_ctx._msg_callback = boom
    server, client = bio_pair(server_ctx, client_ctx)
    try:
        handshake(client, server)
    except KeyError as e:
        print("KeyError", e)
    client_ctx._msg_callback = None

    # Certificate verification failures keep their verify_code and message.
    server, client = bio_pair(server_ctx, client_ctx, hostname="wronghost")
    try:
        handshake(client, server)
    except ssl.SSLCertVerificationError as e:
        print(type(e).__name__, e.verify_code, e.verify_message, e.reason, e.library,
              isinstance(e, ValueError), str(e).split(" (")[0])
    try:
        client.unwrap()
    except Exception as e:
        print(type(e).__name__)
    """)


def test_socket_echo_with_threads_and_timeout():
    same_as_host(PRELUDE + """
    import socket, threading
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(CERT)
    client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client_ctx.load_verify_locations(CERT)
    a, b = socket.socketpair()
    log = []

    def serve():
        # The handshake needs both ends running: a blocking host call that
        # kept the GIL would deadlock here.
        with server_ctx.wrap_socket(b, server_side=True) as conn:
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())
            conn.unwrap()
            log.append("server done")

    thread = threading.Thread(target=serve)
    thread.start()
    with client_ctx.wrap_socket(a, server_hostname="localhost") as conn:
        print(type(conn).__name__, conn.version() in ("TLSv1.2", "TLSv1.3"),
              conn.server_hostname, conn.getpeercert()["subject"][-1])
        conn.sendall(b"hello, world")
        print(conn.recv(1024))
        conn.settimeout(0.2)
        print(conn.gettimeout(), conn._sslobj.owner is conn)
        try:
            conn.recv(1024)
        except TimeoutError as e:
            print("TimeoutError", e)
        conn.settimeout(None)
        conn.sendall(b"again")
        print(conn.recv(1024))
        plain = conn.unwrap()
        print(type(plain).__name__, plain is conn)
        plain.close()
    thread.join()
    print(log)
    """)
