"""The project's static files, answered in front of Django (borgo/wsgi.py).

WhiteNoise as a middleware answers a static file only after Django has built a request and run
the layers above it; measured with `make bench`, that held a stylesheet to about 0.6 of what the
same gunicorn serves from a bare WSGI application (issue 15). Here WhiteNoise is configured from
the settings exactly as its middleware would be, but wraps the WSGI application, and gives each
file the headers Django's SecurityMiddleware gives every response. A request that Django would
redirect to HTTPS (SECURE_SSL_REDIRECT) is left to Django, which does.
"""

from django.conf import settings
from whitenoise.base import WhiteNoise
from whitenoise.middleware import WhiteNoiseMiddleware


def add_security_headers(headers, path, url):
    """What SecurityMiddleware would add to the file's response (WhiteNoise's headers function).

    Strict-Transport-Security goes on every file: a browser ignores it on plain HTTP, and only
    secure requests reach this far when SECURE_SSL_REDIRECT is on."""
    if settings.SECURE_CONTENT_TYPE_NOSNIFF:
        headers["X-Content-Type-Options"] = "nosniff"
    if settings.SECURE_REFERRER_POLICY:
        headers["Referrer-Policy"] = settings.SECURE_REFERRER_POLICY
    if settings.SECURE_CROSS_ORIGIN_OPENER_POLICY:
        headers["Cross-Origin-Opener-Policy"] = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
    if settings.SECURE_HSTS_SECONDS:
        value = f"max-age={settings.SECURE_HSTS_SECONDS}"
        if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
            value += "; includeSubDomains"
        if settings.SECURE_HSTS_PRELOAD:
            value += "; preload"
        headers["Strict-Transport-Security"] = value


def is_secure(environ):
    if environ.get("wsgi.url_scheme") == "https":
        return True
    proxy_header = settings.SECURE_PROXY_SSL_HEADER
    return bool(proxy_header) and environ.get(proxy_header[0]) == proxy_header[1]


class WhiteNoiseSettings:
    """The settings, with the headers function that is code (WhiteNoise takes a callable)."""

    WHITENOISE_ADD_HEADERS_FUNCTION = staticmethod(add_security_headers)

    def __getattr__(self, name):
        return getattr(settings, name)


class StaticFilesFirst(WhiteNoiseMiddleware):
    def __init__(self, application):
        super().__init__(settings=WhiteNoiseSettings())
        self.application = application

    def __call__(self, environ, start_response):
        if settings.SECURE_SSL_REDIRECT and not is_secure(environ):
            return self.application(environ, start_response)
        return WhiteNoise.__call__(self, environ, start_response)

    # The WSGI way of serving a file, not the middleware's.
    serve = staticmethod(WhiteNoise.serve)
