import re

import pytest

from tests.conftest import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        (None, "/it/"),
        ("de-DE,de;q=0.9,en;q=0.8", "/de/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fr-CH, fr;q=0.9", "/fr/"),
        ("ja,zh;q=0.8", "/it/"),
    ],
)
def test_root_redirects_by_accept_language(client, homes, accept_language, expected):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_each_language_home_is_served_with_its_lang(client, homes, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert html_lang(response) == code
    assert f"Castelmora {code}".encode() in response.content or code == "it"


def test_switcher_links_to_the_same_page_in_other_languages(client, guide):
    response = client.get("/it/trasferirsi-qui/")
    body = response.content.decode()
    assert 'href="/en/moving-here/" lang="en" hreflang="en"' in body
    assert '<span class="languages__current" lang="it" aria-current="true">Italiano</span>' in body


def test_switcher_says_when_a_page_is_not_translated(client, guide):
    body = client.get("/en/moving-here/").content.decode()
    assert 'href="/it/trasferirsi-qui/"' in body
    # German and French have no translation: no link to their home page, a note in their language.
    assert 'href="/de/"' not in body.split('class="languages"')[1].split("</nav>")[0]
    assert "Deutsch <small>(nicht übersetzt)</small>" in body
    assert "Français <small>(non traduite)</small>" in body


def test_switcher_on_non_page_urls_translates_the_path(client, homes):
    body = client.get("/de/keine-seite/").content.decode()
    assert 'href="/it/keine-seite/" lang="it"' in body


def test_unpublished_translation_is_not_offered(client, guide):
    guide["en"].unpublish()
    body = client.get("/it/trasferirsi-qui/").content.decode()
    assert 'href="/en/moving-here/"' not in body
    assert "English <small>(not translated)</small>" in body


def test_the_admin_sign_in_is_in_italian_for_a_visitor_without_a_preference(client, homes):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert html_lang(response) == "it"
