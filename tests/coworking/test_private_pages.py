"""Booking and cancellation pages are the visitor's own: never in the page cache or a CDN."""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from coworking.availability import at
from coworking.booking import reserve
from coworking.cancellation import cancellation_token

pytestmark = [pytest.mark.django_db, pytest.mark.page_cache]


def assert_private_and_uncached(client, url, query=None):
    for _attempt in range(2):
        response = client.get(url, query or {})
        assert response.status_code == 200
        assert "X-Page-Cache" not in response  # neither stored nor served from the cache
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control
        assert "public" not in cache_control and "s-maxage" not in cache_control
    return response


def test_the_booking_form_is_never_cached(client, space, desks, tomorrow):
    query = {"resource": desks.pk, "date": tomorrow.isoformat(), "start": "10:00"}
    assert_private_and_uncached(client, space.url + "book/", query)


def test_the_page_of_a_cancelled_booking_is_never_cached(client, space, desks):
    reservation = reserve(
        desks,
        space,
        at(timezone.localdate() + timedelta(days=2), time(10)),
        60,
        {"name": "Anna Bianchi", "email": "anna@example.org", "purpose": "Lavoro"},
        "it",
    )
    reservation.cancel()
    url = f"{space.url}cancel/{cancellation_token(reservation)}/"
    response = assert_private_and_uncached(client, url)
    assert "Anna Bianchi" in response.content.decode()
