"""The full-page cache: served without the database, never stale, never someone else's."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from seo.demo import landing_page
from seo.demo_content import LANDING

from .factories import ContentPageFactory, ImageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.page_cache]


def get(client, url, **kwargs):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    return response, len(queries)


def test_a_cached_page_is_served_without_the_database(client, guide, municipality):
    first, _ = get(client, "/it/trasferirsi-qui/")
    assert first["X-Page-Cache"] == "miss"
    second, queries = get(client, "/it/trasferirsi-qui/")
    assert second["X-Page-Cache"] == "hit" and queries == 0
    assert second.content == first.content
    assert "s-maxage=60" in second["Cache-Control"]


def test_publishing_changes_what_visitors_see_at_once(client, guide):
    get(client, "/en/moving-here/")
    guide["en"].title = "Moving to Castelmora"
    guide["en"].save_revision().publish()
    response, _ = get(client, "/en/moving-here/")
    assert response["X-Page-Cache"] == "miss"
    assert "Moving to Castelmora" in response.content.decode()


@pytest.mark.parametrize("change", ["unpublish", "delete", "move", "new image"])
def test_every_kind_of_change_invalidates(client, guide, change):
    get(client, "/it/trasferirsi-qui/")
    page = guide["it"]
    if change == "unpublish":
        page.unpublish()
    elif change == "delete":
        ContentPageFactory(parent=page).delete()
    elif change == "move":
        section = ContentPageFactory(parent=page.get_parent(), slug="sezione")
        ContentPageFactory(parent=page, slug="figlia").move(section, pos="last-child")
    else:
        ImageFactory()
    response, _ = get(client, "/it/trasferirsi-qui/")
    assert response.get("X-Page-Cache") != "hit"


def test_languages_are_cached_apart(client, guide):
    get(client, "/it/trasferirsi-qui/")
    response, _ = get(client, "/en/moving-here/")
    assert response["X-Page-Cache"] == "miss"
    assert '<html lang="en">' in response.content.decode()


def test_logged_in_editors_and_forms_bypass_the_cache(client, homes):
    landing = homes["it"].add_child(instance=landing_page(LANDING["it"], "s@example.org", None))
    landing.save_revision().publish()
    # A page with a form carries the visitor's CSRF token: never shared.
    client.get(landing.url)
    assert "X-Page-Cache" not in client.get(landing.url)
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    client.get("/it/")
    assert "X-Page-Cache" not in client.get("/it/")


def test_posts_and_errors_are_not_cached(client, homes):
    client.get("/it/no-such-page/")
    assert "X-Page-Cache" not in client.get("/it/no-such-page/")
    assert "X-Page-Cache" not in client.post("/it/")
