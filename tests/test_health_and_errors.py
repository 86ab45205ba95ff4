import pytest
from django.db import OperationalError, connection

from borgo.models import HomePage

pytestmark = pytest.mark.django_db


def test_healthz_reports_a_working_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize("host", ["127.0.0.2", "unknown.example"])
def test_healthz_answers_load_balancers_probing_by_ip(client, settings, host):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST=host)
    assert response.status_code == 200


def test_healthz_reports_an_unreachable_database(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("borgo.health.connection.cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("it", "Pagina non trovata"),
        ("en", "Page not found"),
        ("de", "Seite nicht gefunden"),
        ("fr", "Page introuvable"),
    ],
)
def test_404_page_speaks_the_visitors_language(client, homes, code, text):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert f'<html lang="{code}">' in body
    assert f"<h1>{text}</h1>" in body
    assert '<meta name="robots" content="noindex">' in body


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("it", "Si è verificato un errore"),
        ("en", "Something went wrong"),
        ("de", "Etwas ist schiefgelaufen"),
        ("fr", "Une erreur est survenue"),
    ],
)
def test_500_page_speaks_the_visitors_language(client, homes, monkeypatch, code, text):
    def failing_serve(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", failing_serve)
    client.raise_request_exception = False
    response = client.get(f"/{code}/")
    assert response.status_code == 500
    body = response.content.decode()
    assert f'<html lang="{code}">' in body
    assert text in body
    assert "boom" not in body


@pytest.mark.parametrize(
    ("code", "text"),
    [("it", "Torniamo tra un attimo"), ("en", "Back in a moment"), ("de", "Gleich wieder da")],
)
def test_unreachable_database_gives_a_short_503_in_the_visitors_language(
    client, homes, monkeypatch, code, text
):
    def unreachable(self, request, *args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(HomePage, "serve", unreachable)
    response = client.get(f"/{code}/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert f'<html lang="{code}">' in body and text in body
    assert "could not connect" not in body


def database_down(execute, sql, params, many, context):
    """Every query fails as it would with the database server gone."""
    raise OperationalError("could not connect to server")


@pytest.mark.page_cache
def test_cached_pages_outlive_an_unreachable_database(client, guide):
    cached_url, uncached_url = guide["it"].url, "/it/"
    assert client.get(cached_url)["X-Page-Cache"] == "miss"
    with connection.execute_wrapper(database_down):
        cached = client.get(cached_url)
        uncached = client.get(uncached_url)
    assert cached.status_code == 200 and cached["X-Page-Cache"] == "hit"
    assert "Trasferirsi qui" in cached.content.decode()
    assert uncached.status_code == 503 and uncached["Retry-After"] == "30"
    # The 503 is not kept in the page cache: the page recovers with the database.
    recovered = client.get(uncached_url)
    assert recovered.status_code == 200 and recovered["X-Page-Cache"] == "miss"


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # outside the language prefixes: Accept-Language
        ("/apple-touch-icon.png", "Gleich wieder da"),
        ("/wp-login.php", "Gleich wieder da"),
        ("/admin/login/", "Gleich wieder da"),
        ("/.env", "Gleich wieder da"),
        ("/it/no-such-page/", "Torniamo tra un attimo"),  # the path's language
    ],
)
def test_every_path_answers_503_while_the_database_is_down(client, homes, path, text):
    client.raise_request_exception = False
    with connection.execute_wrapper(database_down):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert text in response.content.decode()


def test_other_errors_outside_the_pages_are_still_a_500(client, homes, monkeypatch):
    def broken(self, request, response):
        raise RuntimeError("boom")

    monkeypatch.setattr(
        "wagtail.contrib.redirects.middleware.RedirectMiddleware.process_response", broken
    )
    client.raise_request_exception = False
    response = client.get("/apple-touch-icon.png")
    assert response.status_code == 500
    assert "Retry-After" not in response
