"""Security headers on the public site."""

import pytest

pytestmark = pytest.mark.django_db


def policy(response):
    return dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
        if directive.strip()
    )


def test_public_pages_allow_only_own_scripts_and_styles(client, homes):
    response = client.get("/it/")
    directives = policy(response)
    assert directives["default-src"] == "'self'"
    assert directives["script-src"].startswith("'self'")
    assert directives["style-src"].startswith("'self'")
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "https://tile.openstreetmap.org" in directives["img-src"]


def test_other_headers(client, homes, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    response = client.get("/it/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_anonymous_visitors_get_no_cookies_on_plain_pages(client, homes):
    assert not client.get("/it/").cookies
    assert not client.get("/en/search/", {"q": "fibra"}).cookies


def test_the_admin_keeps_wagtails_own_policy(client):
    assert "Content-Security-Policy" not in client.get("/admin/login/")
