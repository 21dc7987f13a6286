"""`glass explore`: serve a recorded run on 127.0.0.1, or export it as one page.

Counterpart: none in CPython.  The page is the committed front end in
static/ (plain ES modules and CSS, no build step); the server answers only
under a random token (/TOKEN/...) and only to a Host header naming the
loopback address it listens on, so another page in the browser or a
rebinding DNS name cannot read the trace.

The export inlines the same files: the CSS in a <style>, the modules
concatenated in dependency order into one module script (their `import`
lines dropped and `export` keywords removed, which the modules are written
to allow: imports of their siblings only), and the trace as a
JSON <script> block, so the file works offline from file://.
"""
from __future__ import annotations

import http.server
import json
import os
import re
import secrets
import threading

STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")
MODULES = ("meanings.js", "model.js", "panes.js", "main.js")   # dependency order
CONTENT_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                 ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml",
                 ".json": "application/json; charset=utf-8"}


def _static(name):
    with open(os.path.join(STATIC, name), encoding="utf-8") as file:
        return file.read()


def trace_script(trace):
    """The trace as a JSON block inside the page: '<' escaped, so no guest
    text can close the script element."""
    text = json.dumps(trace, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return '<script type="application/json" id="glass-trace">%s</script>' % text


_IMPORT_LINE = re.compile(r'^import\s[^;]*?from\s+"\./[\w-]+\.js";[ \t]*$', re.M)
_EXPORT = re.compile(r"^export\s+(?=(async\s+)?(function|class|const|let)\b)", re.M)


def inline_modules():
    """The front end's modules as one module script's text."""
    parts = []
    for name in MODULES:
        text = _static(name)
        text = _IMPORT_LINE.sub("", text)
        text = _EXPORT.sub("", text)
        parts.append("// --- %s ---\n%s" % (name, text))
    script = "\n".join(parts)
    if re.search(r"^\s*(import|export)\b", script, re.M):
        raise ValueError("a front-end module has an import or export the export cannot inline")
    return script.replace("</script", "<\\/script")


def served_page():
    """index.html as the server sends it: the CSS and modules fetched from /static/."""
    page = _static("index.html")
    # An empty icon, so the browser does not ask for /favicon.ico (refused:
    # it has no token).
    page = page.replace("<!-- glass:style -->",
                        '<link rel="icon" href="data:,">\n'
                        '<link rel="stylesheet" href="static/explorer.css">')
    page = page.replace("<!-- glass:trace -->", "")
    return page.replace("<!-- glass:script -->",
                        '<script type="module" src="static/main.js"></script>')


def exported_page(trace):
    """One self-contained HTML file: the page, its code and the trace."""
    page = _static("index.html")
    page = page.replace("<!-- glass:style -->",
                        "<style>\n%s</style>" % _static("explorer.css"))
    page = page.replace("<!-- glass:trace -->", trace_script(trace))
    return page.replace("<!-- glass:script -->",
                        '<script type="module">\n%s</script>' % inline_modules())


# --- The server ------------------------------------------------------------------------------

class ExplorerServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, trace, port=0, token=None):
        self.token = token or secrets.token_urlsafe(24)
        self.trace_bytes = json.dumps(trace, ensure_ascii=False,
                                      separators=(",", ":")).encode("utf-8")
        http.server.ThreadingHTTPServer.__init__(self, ("127.0.0.1", port), ExplorerHandler)

    @property
    def port(self):
        return self.server_address[1]

    @property
    def url(self):
        return "http://127.0.0.1:%d/%s/" % (self.port, self.token)

    def allowed_hosts(self):
        return {"127.0.0.1:%d" % self.port, "localhost:%d" % self.port}


class ExplorerHandler(http.server.BaseHTTPRequestHandler):
    server_version = "GlassExplorer"

    def log_message(self, format, *args):
        pass                                     # the terminal shows only the URL

    def do_GET(self):
        server = self.server
        host = self.headers.get("Host", "")
        if host not in server.allowed_hosts():
            return self.refuse(403, "wrong Host header")
        path = self.path.split("?", 1)[0]
        prefix = "/%s/" % server.token
        if not path.startswith(prefix) or not secrets.compare_digest(
                path[:len(prefix)], prefix):
            return self.refuse(403, "wrong or missing token")
        rest = path[len(prefix):]
        if rest in ("", "index.html"):
            return self.send(served_page().encode("utf-8"), CONTENT_TYPES[".html"])
        if rest == "trace.json":
            return self.send(server.trace_bytes, CONTENT_TYPES[".json"])
        if rest.startswith("static/"):
            name = rest[len("static/"):]
            extension = os.path.splitext(name)[1]
            if "/" in name or name.startswith(".") or extension not in CONTENT_TYPES:
                return self.refuse(404, "not found")
            try:
                body = _static(name).encode("utf-8")
            except OSError:
                return self.refuse(404, "not found")
            return self.send(body, CONTENT_TYPES[extension])
        return self.refuse(404, "not found")

    def send(self, body, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)

    def refuse(self, status, reason):
        body = ("%d %s\n" % (status, reason)).encode("ascii")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=ascii")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def start_server(trace, port=0, token=None):
    """A server answering in a background thread: call .shutdown() to stop it."""
    server = ExplorerServer(trace, port, token)
    thread = threading.Thread(target=server.serve_forever, name="glass-explore",
                              daemon=True)
    thread.start()
    return server
