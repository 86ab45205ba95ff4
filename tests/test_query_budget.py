"""The query budget of every public page type: at most 15 SQL queries uncached, and not one
more when the site has more pages, places, events and listings.

One URL per kind of page comes from the demo's Italian sitemap (as the browser tests pick
theirs), plus the site search; then every detail page is copied a few times and more listings
are generated, and each URL must cost exactly what it cost before.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from .sampling import one_per_kind, sitemap_paths

pytestmark = pytest.mark.django_db

BUDGET = 15
COPIES = 4


def count_queries(client, path):
    client.get(path)  # warm-up: renditions are made on the first view, per-process caches filled
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def grow_the_site():
    """COPIES more of every Italian detail page (a page without children below an index),
    and 40 more listings."""
    details = Page.objects.live().filter(depth__gte=4, numchild=0, locale__language_code="it")
    for page in list(details.specific()):
        for number in range(COPIES):
            page.copy(
                to=page.get_parent(),
                update_attrs={"slug": f"{page.slug}-{number}", "title": f"{page.title} {number}"},
                keep_live=True,
            )
    call_command("seed_demo", "--listings", "40", stdout=io.StringIO())


def test_every_page_type_keeps_its_query_budget_as_the_site_grows(client):
    call_command("seed_demo", stdout=io.StringIO())
    with translation.override("it"):
        search = f"{reverse('search')}?q=casa"
    paths = [*one_per_kind(sitemap_paths(client.get("/sitemap-it.xml").text)), search]
    assert len(paths) >= 15, paths
    small = {path: count_queries(client, path) for path in paths}
    grow_the_site()
    large = {path: count_queries(client, path) for path in paths}

    grown = {path: (small[path], count) for path, count in large.items() if count != small[path]}
    assert not grown, f"query counts grew with the site (before, after): {grown}"
    over = {path: count for path, count in small.items() if count > BUDGET}
    assert not over, f"over {BUDGET} queries: {over}"
