"""Static files are answered in front of Django, with the headers Django would have given them."""

import pytest
from django.core.handlers.wsgi import WSGIHandler

from borgo import wsgi
from borgo.static_files import StaticFilesFirst

from .wsgi_calls import call

STYLESHEET = "/static/css/borgo.css"


@pytest.fixture
def in_front(settings):
    """StaticFilesFirst in front of `application`, finding files as in development (the
    suite runs with DEBUG off and nothing collected)."""
    settings.WHITENOISE_USE_FINDERS = settings.WHITENOISE_AUTOREFRESH = True
    return StaticFilesFirst


@pytest.mark.django_db
def test_a_static_file_is_answered_before_django_builds_a_request(
    in_front, django_requests, settings
):
    assert isinstance(wsgi.application.application, StaticFilesFirst)  # as gunicorn runs it
    settings.SECURE_SSL_REDIRECT = False
    application = in_front(WSGIHandler())
    status, _headers, body = call(application, STYLESHEET)
    assert status == "200 OK" and b"{" in body and not django_requests
    assert call(application, "/healthz")[0] == "200 OK" and django_requests


def test_the_favicon_is_served_at_the_root(in_front, settings):
    settings.SECURE_SSL_REDIRECT = False
    status, _headers, body = call(in_front(None), "/favicon.ico")
    assert status == "200 OK" and body[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_static_files_carry_the_security_headers(in_front, settings):
    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = 3600
    _status, headers, _body = call(in_front(None), STYLESHEET)
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Strict-Transport-Security"] == "max-age=3600; includeSubDomains; preload"


@pytest.mark.parametrize(
    ("environ", "served_in_front"),
    [
        ({}, False),  # plain HTTP: Django redirects it to HTTPS
        ({"wsgi.url_scheme": "https"}, True),
        ({"HTTP_X_FORWARDED_PROTO": "https"}, True),  # behind the TLS-terminating proxy
    ],
)
def test_with_the_https_redirect_only_secure_requests_are_answered_in_front(
    in_front, settings, environ, served_in_front
):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    passed_on = []

    def django(environ, start_response):
        passed_on.append(environ["PATH_INFO"])
        start_response("301 Moved Permanently", [])
        return []

    status, _headers, _body = call(in_front(django), STYLESHEET, **environ)
    assert (status == "200 OK", passed_on == []) == (served_in_front, served_in_front)
