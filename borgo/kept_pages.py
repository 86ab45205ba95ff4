"""Kept pages answered in front of Django (borgo/wsgi.py), as the static files are.

A page kept by the page cache (borgo.page_cache) is answered here before Django's handler and
middleware run: measured with `make bench`, a hit answered by the middleware, even just inside
the compression, held pages to about a fifth of what the same gunicorn serves from a bare WSGI
application (issue 15).

The answer is made by the very code Django's layers would run: the page cache middleware's own
answer to a hit (a copy with a form gets the visitor's CSRF token and cookie from Django's CSRF
layer), then Django's gzip and security layers' responses; only a copy the same for everyone is
compressed ahead (borgo.page_cache.Kept). Everything else goes to Django, which decides as
before: a miss, a visitor with a session, a host Django would refuse, a plain-HTTP request it
would redirect to HTTPS.
"""

import re

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.middleware.gzip import GZipMiddleware
from django.middleware.security import SecurityMiddleware

from .page_cache import cache_key, find_kept, is_cacheable_request
from .page_cache_middleware import answer_kept

# Django's gzip layer's own test of Accept-Encoding.
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


class KeptPagesFirst:
    def __init__(self, application):
        self.application = application
        # Made once, as Django's handler makes its middleware: they read their settings then.
        self.compression = GZipMiddleware(application)
        self.security = SecurityMiddleware(application)

    def __call__(self, environ, start_response):
        request = WSGIRequest(environ)
        kept = kept_for(request) if settings.PAGE_CACHE_SECONDS else None
        if kept is None:
            return self.application(environ, start_response)
        response = self.security.process_response(request, self.compressed(kept, request))
        headers = [
            *response.items(),
            *(("Set-Cookie", cookie.output(header="")) for cookie in response.cookies.values()),
        ]
        start_response("200 OK", headers)
        return [b"" if request.method == "HEAD" else response.content]

    def compressed(self, kept, request):
        response = answer_kept(kept, request)
        if kept.gzipped is None:
            return self.compression.process_response(request, response)
        if ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
            response.content = kept.gzipped
            response["Content-Encoding"] = "gzip"
            response["Content-Length"] = str(len(kept.gzipped))
        return response


def kept_for(request):
    """The current copy of the page asked for, if one may be answered in front of Django."""
    if not is_cacheable_request(request):
        return None
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return None
    try:
        key = cache_key(request)
    except DisallowedHost:
        return None
    return find_kept(key)[0]
