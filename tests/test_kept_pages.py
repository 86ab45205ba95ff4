"""Kept pages are answered in front of Django, as Django's own layers would answer them."""

import gzip
import re
from http.cookies import SimpleCookie

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.middleware.csrf import _does_token_match

from borgo import wsgi
from borgo.campaigns.demo import landing_page
from borgo.campaigns.demo_content import LANDING
from borgo.kept_pages import KeptPagesFirst
from borgo.page_cache import CSRF_PLACEHOLDER, invalidate

from .wsgi_calls import call

pytestmark = [pytest.mark.django_db, pytest.mark.page_cache]

GUIDE = "/it/trasferirsi-qui/"
HTTPS = {"wsgi.url_scheme": "https"}


def get(application, path, **environ):
    """As the test client that kept the page asks for it (its host is in the page's key)."""
    return call(application, path, **{"HTTP_HOST": "testserver", **environ})


@pytest.fixture
def site(settings):
    """The project's WSGI application as gunicorn runs it, kept pages in front of Django.
    Plain HTTP is not redirected; HSTS is on (for secure requests), as the layers read their
    settings when made."""
    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = 3600
    assert isinstance(wsgi.application.application.application, KeptPagesFirst)
    return KeptPagesFirst(WSGIHandler())


@pytest.fixture
def kept_guide(client, guide, municipality):
    assert client.get(GUIDE)["X-Page-Cache"] == "miss"
    return client.get(GUIDE)  # Django's own hit, through the test client


def test_a_kept_page_is_answered_before_django_builds_a_request(
    site, kept_guide, django_requests, django_assert_num_queries
):
    with django_assert_num_queries(0):
        status, headers, body = get(site, GUIDE)
    assert (status, headers["X-Page-Cache"], django_requests) == ("200 OK", "hit", [])
    assert body == kept_guide.content
    assert headers["Content-Length"] == str(len(body))


@pytest.mark.parametrize("accept_encoding", ["", "gzip, deflate, br"])
def test_it_is_the_answer_django_would_give(site, kept_guide, settings, accept_encoding):
    request = {"HTTP_ACCEPT_ENCODING": accept_encoding, **HTTPS}
    status, headers, body = get(site, GUIDE, **request)
    django_status, django_headers, django_body = get(WSGIHandler(), GUIDE, **request)
    assert status == django_status == "200 OK" and django_headers["X-Page-Cache"] == "hit"
    if accept_encoding:
        assert headers["Content-Encoding"] == "gzip"
        body, django_body = gzip.decompress(body), gzip.decompress(django_body)
        # Django's gzip layer adds random bytes to each answer: only the lengths differ.
        del headers["Content-Length"], django_headers["Content-Length"]
    assert headers == django_headers and "Strict-Transport-Security" in headers
    assert body == django_body == kept_guide.content


def test_a_head_request_gets_the_headers_alone(site, kept_guide):
    status, headers, body = get(site, GUIDE, REQUEST_METHOD="HEAD")
    assert (status, headers["X-Page-Cache"], body) == ("200 OK", "hit", b"")
    assert headers["Content-Length"] == str(len(kept_guide.content))


@pytest.fixture
def kept_landing(client, homes):
    """A page with a form, kept: each visitor's copy carries their own CSRF token."""
    landing = homes["it"].add_child(instance=landing_page(LANDING["it"], "s@example.org", None))
    landing.save_revision().publish()
    assert client.get(landing.url)["X-Page-Cache"] == "miss"
    return landing.url


def csrf_field(body):
    return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)[1].decode()


@pytest.mark.parametrize("accept_encoding", ["", "gzip"])
def test_a_page_with_a_form_is_answered_in_front_with_the_visitors_own_token(
    site, kept_landing, settings, django_requests, accept_encoding
):
    request = {"HTTP_ACCEPT_ENCODING": accept_encoding, **HTTPS}
    answers = [get(site, kept_landing, **request) for _visitor in range(2)]
    by_django = get(WSGIHandler(), kept_landing, **request)
    assert len(django_requests) == 1  # the comparison's own
    cookie = settings.CSRF_COOKIE_NAME
    secrets = []
    for status, headers, body in [*answers, by_django]:
        assert (status, headers["X-Page-Cache"]) == ("200 OK", "hit")
        if accept_encoding:
            assert headers.pop("Content-Encoding") == "gzip"
            body = gzip.decompress(body)
        secret = SimpleCookie(headers.pop("Set-Cookie"))[cookie].value
        assert _does_token_match(csrf_field(body), secret)  # a post with it passes the check
        assert CSRF_PLACEHOLDER.encode() not in body and "private" in headers["Cache-Control"]
        secrets.append(secret)
        del headers["Content-Length"]
    assert len(set(secrets)) == 3  # each visitor their own
    assert answers[0][1] == by_django[1] and "Strict-Transport-Security" in by_django[1]


def test_a_visitor_keeps_their_csrf_cookie(site, kept_landing, settings):
    _status, headers, _body = get(site, kept_landing)
    secret = SimpleCookie(headers["Set-Cookie"])[settings.CSRF_COOKIE_NAME].value
    _status, headers, body = get(site, kept_landing, HTTP_COOKIE=f"csrftoken={secret}")
    assert _does_token_match(csrf_field(body), secret)


def the_guide_retired(path):
    invalidate()
    return path


@pytest.mark.parametrize(
    ("path", "request_environ", "django_answers"),
    [
        (GUIDE, {"HTTP_COOKIE": "sessionid=an-editors"}, "200 OK"),
        (lambda: the_guide_retired(GUIDE), {}, "200 OK"),  # rendered again
        (GUIDE, {"HTTP_HOST": "elsewhere.example"}, "400 Bad Request"),
    ],
    ids=["session", "retired", "unknown host"],
)
def test_what_is_not_kept_for_the_visitor_goes_to_django(
    site, kept_guide, django_requests, path, request_environ, django_answers
):
    path = path() if callable(path) else path
    status, headers, _body = get(site, path, **request_environ)
    assert status == django_answers and len(django_requests) == 1
    assert headers.get("X-Page-Cache") != "hit"


@pytest.mark.parametrize(("environ", "status"), [({}, "301 Moved Permanently"), (HTTPS, "200 OK")])
def test_with_the_https_redirect_plain_http_goes_to_django(
    kept_guide, settings, django_requests, environ, status
):
    settings.SECURE_SSL_REDIRECT = True
    site = KeptPagesFirst(WSGIHandler())  # Django's layers read the setting when made
    assert get(site, GUIDE, **environ)[0] == status
    assert bool(django_requests) == (not environ)
