# PEP 597 and the UTF-8 mode in children started as sys.executable: -X utf8
# decides io.text_encoding(None), -X warn_default_encoding warns where open()
# or text_encoding got no encoding, and -X dev checks open()'s errors name.
import subprocess, sys, textwrap
def run(*args):
    p = subprocess.run([sys.executable, *args], capture_output=True)
    print(p.returncode, p.stdout.strip(), [l.split(b": ", 1)[0] + b": " + l.split(b": ")[1] if b": " in l else l for l in p.stderr.splitlines()])
code = "import io; print(io.text_encoding(None))"
run("-X", "utf8=0", "-c", code); run("-X", "utf8=1", "-c", code)
run("-X", "warn_default_encoding", "-c", textwrap.dedent(f"""\
    import sys, io, pathlib
    with open({__file__!r}) as f:
        pass
    pathlib.Path({__file__!r}).read_text()
    io.text_encoding(None)
    def f(): return io.text_encoding(None, 1)
    f()
    """))
run("-X", "dev", "-c", f"""
import io
try:
    open({__file__!r}, errors='Boom')
except LookupError as e:
    print(e)
f = open({__file__!r}, errors='strict'); f.close()
""")
