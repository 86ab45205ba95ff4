"""The ceiling `make bench` measures Borgo against: a bare WSGI application that answers each
measured path with the very bytes Borgo served for it (body and Content-Type), in the same
gunicorn with the same gunicorn.conf.py. What a page costs above it is Borgo's own work: the
middleware, the cache lookup, the visitor's CSRF token.

`capture` saves the bytes while Borgo serves them; gunicorn then loads `application` with
BENCH_CEILING_PAGES naming the saved index.
"""

import hashlib
import json
import os
import urllib.request
from pathlib import Path

HEALTHZ = ("/healthz", "application/json", b'{"status": "ok"}')


def capture(base_url, targets, directory):
    """Save the body and Content-Type Borgo answers for every target path; the index's path."""
    directory.mkdir(parents=True, exist_ok=True)
    index = {}
    for _label, path in targets:
        with urllib.request.urlopen(base_url + path, timeout=120) as response:
            body = response.read()
            content_type = response.headers["Content-Type"]
        name = hashlib.sha256(path.encode()).hexdigest()
        (directory / name).write_bytes(body)
        index[path] = [content_type, name]
    index_path = directory / "pages.json"
    index_path.write_text(json.dumps(index))
    return index_path


def load(index_path):
    """{path with its query string: (Content-Type, body)}."""
    index = json.loads(index_path.read_text())
    pages = {
        path: (kind, (index_path.parent / name).read_bytes())
        for path, (kind, name) in index.items()
    }
    pages[HEALTHZ[0]] = HEALTHZ[1:]
    return pages


PAGES = load(Path(os.environ["BENCH_CEILING_PAGES"])) if "BENCH_CEILING_PAGES" in os.environ else {}


def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if environ.get("QUERY_STRING"):
        path = f"{path}?{environ['QUERY_STRING']}"
    content_type, body = PAGES.get(path, ("text/plain", b"not found"))
    status = "200 OK" if path in PAGES else "404 Not Found"
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]
