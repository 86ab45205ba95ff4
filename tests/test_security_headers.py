"""Security headers on the public site."""

import pytest
from django.urls import reverse

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


def test_the_admin_may_frame_its_previews_and_nothing_else_may_frame_a_page(
    client, guide, django_user_model
):
    """The editor's preview side panel and the Checks panel show the preview in an iframe of
    the admin: its response allows the same origin; the public page keeps denying all framing."""
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    page = guide["it"]
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = {"title": page.title, "slug": page.slug, "body-count": "0"}
    assert client.post(preview_url, data).json()["is_valid"]
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert policy(preview)["frame-ancestors"] == "'self'"
    assert preview["X-Frame-Options"] == "SAMEORIGIN"

    public = client.get(page.url)
    assert policy(public)["frame-ancestors"] == "'none'"
    assert public["X-Frame-Options"] == "DENY"
